package com.backproplab.bench;

import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cases of {@link TrainingBenchmark} through {@code POST /api/v1/train} of a running server (JSON in
 * and out included). Usage: {@code ApiTrainingBenchmark http://localhost:8080}; the server needs
 * {@code --backprop.limits.max-units=128} for case (c), whose hidden layer is wider than the default limit.
 */
public final class ApiTrainingBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        HttpClient http = HttpClient.newHttpClient();
        for (TrainingBenchmark.Case c : TrainingBenchmark.cases()) {
            String body = body(c.scenario(), c.steps());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/train"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            double best = Double.POSITIVE_INFINITY;
            int status = 0;
            for (int r = 0; r < 5; r++) {
                long t0 = System.nanoTime();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                double seconds = (System.nanoTime() - t0) / 1e9;
                status = response.statusCode();
                int losses = status == 200
                        ? JSON.readTree(response.body()).path("lossHistory").size()
                        : -1;
                if (losses != c.steps() + 1) {
                    throw new IllegalStateException("case " + c.name() + ": HTTP " + status + ", "
                            + response.body()
                                    .substring(0, Math.min(300, response.body().length())));
                }
                if (r >= 2) {
                    best = Math.min(best, seconds);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "api   %-4s %8d steps  %9.4f s  (HTTP %d, request %d bytes)%n",
                    c.name(),
                    c.steps(),
                    best,
                    status,
                    body.length());
        }
    }

    static String body(Scenario s, int steps) {
        ObjectNode body = ScenarioJson.write(s);
        body.put("steps", steps);
        return body.toString();
    }
}
