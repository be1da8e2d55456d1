package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellParserTest {

    @ParameterizedTest
    @CsvSource({
        "1, 1.0",
        "-2.5, -2.5",
        "+3, 3.0",
        ".5, 0.5",
        "5., 5.0",
        "1e-3, 0.001",
        "2E+2, 200.0",
        "' 7 ', 7.0",
        "−4, -4.0"
    })
    void a_decimal_number_reads_as_its_double(String text, double expected) {
        CellParser.Result r = CellParser.parse(text);
        assertEquals(
                expected, assertInstanceOf(CellParser.Result.Value.class, r).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "NaN", "Infinity", "--3", "1e", "0x10", "1 2", "e5", "-"})
    void anything_else_is_not_a_number(String text) {
        CellParser.Result r = CellParser.parse(text);
        assertTrue(
                assertInstanceOf(CellParser.Result.Invalid.class, r).reason().contains("is not a number"),
                r.toString());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"'' | empty", "'  ' | empty", "1e400 | too large", "-1e309 | too large", "1,5 | decimal point"})
    void empty_cells_overflow_and_decimal_commas_get_their_own_reason(String text, String reason) {
        CellParser.Result r = CellParser.parse(text);
        assertTrue(assertInstanceOf(CellParser.Result.Invalid.class, r).reason().contains(reason), r.toString());
    }
}
