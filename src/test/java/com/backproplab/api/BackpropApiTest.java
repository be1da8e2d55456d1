package com.backproplab.api;

import static com.backproplab.support.Close.assertClose;
import static com.backproplab.support.Tolerances.GOLDEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.GradientCheck;
import com.backproplab.math.Training;
import com.backproplab.scenario.Example;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioJson;
import com.backproplab.scenario.SeedExample;
import com.backproplab.support.Golden;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackpropApiTest {

    static final String SEED_BODY = """
            {"layers":[3,4,2], "hiddenActivation":"relu", "outputActivation":"softmax", "loss":"cross_entropy",
             "learningRate":0.1, "x":[[2,8,6],[1,2,3]], "y":[[1,0],[0,1]],
             "weights":[[[-0.00885127,-0.00528875,-0.00062892,0.01330022],
                         [0.00045693,0.00057812,0.00184987,0.00878082],
                         [-0.00098337,0.01788674,-0.00878302,0.00338431]],
                        [[0.00263928,-0.00881749],[-0.0067974,-0.00869512],
                         [-0.00402919,0.01688775],[-0.01814645,-0.00337234]]],
             "biases":[[[0,0,0,0]],[[0,0]]]}
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void the_seed_example_answers_with_the_pytorch_values_of_every_table() throws Exception {
        HttpResponse<String> response = post("/api/v1/backprop", SEED_BODY);
        assertEquals(200, response.statusCode());
        JsonNode r = JSON.readTree(response.body());
        assertClose(Golden.number("forward", "loss"), r.get("loss").doubleValue(), GOLDEN, "loss");
        assertMatrix("forward", "Z1", r.at("/layers/0/z"));
        assertMatrix("forward", "A2", r.at("/layers/1/a"));
        assertMatrix("backward", "dA2", r.at("/layers/1/dA"));
        assertMatrix("backward", "dZ2", r.at("/layers/1/dZ"));
        assertMatrix("backward", "dW2", r.at("/layers/1/dW"));
        assertMatrix("backward", "db2", r.at("/layers/1/db"));
        assertMatrix("backward", "dA1", r.at("/layers/0/dA"));
        assertMatrix("backward", "dZ1", r.at("/layers/0/dZ"));
        assertMatrix("backward", "dW1", r.at("/layers/0/dW"));
        assertMatrix("backward", "db1", r.at("/layers/0/db"));
        assertMatrix("step", "W1", r.at("/next/weights/0"));
        assertMatrix("step", "b2", r.at("/next/biases/1"));
        assertEquals(2, r.get("softmaxJacobians").size());
        assertClose(Golden.jacobian(1)[0][1], r.at("/softmaxJacobians/1/0/1").doubleValue(), GOLDEN, "J");
        assertTrue(r.at("/layers/1/activationDerivative").isNull());
        assertEquals(
                "[[0.0,1.0,0.0,1.0],[0.0,1.0,0.0,1.0]]",
                r.at("/layers/0/activationDerivative").toString());
        assertTrue(r.at("/outputGradient/maxAbsDifference").doubleValue() < 1e-16);
        assertEquals(4, r.at("/gradientCheck/matrices").size());
        assertEquals("fine", r.at("/gradientCheck/matrices/3/verdict").stringValue());
    }

    static Stream<Arguments> everyExampleBeforeAndAfter1000Steps() {
        List<Arguments> cases = new ArrayList<>();
        for (Example e : Gallery.all()) {
            cases.add(Arguments.of(e.id(), 0));
            cases.add(Arguments.of(e.id(), 1000));
        }
        return cases.stream();
    }

    /** The example {@code id} after {@code steps} steps of gradient descent. */
    static Scenario trained(String id, int steps) {
        Scenario s = Gallery.byId(id).orElseThrow().scenario();
        Training.Result r = Training.run(s.network(), s.batch(), s.learningRate(), steps);
        return new Scenario(r.network(), s.batch(), s.learningRate());
    }

    @ParameterizedTest(name = "{0} after {1} steps")
    @MethodSource("everyExampleBeforeAndAfter1000Steps")
    void the_gradient_check_calls_no_gradient_of_an_example_wrong_and_agrees_with_the_engine(String id, int steps)
            throws Exception {
        Scenario s = trained(id, steps);
        JsonNode r = JSON.readTree(
                post("/api/v1/backprop", ScenarioJson.write(s).toString()).body());
        List<GradientCheck.MatrixCheck> engine =
                GradientCheck.of(s.network(), s.batch(), s.trace().backward());
        JsonNode matrices = r.at("/gradientCheck/matrices");
        assertEquals(engine.size(), matrices.size());
        for (int i = 0; i < engine.size(); i++) {
            JsonNode m = matrices.get(i);
            assertEquals("fine", m.get("verdict").stringValue(), m.get("name").stringValue());
            assertEquals(engine.get(i).verdict().id(), m.get("verdict").stringValue());
            assertEquals(
                    engine.get(i).count(GradientCheck.Verdict.KINK),
                    m.get("kinks").size());
            assertEquals(
                    engine.get(i).count(GradientCheck.Verdict.BELOW_NOISE),
                    m.get("belowNoise").intValue());
        }
    }

    @Test
    void a_kink_and_values_below_noise_are_named_per_cell() throws Exception {
        JsonNode binary = JSON.readTree(post(
                        "/api/v1/backprop",
                        ScenarioJson.write(trained("binary", 0)).toString())
                .body());
        JsonNode b1 = binary.at("/gradientCheck/matrices/1");
        assertEquals("b1", b1.get("name").stringValue());
        assertEquals("[[\"fine\",\"kink\",\"fine\"]]", b1.get("cells").toString());
        JsonNode kink = b1.at("/kinks/0");
        assertEquals(0, kink.get("row").intValue());
        assertEquals(1, kink.get("col").intValue());
        assertEquals("Z1[0,1]", kink.get("z").stringValue());
        assertEquals(0.0, kink.get("value").doubleValue());
        assertEquals("below", kink.at("/oneSided/from").stringValue());
        JsonNode spirals = JSON.readTree(post(
                        "/api/v1/backprop",
                        ScenarioJson.write(trained("spirals", 0)).toString())
                .body());
        JsonNode b3 = spirals.at("/gradientCheck/matrices/5");
        assertEquals("[[\"below_noise\"]]", b3.get("cells").toString());
        assertEquals(1, b3.get("belowNoise").intValue());
        assertEquals(
                GradientCheck.noiseTolerance(spirals.get("loss").doubleValue()),
                spirals.at("/gradientCheck/noiseTolerance").doubleValue());
    }

    @Test
    void numbers_that_are_not_finite_are_written_as_strings() throws Exception {
        String body = """
                {"layers":[1,1,2], "hiddenActivation":"relu", "outputActivation":"softmax", "loss":"cross_entropy",
                 "learningRate":0.1, "x":[[1]], "y":[[0,1]], "weights":[[[1]],[[1000,-1000]]], "biases":[[[0]],[[0,0]]]}
                """;
        JsonNode r = JSON.readTree(post("/api/v1/backprop", body).body());
        assertEquals("-Infinity", r.at("/layers/1/dA/0/1").stringValue());
        assertEquals("NaN", r.at("/outputGradient/chain/0/0").stringValue());
        assertEquals(1.0, r.at("/layers/1/dZ/0/0").doubleValue());
        assertEquals(2000.0, r.get("loss").doubleValue(), 1e-9);
    }

    @Test
    void training_returns_one_loss_more_than_steps_and_the_engine_s_final_parameters() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(SEED_BODY);
        body.put("steps", 1000);
        HttpResponse<String> response = post("/api/v1/train", body.toString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode r = JSON.readTree(response.body());
        Scenario seed = SeedExample.scenario();
        Training.Result expected = Training.run(seed.network(), seed.batch(), 0.1, 1000);
        assertEquals(1001, r.get("lossHistory").size());
        assertEquals(expected.lossHistory()[1000], r.at("/lossHistory/1000").doubleValue());
        assertEquals(
                expected.network().weight(1).getEntry(3, 1),
                r.at("/weights/1/3/1").doubleValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a weight of the wrong shape    | /weights/1       | [[1,2],[3,4],[5,6]]          | weights[1]: expected 4×2, got 3×2
            a cell that is not a number    | /x/1/2           | "abc"                        | x[1][2]: not a finite number (got "abc")
            a number that overflows        | /x/0/0           | 1e400                        | x[0][0]: not a finite number
            an unknown activation          | /hiddenActivation | "swish"                     | hiddenActivation: unknown name 'swish'; allowed: relu, leaky_relu, sigmoid, tanh, linear
            a linear output with cross-entropy | /outputActivation | "linear"                | loss: a linear output with cross_entropy is not allowed
            too many hidden layers         | /layers          | [3,4,4,4,4,4,4,4,2]          | layers: expected inputs, 1 to 6 hidden layers and outputs
            too many units                 | /layers          | [3,65,2]                     | layers[1]: expected 1 to 64 units, got 65
            labels of the wrong shape      | /y               | [[1,0,0],[0,1,0]]            | y: expected 2×2, got 2×3
            a ragged input                 | /x               | [[2,8,6],[1,2]]              | x: expected 2×3, but row 1 has 2 values
            a missing learning rate        | /learningRate    | null                         | learningRate: missing
            a negative learning rate       | /learningRate    | -1                           | learningRate: expected a finite number ≥ 0, got -1.0
            """)
    void bad_input_answers_400_with_a_problem_naming_the_field(String what, String pointer, String value, String detail)
            throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(SEED_BODY);
        replace(body, pointer, JSON.readTree(value));
        HttpResponse<String> response = post("/api/v1/backprop", body.toString());
        assertEquals(400, response.statusCode(), response.body());
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("content-type").orElse(""));
        String actual = JSON.readTree(response.body()).get("detail").stringValue();
        assertTrue(actual.startsWith(detail), "detail was: " + actual);
    }

    @Test
    void too_many_steps_or_too_much_work_answers_400() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(SEED_BODY);
        body.put("steps", 100_001);
        HttpResponse<String> response = post("/api/v1/train", body.toString());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("steps: expected 1 to 100000, got 100001"), response.body());
        body.remove("steps");
        assertTrue(post("/api/v1/train", body.toString()).body().contains("steps: missing"));
    }

    @Test
    void a_body_over_two_megabytes_answers_413_and_malformed_json_400() throws Exception {
        String huge = "{\"x\":[" + "0,".repeat(1_100_000) + "0]}";
        HttpResponse<String> tooLarge = post("/api/v1/backprop", huge);
        assertEquals(413, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("body: larger than the limit"));
        HttpResponse<String> malformed = post("/api/v1/backprop", "{\"layers\": [3,4");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().contains("body: not a complete JSON document: it ends early"), malformed.body());
    }

    @Test
    void concurrent_requests_each_get_their_own_answer() throws Exception {
        var answers = java.util.stream.IntStream.range(0, 16)
                .parallel()
                .mapToObj(i -> {
                    try {
                        return JSON.readTree(post("/api/v1/backprop", SEED_BODY).body())
                                .get("loss")
                                .doubleValue();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
        answers.forEach(loss -> assertEquals(Golden.number("forward", "loss"), loss, 1e-15));
    }

    private static void replace(ObjectNode body, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? body : body.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else {
            ((tools.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last), value);
        }
    }

    private static void assertMatrix(String section, String name, JsonNode actual) {
        double[][] expected = Golden.matrix(section, name);
        assertEquals(expected.length, actual.size(), name + " rows");
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertClose(expected[i][j], actual.get(i).get(j).doubleValue(), GOLDEN, name);
            }
        }
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
