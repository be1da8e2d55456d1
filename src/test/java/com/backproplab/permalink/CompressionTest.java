package com.backproplab.permalink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The compressed form of a long link on its own: round trips, and every way unpacking refuses. */
class CompressionTest {

    private static final String TEXT = "layers=3-4-2&w1=" + "-0.00885127,0.00045693;".repeat(200) + "&é€";

    @Test
    void packed_text_unpacks_to_the_same_text_and_is_shorter() throws PermalinkException {
        String packed = Compression.pack(TEXT);
        assertTrue(packed.length() < TEXT.length() / 10, packed.length() + " characters");
        assertTrue(packed.matches("[A-Za-z0-9_-]+"), "base64url without padding");
        assertEquals(TEXT, Compression.unpack(packed, 1 << 20));
    }

    @Test
    void text_of_exactly_the_limit_unpacks_and_one_byte_less_of_limit_refuses_it() throws PermalinkException {
        String packed = Compression.pack("a".repeat(10_000));
        assertEquals(10_000, Compression.unpack(packed, 10_000).length());
        PermalinkException e = assertThrows(PermalinkException.class, () -> Compression.unpack(packed, 9_999));
        assertEquals(
                "The compressed part of the link expands past 9999 bytes, more than any network this page shows.",
                e.getMessage());
    }

    @Test
    void text_that_is_not_base64url_is_refused() {
        PermalinkException e = assertThrows(PermalinkException.class, () -> Compression.unpack("a+b/c", 100));
        assertEquals("The compressed part of the link is not valid base64url.", e.getMessage());
    }

    @Test
    void a_cut_or_damaged_stream_is_refused() {
        String packed = Compression.pack(TEXT);
        PermalinkException cut =
                assertThrows(PermalinkException.class, () -> Compression.unpack(packed.substring(0, 20), 1 << 20));
        assertEquals("The compressed part of the link is cut short.", cut.getMessage());
        PermalinkException damaged =
                assertThrows(PermalinkException.class, () -> Compression.unpack("_____w", 1 << 20));
        assertEquals("The compressed part of the link is damaged.", damaged.getMessage());
    }

    @Test
    void an_empty_stream_is_cut_short() {
        PermalinkException e = assertThrows(PermalinkException.class, () -> Compression.unpack("", 100));
        assertEquals("The compressed part of the link is cut short.", e.getMessage());
    }

    @Test
    void a_short_text_is_packed_at_the_best_level_and_a_long_one_at_the_fastest_and_both_read_back()
            throws PermalinkException {
        assertEquals(Compression.packSmallest(TEXT), Compression.pack(TEXT), "short: the best level");
        StringBuilder numbers = new StringBuilder("layers=3-64-64-2&w2=");
        java.util.Random random = new java.util.Random(14);
        while (numbers.length() <= Compression.SMALL_TEXT * 4) {
            numbers.append(random.nextGaussian() * 0.1).append(',');
        }
        String text = numbers.toString();
        String fast = Compression.pack(text);
        String smallest = Compression.packSmallest(text);
        assertTrue(fast.length() > smallest.length(), "long: the fast level, a little longer");
        assertTrue(fast.length() < smallest.length() * 1.2, fast.length() + " against " + smallest.length());
        assertEquals(text, Compression.unpack(fast, 1 << 20));
        assertEquals(text, Compression.unpack(smallest, 1 << 20));
    }
}
