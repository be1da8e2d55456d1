package com.backproplab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.support.Golden;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What one request may cost is checked before the work starts: answer size, memory, training cost. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiBudgetsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void the_request_that_ran_the_server_out_of_memory_answers_without_its_jacobians_and_says_why() throws Exception {
        HttpResponse<String> r = post("/api/v1/backprop", wideSoftmax(10_000, 64));
        assertEquals(
                200,
                r.statusCode(),
                r.body().substring(0, Math.min(400, r.body().length())));
        JsonNode answer = JSON.readTree(r.body());
        assertEquals(
                "10000 samples of 64 outputs have 4.10e+07 Jacobian numbers (m·C²), more than the 10000 an answer"
                        + " carries unless asked; ask with ?softmaxJacobians=true",
                answer.at("/softmaxJacobians/skipped").stringValue());
        assertEquals(10_000, answer.at("/outputGradient/chain").size());
        assertEquals(10_000, answer.get("lossPerSample").size());
    }

    @Test
    void jacobians_asked_for_come_whole_and_jacobians_past_the_memory_budget_answer_413() throws Exception {
        JsonNode asked = JSON.readTree(post("/api/v1/backprop?softmaxJacobians=true", wideSoftmax(200, 8))
                .body());
        assertEquals(200, asked.get("softmaxJacobians").size());
        assertEquals(8, asked.at("/softmaxJacobians/199").size());
        JsonNode unasked =
                JSON.readTree(post("/api/v1/backprop", wideSoftmax(200, 8)).body());
        assertTrue(
                unasked.at("/softmaxJacobians/skipped").isString(),
                unasked.get("softmaxJacobians").toString());

        HttpResponse<String> tooLarge = post("/api/v1/backprop?softmaxJacobians=true", wideSoftmax(10_000, 64));
        assertEquals(413, tooLarge.statusCode());
        assertEquals(
                "application/problem+json",
                tooLarge.headers().firstValue("content-type").orElse(""));
        JsonNode problem = JSON.readTree(tooLarge.body());
        assertEquals("softmaxJacobians", problem.get("field").stringValue());
        assertEquals(
                "softmaxJacobians: a 1-1-64 network on 10000 samples needs 4.68e+07 numbers in memory for this"
                        + " request, more than the limit of 8000000 (max-request-values); use fewer samples or"
                        + " smaller layers",
                problem.get("detail").stringValue());
    }

    @Test
    void the_worked_example_still_carries_its_jacobians_unasked() throws Exception {
        JsonNode r = JSON.readTree(
                post("/api/v1/backprop", BackpropApiTest.SEED_BODY).body());
        assertEquals(Golden.jacobian(1)[0][1], r.at("/softmaxJacobians/1/0/1").doubleValue(), 1e-15);
    }

    @Test
    void training_that_would_not_fit_in_memory_answers_413_before_it_starts() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(wide(10_000, 64, 64, "relu", "sigmoid", "mse"));
        body.put("steps", 1);
        HttpResponse<String> r = post("/api/v1/train", body.toString());
        assertEquals(413, r.statusCode(), r.body());
        JsonNode problem = JSON.readTree(r.body());
        assertEquals("x", problem.get("field").stringValue());
        assertTrue(
                problem.get("detail")
                        .stringValue()
                        .startsWith("x: a 64-64-64-64-64-64-64-1 network on 10000 samples needs"),
                problem.toString());
    }

    @Test
    void training_over_the_budget_is_refused_with_the_most_steps_the_network_may_take() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(wide(1000, 1, 1, "tanh", "sigmoid", "cross_entropy"));
        body.put("steps", 100_000);
        HttpResponse<String> r = post("/api/v1/train", body.toString());
        assertEquals(400, r.statusCode());
        assertTrue(
                JSON.readTree(r.body()).get("detail").stringValue().endsWith("can take at most 12518 steps"), r.body());
    }

    /** A 1-1-C softmax network on m samples: the shape whose answer held m·C² Jacobian numbers. */
    private static String wideSoftmax(int m, int c) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("layers").add(1).add(1).add(c);
        body.put("hiddenActivation", "relu");
        body.put("outputActivation", "softmax");
        body.put("loss", "cross_entropy");
        body.put("learningRate", 0.1);
        ArrayNode x = body.putArray("x");
        ArrayNode y = body.putArray("y");
        for (int k = 0; k < m; k++) {
            x.addArray().add(k % 7 / 7.0);
            ArrayNode row = y.addArray();
            for (int j = 0; j < c; j++) {
                row.add(j == k % c ? 1 : 0);
            }
        }
        body.putArray("weights")
                .add(JSON.createArrayNode().add(JSON.createArrayNode().add(0.5)))
                .add(JSON.createArrayNode().add(ones(c)));
        body.putArray("biases")
                .add(JSON.createArrayNode().add(JSON.createArrayNode().add(0)))
                .add(JSON.createArrayNode().add(zeros(c)));
        return body.toString();
    }

    /** Six hidden layers of {@code units} with {@code inputs} inputs and one output, zero weights. */
    private static String wide(int m, int inputs, int units, String hidden, String output, String loss) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode layers = body.putArray("layers").add(inputs);
        for (int l = 0; l < 6; l++) {
            layers.add(units);
        }
        layers.add(1);
        body.put("hiddenActivation", hidden);
        body.put("outputActivation", output);
        body.put("loss", loss);
        body.put("learningRate", 0.1);
        ArrayNode x = body.putArray("x");
        ArrayNode y = body.putArray("y");
        for (int k = 0; k < m; k++) {
            x.add(zeros(inputs));
            y.addArray().add(k % 2);
        }
        ArrayNode w = body.putArray("weights");
        ArrayNode b = body.putArray("biases");
        int in = inputs;
        for (int l = 0; l < 7; l++) {
            int out = l == 6 ? 1 : units;
            ArrayNode rows = w.addArray();
            for (int r = 0; r < in; r++) {
                rows.add(zeros(out));
            }
            b.addArray().add(zeros(out));
            in = out;
        }
        return body.toString();
    }

    private static ArrayNode zeros(int n) {
        ArrayNode row = JSON.createArrayNode();
        for (int j = 0; j < n; j++) {
            row.add(0);
        }
        return row;
    }

    private static ArrayNode ones(int n) {
        ArrayNode row = JSON.createArrayNode();
        for (int j = 0; j < n; j++) {
            row.add(j % 3 - 1.0);
        }
        return row;
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
