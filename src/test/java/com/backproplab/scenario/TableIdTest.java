package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.ParameterRef;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableIdTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "X",
                "Y",
                "loss",
                "W1",
                "b1",
                "W12",
                "Z2",
                "A1",
                "A1_T",
                "dA2",
                "J2_0",
                "J2_17",
                "dZ2_chain",
                "dZ2",
                "dW2",
                "db2",
                "fprime1",
                "W1_old",
                "W1_step",
                "W1_next",
                "b2_next",
                "dW1_numeric",
                "dW1_error",
                "db1_error"
            })
    void every_public_name_reads_back_to_a_table_with_the_same_name(String name) {
        TableId id = TableId.parse(name).orElseThrow();
        assertEquals(name, id.name());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "nope",
                "W",
                "W0",
                "W01",
                "dW0",
                "Xx",
                "X1",
                "loss1",
                "J2",
                "J2_",
                "J2_x",
                "J2_01",
                "dZ2_next",
                "W1_chain",
                "A1_next",
                "dA2_T",
                "fprime",
                "w1",
                "W1 ",
                "W1_",
                "db1_numericx",
                "Z1234"
            })
    void a_name_that_is_no_table_reads_as_none(String name) {
        assertEquals(Optional.empty(), TableId.parse(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"W2", "dW2", "W2_old", "W2_step", "W2_next", "dW2_numeric", "dW2_error"})
    void a_cell_of_a_weight_or_its_gradient_names_that_weight(String name) {
        assertEquals(
                Optional.of(ParameterRef.weight(1, 1, 0)),
                TableId.parse(name).orElseThrow().parameterAt(1, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X", "Z2", "A1", "dZ2", "dA1", "J2_0", "loss", "fprime1", "A1_T"})
    void other_tables_name_no_parameter(String name) {
        assertEquals(Optional.empty(), TableId.parse(name).orElseThrow().parameterAt(0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"X", "Y", "W1", "b3"})
    void only_the_inputs_and_plain_parameters_are_editable(String name) {
        assertTrue(TableId.parse(name).orElseThrow().editable());
        assertFalse(TableId.parse(name + "_next").map(TableId::editable).orElse(false));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0})
    void a_layered_table_needs_a_layer_of_at_least_one(int layer) {
        assertThrows(IllegalArgumentException.class, () -> TableId.weight(layer));
    }

    @org.junit.jupiter.api.Test
    void a_variant_its_kind_does_not_have_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> TableId.weight(1).with(TableId.Variant.CHAIN));
        assertThrows(IllegalArgumentException.class, () -> new TableId(TableId.Kind.X, 1, 0, TableId.Variant.NONE));
        assertThrows(IllegalArgumentException.class, () -> new TableId(TableId.Kind.W, 1, 2, TableId.Variant.NONE));
    }

    @org.junit.jupiter.api.Test
    void names_built_from_parts_are_the_public_names() {
        assertEquals("db2", TableId.gradient(true, 2).name());
        assertEquals("dW1", TableId.gradient(false, 1).name());
        assertEquals("b3", TableId.parameter(true, 3).name());
        assertEquals(
                "dZ2_chain",
                TableId.of(TableId.Kind.DZ, 2).with(TableId.Variant.CHAIN).name());
        assertEquals("J2_5", TableId.jacobian(2, 5).name());
        assertEquals("J", TableId.Kind.JACOBIAN.prefix());
    }

    @ParameterizedTest
    @ValueSource(strings = {"W1234", "W0", "J0_0", "J2_1234567", "J2_", "J2_01", "J2_x"})
    void names_past_the_digit_limits_or_without_a_layer_read_as_none(String name) {
        assertEquals(Optional.empty(), TableId.parse(name));
    }

    @org.junit.jupiter.api.Test
    void a_name_of_32_characters_is_read_and_one_of_33_is_not() {
        assertEquals(Optional.of(TableId.jacobian(999, 99999)), TableId.parse("J999_99999"));
        assertEquals(Optional.of(TableId.weight(123)), TableId.parse("W123"));
        String long32 = "W1" + "_".repeat(30);
        assertEquals(32, long32.length());
        assertEquals(Optional.empty(), TableId.parse(long32));
        assertEquals(Optional.empty(), TableId.parse("x".repeat(33)));
        assertEquals(Optional.empty(), TableId.parse(null));
    }
}
