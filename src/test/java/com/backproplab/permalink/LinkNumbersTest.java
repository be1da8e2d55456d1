package com.backproplab.permalink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
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

    @Test
    void between_1e_minus_5_and_1e7_a_number_is_written_as_big_decimal_s_plain_form_as_links_always_were() {
        Random random = new Random(14);
        for (int i = 0; i < 200_000; i++) {
            double v = Math.scalb(random.nextDouble(), -18 + random.nextInt(42)) * (random.nextBoolean() ? 1 : -1);
            if (i % 4 == 0) {
                v = Math.round(v * 1e4) / 1e4; // short decimals, such as people type
            }
            double magnitude = Math.abs(v);
            if (magnitude >= 1e-5 && magnitude < 1e7) {
                String expected =
                        new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
                assertEquals(expected, LinkNumbers.number(v), Double.toString(v));
            }
        }
    }
}
