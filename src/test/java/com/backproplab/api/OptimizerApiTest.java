package com.backproplab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The optimizer fields of /backprop and /train against torch.optim's golden values, and every rejection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OptimizerApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final double TOLERANCE = 1e-12;
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private static JsonNode golden(String network, String kase, double decay, int batch) throws IOException {
        try (InputStream in = OptimizerApiTest.class.getResourceAsStream("/golden/optimizer-golden.json")) {
            for (JsonNode c : JSON.readTree(in).get("cases")) {
                if (c.get("network").asString().equals(network)
                        && c.get("case").asString().equals(kase)
                        && c.get("weightDecay").asDouble() == decay
                        && c.get("batchSize").asInt() == batch) {
                    return c;
                }
            }
        }
        throw new AssertionError("no golden case " + kase);
    }

    private static ObjectNode seed(double learningRate) {
        ObjectNode body = (ObjectNode) JSON.readTree(BackpropApiTest.SEED_BODY);
        body.put("learningRate", learningRate);
        return body;
    }

    @Test
    void backprop_continues_adam_from_a_given_state_and_answers_torch_s_next_state_and_its_tables() throws Exception {
        JsonNode c = golden("seed", "adam", 0.0, 0);
        JsonNode after1 = c.at("/after/1");
        ObjectNode body = seed(c.get("learningRate").asDouble());
        body.set("weights", after1.get("weights"));
        body.set("biases", after1.get("biases"));
        body.set("optimizer", c.get("optimizer"));
        ObjectNode state = body.putObject("optimizerState");
        state.put("t", 1);
        state.set("m", buffer(after1.get("first")));
        state.set("v", buffer(after1.get("second")));
        HttpResponse<String> response = post("/api/v1/backprop", body.toString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode r = JSON.readTree(response.body());
        JsonNode after2 = c.at("/after/2");
        assertEquals(2, r.at("/optimizerState/t").intValue());
        assertMatrix(after2.at("/weights/1"), r.at("/next/weights/1"), "W2 after step 2");
        assertMatrix(after2.at("/first/2"), r.at("/optimizerState/m/weights/1"), "m of W2");
        assertMatrix(after2.at("/second/3"), r.at("/optimizerState/v/biases/1"), "v of b2");
        JsonNode w2 = r.at("/optimizerTables/2");
        assertEquals("W2", w2.get("parameter").stringValue());
        assertMatrix(after1.at("/first/2"), w2.get("m"), "m before");
        assertMatrix(after2.at("/first/2"), w2.get("mNext"), "m after");
        // m̂ = m/(1 − β₁²) at t = 2.
        double m = after2.at("/first/2/0/0").doubleValue();
        assertEquals(m / (1 - 0.9 * 0.9), w2.at("/mHat/0/0").doubleValue(), 1e-15);
        assertEquals("adam", r.at("/optimizer/name").stringValue());
        assertEquals(2, r.at("/batch/to").intValue());
    }

    @Test
    void train_with_adam_decay_and_mini_batches_answers_torch_s_weights_and_state_after_50_steps() throws Exception {
        JsonNode c = golden("seed", "adam", 0.01, 1);
        ObjectNode body = seed(c.get("learningRate").asDouble());
        body.set("optimizer", c.get("optimizer"));
        body.put("weightDecay", 0.01);
        body.put("batchSize", 1);
        body.put("steps", 50);
        HttpResponse<String> response = post("/api/v1/train", body.toString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode r = JSON.readTree(response.body());
        JsonNode after = c.at("/after/50");
        assertMatrix(after.at("/weights/0"), r.at("/weights/0"), "W1");
        assertMatrix(after.at("/biases/1"), r.at("/biases/1"), "b2");
        assertMatrix(after.at("/second/0"), r.at("/optimizerState/v/weights/0"), "v of W1");
        assertEquals(50, r.at("/optimizerState/t").intValue());
        assertEquals(c.at("/loss/0").doubleValue(), r.at("/lossHistory/0").doubleValue(), 1e-12);
        assertEquals("[0,2,4,6]", sub(r.at("/epochLoss/steps"), 4), "the full-batch loss once per epoch of 2 steps");
    }

    @Test
    void a_request_without_optimizer_fields_answers_exactly_as_before() throws Exception {
        JsonNode plain = JSON.readTree(
                post("/api/v1/backprop", BackpropApiTest.SEED_BODY).body());
        assertFalse(plain.has("optimizerState"));
        ObjectNode gd = seed(0.1);
        gd.putObject("optimizer").put("name", "gd");
        JsonNode r = JSON.readTree(post("/api/v1/backprop", gd.toString()).body());
        assertEquals(plain.get("next").toString(), r.get("next").toString(), "gd is the old step bit for bit");
        assertEquals(1, r.at("/optimizerState/t").intValue());
        assertTrue(r.at("/optimizerTables/0").has("update"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            optimizer.name                 | "optimizer": {"name": "sgd"}
            optimizer.name                 | "optimizer": {"beta1": 0.9}
            optimizer                      | "optimizer": "adam"
            optimizer.beta1                | "optimizer": {"name": "adam", "beta1": 1}
            optimizer.beta2                | "optimizer": {"name": "adam", "beta2": -0.1}
            optimizer.epsilon              | "optimizer": {"name": "adam", "epsilon": 0}
            optimizer.beta1                | "optimizer": {"name": "adam", "beta1": "high"}
            optimizer.momentum             | "optimizer": {"name": "momentum", "momentum": 1.5}
            optimizer.nesterov             | "optimizer": {"name": "momentum", "momentum": 0, "nesterov": true}
            optimizer.nesterov             | "optimizer": {"name": "momentum", "nesterov": "yes"}
            optimizer.alpha                | "optimizer": {"name": "rmsprop", "alpha": 2}
            optimizer.beta1                | "optimizer": {"name": "rmsprop", "beta1": 0.9}
            optimizer.momentum             | "optimizer": {"name": "gd", "momentum": 0.9}
            weightDecay                    | "weightDecay": -0.01
            weightDecay                    | "weightDecay": "a lot"
            batchSize                      | "batchSize": 0
            batchSize                      | "batchSize": 1.5
            optimizerState                 | "optimizer": {"name": "adam"}, "optimizerState": []
            optimizerState.t               | "optimizer": {"name": "adam"}, "optimizerState": {"t": -1}
            optimizerState.m               | "optimizer": {"name": "adam"}, "optimizerState": {"t": 1}
            optimizerState.s               | "optimizer": {"name": "adam"}, "optimizerState": {"t": 1, "s": {}}
            optimizerState.v.weights       | "optimizer": {"name": "momentum"}, "optimizerState": {"t": 1, "v": {"weights": [], "biases": []}}
            optimizerState.v.weights[0]    | "optimizer": {"name": "momentum"}, "optimizerState": {"t": 1, "v": {"weights": [[[1]], [[1]]], "biases": [[[0,0,0,0]], [[0,0]]]}}
            optimizerState.s.biases[1][0][1] | "optimizer": {"name": "rmsprop"}, "optimizerState": {"t": 1, "s": {"weights": [[[0,0,0,0],[0,0,0,0],[0,0,0,0]], [[0,0],[0,0],[0,0],[0,0]]], "biases": [[[0,0,0,0]], [[0,-1]]]}}
            optimizerSate                  | "optimizerSate": {}
            """)
    void a_bad_optimizer_field_is_refused_with_problem_details_naming_it(String field, String fields) throws Exception {
        String body = BackpropApiTest.SEED_BODY.trim();
        body = body.substring(0, body.length() - 1) + ", " + fields + "}";
        for (String path : new String[] {"/api/v1/backprop", "/api/v1/train"}) {
            HttpResponse<String> response = post(path, path.endsWith("train") ? withSteps(body) : body);
            assertEquals(400, response.statusCode(), response.body());
            JsonNode problem = JSON.readTree(response.body());
            assertEquals(field, problem.get("field").stringValue(), problem.toString());
            assertFalse(problem.get("detail").stringValue().contains("Exception"), problem.toString());
        }
    }

    private static String withSteps(String body) {
        return body.substring(0, body.length() - 1) + ", \"steps\": 3}";
    }

    private static String sub(JsonNode array, int n) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",").append(array.get(i).intValue());
        }
        return s.append("]").toString();
    }

    /** A torch state list (W1, b1, W2, b2) as the API's {"weights": [...], "biases": [...]}. */
    private static ObjectNode buffer(JsonNode list) {
        ObjectNode out = JSON.createObjectNode();
        out.putArray("weights").add(list.get(0)).add(list.get(2));
        out.putArray("biases").add(list.get(1)).add(list.get(3));
        return out;
    }

    /** Each element within 1e-12 of the matrix's largest |value| (DD007). */
    private static void assertMatrix(JsonNode expected, JsonNode actual, String what) {
        double scale = 0;
        for (JsonNode row : expected) {
            for (JsonNode v : row) {
                scale = Math.max(scale, Math.abs(v.doubleValue()));
            }
        }
        assertEquals(expected.size(), actual.size(), what + " rows");
        for (int i = 0; i < expected.size(); i++) {
            for (int j = 0; j < expected.get(i).size(); j++) {
                double e = expected.get(i).get(j).doubleValue();
                double a = actual.get(i).get(j).doubleValue();
                if (!(Math.abs(a - e) <= TOLERANCE * scale)) {
                    fail(what + "[" + i + "][" + j + "]: expected " + e + " but was " + a);
                }
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
