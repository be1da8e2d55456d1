package com.backproplab.explorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SharePanelTest {

    @Test
    void a_file_of_another_type_is_refused_by_its_type_and_a_json_file_by_its_size() {
        assertEquals(
                "“notes.txt” is not a JSON file: choose a .json file, as the JSON export writes it.",
                SharePanel.rejection("notes.txt", 2 * 1024 * 1024));
        assertEquals(
                "“big.JSON” is larger than the limit of 2 MB for an imported file.",
                SharePanel.rejection("big.JSON", 2 * 1024 * 1024));
    }

    @Test
    void a_file_name_is_shown_short_with_its_invisible_characters_written_out() {
        assertEquals(
                "“evil\\u0007na\\u202Eme.txt” is not a JSON file: choose a .json file, as the JSON export writes it.",
                SharePanel.rejection("evil\u0007na\u202Eme.txt", 1 << 21));
        String shown = SharePanel.rejection("a".repeat(500) + ".txt", 1 << 21);
        assertEquals("“" + "a".repeat(40) + "…”", shown.substring(0, shown.indexOf('”') + 1));
    }
}
