package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

class ScenarioJsonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                       | body: empty; expected a JSON object
            '   '                    | body: empty; expected a JSON object
            '{"a":1,"a":2}'          | body: the field 'a' appears more than once (line 1, column 11)
            '{"layers": [3,4'        | body: not a complete JSON document: it ends early (line 1, column 16)
            '{''layers'': 1}'        | body: not a readable JSON document (line 1, column 2)
            '[NaN]'                  | body: not a readable JSON document (line 1, column 5)
            """)
    void a_body_that_is_not_one_json_document_is_refused_in_plain_words(String body, String message) {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> ScenarioJson.parse(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals(message, e.getMessage());
        assertEquals("body", e.field());
    }

    @ParameterizedTest
    @ValueSource(strings = {"steps", "Loss", "learning_rate"})
    void a_field_that_is_not_one_of_a_scenario_is_refused_not_ignored(String name) {
        ObjectNode body = ScenarioJson.write(SeedExample.scenario());
        body.put(name, 1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioJson.read(body));
        assertEquals(
                name + ": not a field of this request; the fields are layers, hiddenActivation, outputActivation,"
                        + " loss, learningRate, x, y, weights, biases",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"steps"})
    void a_field_the_endpoint_names_is_read_beside_the_scenario(String name) {
        ObjectNode body = ScenarioJson.write(SeedExample.scenario());
        body.put(name, 10);
        assertEquals(
                SeedExample.scenario().learningRate(),
                ScenarioJson.read(body, name).learningRate());
    }
}
