package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockParserTest {

    @Test
    void a_spreadsheet_block_splits_on_tabs_and_lines() {
        assertEquals(List.of(List.of("1", "2"), List.of("3", "4")), BlockParser.parse("1\t2\r\n3\t4\n"));
    }

    @Test
    void a_csv_block_splits_on_commas_and_keeps_empty_cells() {
        assertEquals(List.of(List.of("1", "", "3")), BlockParser.parse("1,,3"));
    }

    @Test
    void semicolons_and_blanks_separate_too() {
        assertEquals(List.of(List.of("1,5", "2")), BlockParser.parse("1,5;2"));
        assertEquals(List.of(List.of("1", "2", "3")), BlockParser.parse("1  2 3"));
    }

    @Test
    void a_python_or_numpy_literal_gives_its_rows() {
        List<List<String>> expected = List.of(List.of("1", "2"), List.of("3", "4"));
        assertEquals(expected, BlockParser.parse("[[1, 2], [3, 4]]"));
        assertEquals(expected, BlockParser.parse("np.array([[1, 2],\n [3, 4]])"));
        assertEquals(expected, BlockParser.parse("array([[1, 2], [3, 4],])"));
        assertEquals(List.of(List.of("1.5", "-2")), BlockParser.parse("[1.5, -2]"));
    }

    @Test
    void a_block_of_more_than_ten_thousand_cells_is_refused() {
        String huge = "1\t".repeat(10_001);
        assertThrows(IllegalArgumentException.class, () -> BlockParser.parse(huge));
    }

    @Test
    void a_block_of_exactly_ten_thousand_cells_is_read() {
        assertEquals(
                10_000, BlockParser.parse("1\t".repeat(9_999) + "1").getFirst().size());
    }
}
