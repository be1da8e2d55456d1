package com.backproplab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Every error answer of the API is problem+json in plain words; the rest of the site answers its own 4xx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} {1} ({2}, accepting {3})")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /api/v1/backprop | application/json | application/json | 405 | only POST is allowed here
            PUT    | /api/v1/train    | application/json | application/json | 405 | only POST is allowed here
            POST   | /api/v1/backprop | text/plain       | application/json | 415 | send the body as Content-Type: application/json
            POST   | /api/v1/backprop | application/json | text/html        | 406 | the answer is JSON: accept application/json or application/problem+json
            POST   | /api/v1/backprop | application/json | application/xml  | 406 | the answer is JSON: accept application/json or application/problem+json
            POST   | /api/v1/nope     | application/json | application/json | 404 | no such endpoint; the API has POST /api/v1/backprop and POST /api/v1/train
            POST   | /api/v2/backprop | application/json | application/json | 404 | no such endpoint; the API has POST /api/v1/backprop and POST /api/v1/train
            GET    | /api/v1/nope     | application/json | text/html        | 404 | no such endpoint; the API has POST /api/v1/backprop and POST /api/v1/train
            """)
    void requests_no_endpoint_takes_answer_problem_json_whatever_they_accept(
            String method, String path, String type, String accept, int status, String detail) throws Exception {
        HttpResponse<String> r = send(method, path, type, accept, "{}");
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(
                "application/problem+json",
                r.headers().firstValue("content-type").orElse("").split(";")[0]);
        JsonNode problem = JSON.readTree(r.body());
        assertEquals(status, problem.get("status").intValue());
        assertEquals(detail, problem.get("detail").stringValue());
    }

    @Test
    void a_405_names_the_allowed_method_in_its_allow_header() throws Exception {
        assertEquals(
                "POST",
                send("GET", "/api/v1/backprop", "application/json", "*/*", "")
                        .headers()
                        .firstValue("allow")
                        .orElse(""));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an empty body       | ''                | body: empty; expected a JSON object
            malformed JSON      | '{"layers": [3,4' | body: not a complete JSON document: it ends early (line 1, column 16)
            a non-standard NaN  | '{"x": [[NaN]]}'  | body: not a readable JSON document (line 1, column 12)
            a key given twice   | '{"x":1,"x":2}'   | body: the field 'x' appears more than once (line 1, column 11)
            an unknown field    | '{"layer":[3,4,2]}' | layer: not a field of this request; the fields are layers, hiddenActivation, outputActivation, loss, learningRate, x, y, weights, biases, optimizer, weightDecay, batchSize, optimizerState
            """)
    void a_body_that_cannot_be_read_is_refused_without_naming_classes_or_parser_features(
            String what, String body, String detail) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/backprop", "application/json", "application/json", body);
        assertEquals(400, r.statusCode());
        assertEquals(detail, JSON.readTree(r.body()).get("detail").stringValue());
        assertFalse(r.body().contains("com.backproplab"), r.body());
        assertFalse(r.body().contains("Feature"), r.body());
        assertFalse(r.body().contains("jackson"), r.body());
    }

    @Test
    void training_reads_steps_and_refuses_other_unknown_fields() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(BackpropApiTest.SEED_BODY);
        body.put("steps", 1);
        body.put("step", 1);
        HttpResponse<String> r = send("POST", "/api/v1/train", "application/json", "*/*", body.toString());
        assertEquals(400, r.statusCode());
        assertTrue(
                JSON.readTree(r.body())
                        .get("detail")
                        .stringValue()
                        .startsWith("step: not a field of this request; the fields are layers,"),
                r.body());
    }

    @Test
    void a_megabyte_of_name_is_echoed_as_forty_characters() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(BackpropApiTest.SEED_BODY);
        body.put("hiddenActivation", "x".repeat(1_000_000));
        HttpResponse<String> r = send("POST", "/api/v1/backprop", "application/json", "*/*", body.toString());
        assertEquals(400, r.statusCode());
        assertEquals(
                "hiddenActivation: unknown name '" + "x".repeat(40)
                        + "…'; allowed: relu, leaky_relu, sigmoid, tanh, linear",
                JSON.readTree(r.body()).get("detail").stringValue());
    }

    @Test
    void a_right_to_left_override_in_a_name_is_escaped_in_the_message() throws Exception {
        ObjectNode body = (ObjectNode) JSON.readTree(BackpropApiTest.SEED_BODY);
        body.put("loss", "ce\u202Eesrever");
        HttpResponse<String> r = send("POST", "/api/v1/backprop", "application/json", "*/*", body.toString());
        String detail = JSON.readTree(r.body()).get("detail").stringValue();
        assertTrue(detail.startsWith("loss: unknown name 'ce\\u202Eesrever'"), detail);
        assertFalse(detail.contains("\u202E"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?v-r=xyz", "/?v-r=dev", "/?v-r=", "/?v-r=upload", "/?v-r=oldbrowser", "/error"})
    void odd_page_requests_answer_a_4xx_with_a_body(String path) throws Exception {
        HttpResponse<String> r = send("GET", path, null, "text/html", null);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " answered " + r.statusCode());
        assertFalse(r.body().isBlank(), "an empty body");
        assertFalse(r.body().contains("Whitelabel"), r.body());
        assertFalse(r.body().contains("\"status\":999"), r.body());
    }

    @Test
    void a_link_over_the_header_limit_gets_the_app_s_own_message() throws Exception {
        String answer = raw("GET /?v=1&z=" + "A".repeat(300_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400"), answer.lines().findFirst().orElse(""));
        assertTrue(answer.contains("links are accepted up to 256 KB"), answer);
        assertTrue(answer.contains("Export → JSON"), answer);
        assertFalse(answer.contains("HTTP Status 400"), answer);
    }

    @Test
    void the_page_and_the_api_send_the_security_headers() throws Exception {
        HttpResponse<String> pageAnswer = send("GET", "/", null, "text/html", null);
        String csp = pageAnswer.headers().firstValue("content-security-policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'self'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertEquals(
                "nosniff",
                pageAnswer.headers().firstValue("x-content-type-options").orElse(""));
        assertEquals(
                "same-origin",
                pageAnswer.headers().firstValue("referrer-policy").orElse(""));
        HttpResponse<String> api = send("POST", "/api/v1/backprop", "application/json", "*/*", "{}");
        assertEquals(
                "default-src 'none'; frame-ancestors 'none'",
                api.headers().firstValue("content-security-policy").orElse(""));
        assertEquals(
                "nosniff", api.headers().firstValue("x-content-type-options").orElse(""));
        assertEquals("same-origin", api.headers().firstValue("referrer-policy").orElse(""));
    }

    @Test
    void a_page_request_body_over_the_limit_answers_413() throws Exception {
        HttpResponse<String> r =
                send("POST", "/?v-r=uidl&v-uiId=0", "application/json", "*/*", "x".repeat(3 * 1024 * 1024));
        assertEquals(413, r.statusCode());
    }

    private HttpResponse<String> send(String method, String path, String type, String accept, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
