package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.backproplab.math.ParameterRef;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CellRefTest {

    @Test
    void a_cell_is_written_as_the_formula_bar_writes_it() {
        CellRef cell = CellRef.of("W2", 1, 0);
        assertEquals("W2[1,0]", cell.label());
        assertEquals("W2[1,0]", cell.toString());
        assertEquals(Optional.of(new ParameterRef(false, 1, 1, 0)), cell.parameter());
        assertEquals(CellRef.of("b1", 0, 3), CellRef.of(new ParameterRef(true, 0, 0, 3)));
    }

    @Test
    void a_name_that_is_no_table_is_refused_naming_it() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CellRef.of("Q1", 0, 0));
        assertEquals("no table named Q1", e.getMessage());
    }
}
