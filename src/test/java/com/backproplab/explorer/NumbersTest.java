package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How the formula bar writes numbers; the shared table is also what the page's script must write. */
class NumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0.6934039683847955     | 5  | 0.6934
            -0.012982710891565422  | 5  | −0.012983
            -4.863923558032918E-7  | 5  | −4.8639e−7
            123456789.0            | 3  | 1.23e+8
            0.0                    | 5  | 0
            -0.0                   | 5  | 0
            2.0                    | 5  | 2
            0.1                    | 17 | 0.10000000000000001
            """)
    void numbers_are_written_to_the_given_significant_digits(double value, int digits, String expected) {
        assertEquals(expected, Numbers.format(value, digits));
    }
    /** The table of {@code format-cases.json}, which the frontend's test of bpl-format.ts reads too. */
    static Stream<Arguments> sharedCases() throws IOException {
        try (InputStream in = NumbersTest.class.getResourceAsStream("/format-cases.json")) {
            JsonNode cases = JsonMapper.builder().build().readTree(in).get("cases");
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : cases) {
                out.add(Arguments.of(
                        c.get("value").stringValue(),
                        c.get("digits").intValue(),
                        c.get("text").stringValue(),
                        c.get("why").stringValue()));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0} to {1} digits: {2} ({3})")
    @MethodSource("sharedCases")
    void every_case_of_the_shared_table_is_written_as_the_page_s_script_writes_it(
            String value, int digits, String expected, String why) {
        assertEquals(expected, Numbers.format(Double.parseDouble(value), digits), why);
    }
}
