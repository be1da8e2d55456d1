package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class JsonProblemTest {

    private static String problem(String json) {
        JacksonException e = assertThrows(
                JacksonException.class, () -> JsonMapper.builder().build().readTree(json.replace("\\n", "\n")));
        return JsonProblem.describe(e);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cut short          | {\\n  "x": [[1, 2 | the file is not valid JSON: it ends before its last value is complete at line 2, column 14.
            a stray character  | {\\n  "x": @     | the file is not valid JSON: it has something that is not JSON at line 2, column 8.
            a word that is not | nonsense        | the file is not valid JSON: it has something that is not JSON at line 1, column 1.
            """)
    void a_file_that_is_not_json_is_described_in_plain_words_with_its_line_and_column(
            String what, String json, String expected) {
        assertEquals(expected, problem(json));
    }
}
