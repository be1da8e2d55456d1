package com.backproplab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.support.Golden;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Heavy requests take one of a few places; past them a request is answered 503 with Retry-After, one client
 * cannot take every place, and a run whose client went away stops and gives its place back. Two places,
 * no queue, one place a client, and a training budget large enough for a run of half an hour.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "backprop.limits.heavy-requests=2",
            "backprop.limits.heavy-queue=0",
            "backprop.limits.heavy-per-client=1",
            "backprop.limits.heavy-wait-seconds=1",
            "backprop.limits.max-steps=100000000",
            "backprop.limits.max-training-work=100000000000000"
        })
class ApiConcurrencyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    BackpropController controller;

    private Socket first;
    private Socket second;

    @AfterEach
    void disconnect() throws Exception {
        for (Socket s : new Socket[] {first, second}) {
            if (s != null) {
                s.close();
            }
        }
        awaitInside(0);
    }

    @Test
    void a_client_with_a_heavy_request_running_gets_503_for_another_while_other_clients_still_get_in()
            throws Exception {
        first = startLongRun("10.0.0.1");
        awaitInside(1);
        HttpResponse<String> again = post("10.0.0.1", longRun());
        assertEquals(503, again.statusCode(), again.body());
        assertEquals("5", again.headers().firstValue("retry-after").orElse(""));
        assertEquals(
                "application/problem+json",
                again.headers().firstValue("content-type").orElse(""));
        assertEquals(
                "this client already has 1 heavy requests running or waiting, the most one client may have"
                        + " (heavy-per-client); try again in 5 s",
                JSON.readTree(again.body()).get("detail").stringValue());

        second = startLongRun("10.0.0.2");
        awaitInside(2);
        HttpResponse<String> third = post("10.0.0.3", longRun());
        assertEquals(503, third.statusCode());
        assertTrue(
                JSON.readTree(third.body())
                        .get("detail")
                        .stringValue()
                        .startsWith("the server is busy: 2 heavy requests are running and 0 waiting"),
                third.body());
    }

    @Test
    void light_requests_are_answered_while_every_heavy_place_is_taken() throws Exception {
        first = startLongRun("10.0.0.1");
        second = startLongRun("10.0.0.2");
        awaitInside(2);
        HttpResponse<String> light = post("10.0.0.3", BackpropApiTest.SEED_BODY);
        assertEquals(200, light.statusCode());
        assertEquals(
                Golden.number("forward", "loss"),
                JSON.readTree(light.body()).get("loss").doubleValue(),
                1e-15);
    }

    @Test
    void a_run_whose_client_went_away_stops_and_gives_its_place_back() throws Exception {
        first = startLongRun("10.0.0.1");
        awaitInside(1);
        first.close();
        first = null;
        // The run would take half an hour; it stops within a second or two of the next write failing.
        awaitInside(0);
        HttpResponse<String> after = post("10.0.0.1", BackpropApiTest.SEED_BODY);
        assertEquals(200, after.statusCode());
    }

    /** 10⁶ steps of a 1-1-1-1-1-1-1-1 network on 10,000 samples: about half an hour of one core. */
    private static String longRun() {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode layers = body.putArray("layers");
        for (int l = 0; l < 8; l++) {
            layers.add(1);
        }
        body.put("hiddenActivation", "tanh");
        body.put("outputActivation", "sigmoid");
        body.put("loss", "cross_entropy");
        body.put("learningRate", 0.1);
        ArrayNode x = body.putArray("x");
        ArrayNode y = body.putArray("y");
        for (int k = 0; k < 10_000; k++) {
            x.addArray().add(k / 10_000.0);
            y.addArray().add(k % 2);
        }
        ArrayNode w = body.putArray("weights");
        ArrayNode b = body.putArray("biases");
        for (int l = 0; l < 7; l++) {
            w.addArray().addArray().add(0.5);
            b.addArray().addArray().add(0);
        }
        body.put("steps", 1_000_000);
        return body.toString();
    }

    /** Sends a long run as client {@code address} (through X-Forwarded-For) and leaves it running. */
    private Socket startLongRun(String address) throws Exception {
        byte[] body = longRun().getBytes(StandardCharsets.UTF_8);
        Socket socket = new Socket("localhost", port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/train HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "X-Forwarded-For: " + address + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        return socket;
    }

    private HttpResponse<String> post(String address, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/v1/train".replace("train", body.contains("\"steps\"") ? "train" : "backprop")))
                        .header("Content-Type", "application/json")
                        .header("X-Forwarded-For", address)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitInside(int n) throws InterruptedException {
        for (int i = 0; i < 300 && controller.heavy.inside() != n; i++) {
            Thread.sleep(100);
        }
        assertEquals(n, controller.heavy.inside(), "heavy requests inside");
    }
}
