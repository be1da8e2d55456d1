package com.backproplab.permalink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a link writes a number: plain between 1e−5 and 1e7, with "e" outside, never a trailing ".0". */
class LinkNumbersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0.0, 0",
        "-0.0, -0",
        "8.0, 8",
        "-2.5, -2.5",
        "1.0E-5, 0.00001",
        "9.999999999999999E-6, 9.999999999999999e-6",
        "9999999.999999998, 9999999.999999998",
        "1.0E7, 1e7",
        "-1.25E-7, -1.25e-7",
        "4.9E-324, 4.9e-324",
        "1.7976931348623157E308, 1.7976931348623157e308",
        "0.1, 0.1",
    })
    void a_number_is_written_as_the_shortest_decimal_that_reads_back(double value, String text) {
        assertEquals(text, LinkNumbers.number(value));
        assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(Double.parseDouble(text)));
    }
}
