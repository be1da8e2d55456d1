package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class EchoTest {

    @Test
    void short_input_is_echoed_as_it_is() {
        assertEquals("swish", Echo.of("swish"));
    }

    @Test
    void long_input_is_cut_to_forty_code_points() {
        assertEquals("a".repeat(40) + "…", Echo.of("a".repeat(1_000_000)));
    }

    @Test
    void a_right_to_left_override_and_other_invisible_characters_are_escaped() {
        assertEquals("evil\\u202Etxt.exe", Echo.of("evil\u202Etxt.exe"));
        assertEquals("a\\u000Ab\\u0000c\\u2066d\\u200Fe", Echo.of("a\nb\u0000c\u2066d\u200Fe"));
        assertFalse(Echo.of("x\u202Ey").contains("\u202E"));
    }

    @Test
    void a_character_outside_the_basic_plane_is_never_cut_in_half() {
        String s = "a".repeat(39) + "😀😀";
        assertEquals("a".repeat(39) + "😀…", Echo.of(s));
    }
}
