package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same cases as the page's script formats; both must write numbers alike. */
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
}
