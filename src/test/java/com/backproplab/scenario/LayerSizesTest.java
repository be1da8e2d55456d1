package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayerSizesTest {

    private static final Limits RAISED = Limits.with(Map.of("max-hidden-layers", "8", "max-units", "128"));

    @Test
    void sizes_joined_by_dashes_are_read_with_spaces_allowed() {
        assertEquals(new LayerSizes.Parsed.Sizes(List.of(3, 4, 2)), LayerSizes.parse(" 3 - 4-2 ", Limits.DEFAULT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            3-4                | has 0 hidden layers
            3-65-2             | A layer of 65 units; each layer has 1 to 64 units.
            3-0-2              | A layer of 0 units
            2-4-4-4-4-4-4-4-1  | has 7 hidden layers
            3-x-2              | Expected inputs, 1 to 6 hidden layers and outputs, each of 1 to 64 units
            3--2               | Expected inputs
            ''                 | Expected inputs
            """)
    void sizes_past_the_limits_get_a_message_with_the_allowed_range(String text, String message) {
        var parsed = assertInstanceOf(LayerSizes.Parsed.Problem.class, LayerSizes.parse(text, Limits.DEFAULT));
        assertTrue(parsed.message().contains(message), parsed.message());
    }

    @Test
    void raised_limits_allow_what_the_defaults_refuse() {
        assertEquals(new LayerSizes.Parsed.Sizes(List.of(2, 128, 1)), LayerSizes.parse("2-128-1", RAISED));
        assertInstanceOf(LayerSizes.Parsed.Problem.class, LayerSizes.parse("2-128-1", Limits.DEFAULT));
    }

    @Test
    void reading_without_limits_leaves_the_judging_to_the_validator() {
        assertEquals(new LayerSizes.Parsed.Sizes(List.of(3, 400, 2)), LayerSizes.read("3-400-2"));
        assertInstanceOf(LayerSizes.Parsed.Problem.class, LayerSizes.read("3"));
    }

    @Test
    void sizes_are_written_as_people_write_them() {
        assertEquals("2-8-8-1", LayerSizes.format(List.of(2, 8, 8, 1)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            1-1-1                     | true
            64-64-64                  | true
            0-4-2                     | false
            3-65-2                    | false
            3-4-4-4-4-4-4-2           | true
            3-4-4-4-4-4-4-4-2         | false
            """)
    void units_and_hidden_layers_are_allowed_up_to_their_limits_inclusive(String text, boolean allowed) {
        assertEquals(allowed, LayerSizes.parse(text, Limits.DEFAULT) instanceof LayerSizes.Parsed.Sizes, text);
    }

    @Test
    void a_part_of_six_digits_is_read_and_one_of_seven_or_a_text_over_200_characters_is_not() {
        assertEquals(new LayerSizes.Parsed.Sizes(List.of(3, 999999, 2)), LayerSizes.read("3-999999-2"));
        assertInstanceOf(LayerSizes.Parsed.Problem.class, LayerSizes.read("3-1000000-2"));
        String at200 = "1-".repeat(99) + "10";
        assertEquals(200, at200.length());
        assertInstanceOf(LayerSizes.Parsed.Sizes.class, LayerSizes.read(at200));
        assertInstanceOf(LayerSizes.Parsed.Problem.class, LayerSizes.read(at200 + "0"));
    }
}
