package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableShapeTest {

    private final Scenario seed = SeedExample.scenario();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "X, 2, 3",
        "Y, 2, 2",
        "loss, 2, 1",
        "W1, 3, 4",
        "b1, 1, 4",
        "W2_next, 4, 2",
        "Z1, 2, 4",
        "A2, 2, 2",
        "A1_T, 4, 2",
        "dA2, 2, 2",
        "J2_1, 2, 2",
        "dZ2_chain, 2, 2",
        "fprime1, 2, 4",
        "dW1_error, 3, 4",
        "db2, 1, 2"
    })
    void every_table_of_the_worked_example_has_its_shape(String name, int rows, int cols) {
        assertEquals(
                Optional.of(new TableShape(rows, cols)),
                TableShape.of(seed, TableId.parse(name).orElseThrow()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"W3", "Z3", "A2_T", "fprime2", "dZ1_chain", "J2_2", "J1_0"})
    void tables_the_worked_example_does_not_have_have_no_shape(String name) {
        assertEquals(Optional.empty(), TableShape.of(seed, TableId.parse(name).orElseThrow()));
    }

    @ParameterizedTest(name = "{0}[{1},{2}]: {3}")
    @CsvSource({"W1, 2, 3, true", "W1, 3, 0, false", "W1, 0, 4, false", "b2, 0, 1, true", "b2, 1, 0, false"})
    void a_cell_is_contained_only_within_its_shape(String name, int r, int c, boolean inside) {
        assertEquals(inside, TableShape.contains(seed, CellRef.of(name, r, c)));
    }
}
