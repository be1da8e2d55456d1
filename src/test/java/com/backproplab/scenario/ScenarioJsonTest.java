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

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            layers           | 3                     | layers           | expected a list, got 3
            layers           | [3, 4.5, 2]           | layers[1]        | expected a whole number, got 4.5
            layers           | [3, 4, 3000000000]    | layers[2]        | expected a whole number, got 3000000000
            hiddenActivation | 1                     | hiddenActivation | expected a name in quotes, got 1
            learningRate     | "0.1"                 | learningRate     | not a finite number (got "0.1")
            x                | {"a": 1}              | x                | expected a list, got {"a":1}
            x                | [1, 2]                | x[0]             | expected a list, got 1
            x                | [[1, null, 3], [1, 2, 3]] | x[0][1]      | not a finite number (got null)
            x                | [[1, "2", 3], [1, 2, 3]]  | x[0][1]      | not a finite number (got "2")
            weights          | {"w": 1}              | weights          | expected a list, got {"w":1}
            weights          | [[[1]], 7]            | weights[1]       | expected a list, got 7
            biases           | [[[0, 0, 0, 0]], [1]] | biases[1][0]     | expected a list, got 1
            """)
    void a_value_of_the_wrong_kind_is_refused_naming_its_field(String name, String json, String field, String message) {
        ObjectNode body = ScenarioJson.write(SeedExample.scenario());
        body.set(name, ScenarioJson.parse(json.getBytes(StandardCharsets.UTF_8)));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScenarioJson.read(body));
        assertEquals(field, e.field());
        assertEquals(field + ": " + message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"steps": 12}          | 12
            {"steps": null}        |
            {}                     |
            {"steps": -3}          | -3
            """)
    void a_whole_number_field_is_read_or_absent(String json, Integer expected) {
        assertEquals(
                expected, ScenarioJson.integer(ScenarioJson.parse(json.getBytes(StandardCharsets.UTF_8)), "steps"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"steps\": 1.5}", "{\"steps\": \"7\"}", "{\"steps\": 99999999999}"})
    void a_whole_number_field_of_another_kind_is_refused(String json) {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> ScenarioJson.integer(ScenarioJson.parse(json.getBytes(StandardCharsets.UTF_8)), "steps"));
        assertEquals("steps", e.field());
    }

    @org.junit.jupiter.api.Test
    void absent_fields_are_read_as_missing_for_the_validator_to_name() {
        ScenarioInput in = ScenarioJson.read(ScenarioJson.parse("{}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new ScenarioInput(null, null, null, null, null, null, null, null, null).toString(), in.toString());
        ObjectNode body = ScenarioJson.write(SeedExample.scenario());
        ScenarioInput seed = ScenarioJson.read(body);
        assertEquals(java.util.List.of(3, 4, 2), seed.layers());
        assertEquals("relu", seed.hiddenActivation());
        assertEquals(2, seed.weights().size());
        assertEquals(-0.00337234, seed.weights().get(1)[3][1]);
        assertEquals(0.1, seed.learningRate());
    }
}
