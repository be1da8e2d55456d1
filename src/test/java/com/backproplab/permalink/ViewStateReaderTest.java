package com.backproplab.permalink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The view part of a link (selection, digits, fill rule, seed): what it accepts and how it refuses. */
class ViewStateReaderTest {

    @Test
    void no_view_parameters_give_the_default_view() {
        assertEquals(ViewState.DEFAULT, ViewStateReader.view(Map.of()));
        assertNull(ViewStateReader.view(Map.of()).selected());
    }

    @Test
    void every_view_parameter_is_read() {
        ViewState v =
                ViewStateReader.view(Map.of("sel", "dW2:1,0", "digits", "17", "fill", "random", "seed", "-2147483648"));
        assertEquals(CellRef.of("dW2", 1, 0), v.selected());
        assertEquals(17, v.digits());
        assertEquals(FillRule.RANDOM, v.fill());
        assertEquals(Integer.MIN_VALUE, v.seed());
        assertEquals(
                FillRule.ZEROS, ViewStateReader.view(Map.of("fill", "zeros")).fill());
        assertEquals(2, ViewStateReader.view(Map.of("digits", "2")).digits());
        assertEquals(
                CellRef.of("W1", 10_000, 0),
                ViewStateReader.view(Map.of("sel", "W1:10000,0")).selected());
    }

    @Test
    void a_selection_of_64_characters_is_read_on_and_one_of_65_refused_before_reading() {
        String at64 = "W1:" + "0".repeat(58) + "1,0";
        assertEquals(64, at64.length());
        InvalidInputException read =
                assertThrows(InvalidInputException.class, () -> ViewStateReader.view(Map.of("sel", at64)));
        assertEquals("sel: '" + "0".repeat(40) + "…' is not a whole number", read.getMessage());
        String at65 = "W1:" + "0".repeat(59) + "1,0";
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> ViewStateReader.view(Map.of("sel", at65)));
        assertEquals("sel: expected TABLE:row,col", e.getMessage());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            sel    | :1,0        | sel: expected TABLE:row,col
            sel    | W1 1,0      | sel: expected TABLE:row,col
            sel    | W1:1        | sel: expected TABLE:row,col
            sel    | W1,1:0      | sel: expected TABLE:row,col
            sel    | Q7:1,0      | sel: 'Q7' is not the name of a table
            sel    | W1:x,0      | sel: 'x' is not a whole number
            sel    | W1:1,-1     | sel: expected 0 to 10000, got -1
            sel    | W1:10001,0  | sel: expected 0 to 10000, got 10001
            digits | 1           | digits: expected 2 to 17, got 1
            digits | 18          | digits: expected 2 to 17, got 18
            digits | 5.5         | digits: '5.5' is not a whole number
            fill   | ones        | fill: expected zeros or random
            seed   | 2147483648  | seed: expected -2147483648 to 2147483647, got 2147483648
            """)
    void a_bad_view_parameter_is_refused_naming_it(String name, String value, String message) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> ViewStateReader.view(Map.of(name, value)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void a_table_of_one_letter_can_be_selected() {
        assertEquals(
                CellRef.of("X", 1, 0),
                ViewStateReader.view(Map.of("sel", "X:1,0")).selected());
    }
}
