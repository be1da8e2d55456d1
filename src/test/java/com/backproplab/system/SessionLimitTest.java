package com.backproplab.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With room for one page session, a second visitor gets a page saying the server is full. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "backprop.limits.max-sessions=1")
class SessionLimitTest {

    @LocalServerPort
    int port;

    @Test
    void past_the_cap_a_new_visitor_gets_a_clear_page_and_visitors_with_a_session_keep_theirs() throws Exception {
        HttpResponse<String> first = get("/", null);
        assertEquals(200, first.statusCode());
        String cookie = first.headers().firstValue("set-cookie").orElseThrow().split(";")[0];

        HttpResponse<String> second = get("/?example=xor", null);
        assertEquals(503, second.statusCode());
        assertEquals("60", second.headers().firstValue("retry-after").orElse(""));
        assertTrue(second.body().contains("Backprop Lab is full right now"), second.body());
        assertTrue(second.body().contains("reloading this address keeps the network it describes"));

        assertEquals(200, get("/?example=xor", cookie).statusCode(), "the first visitor keeps its session");
        assertEquals(200, get("/actuator/health", null).statusCode(), "health needs no session");
        assertEquals(200, get("/icons/favicon.svg", null).statusCode(), "static files need no session");
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
