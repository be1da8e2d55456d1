package com.backproplab.api;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.StepTrace;
import com.backproplab.math.Training;
import com.backproplab.scenario.LayerSizes;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.OptimizerJson;
import com.backproplab.scenario.OptimizerSettings;
import com.backproplab.scenario.RequestSize;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioJson;
import com.backproplab.scenario.ScenarioValidator;
import com.backproplab.scenario.TrainingCost;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public JSON API, version 1: one backpropagation trace, or a training run. Stateless. Every request is
 * held to its budgets (memory, answer size, training cost) before any work starts, and heavy ones wait for
 * one of a few places ({@link HeavyRequests}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class BackpropController {

    /** Writing one number of an answer costs about as much as this many multiply-adds. */
    private static final double WORK_PER_ANSWER_VALUE = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ScenarioValidator validator;
    private final Limits limits;
    final HeavyRequests heavy;

    BackpropController(ScenarioValidator validator, Limits limits) {
        this.validator = validator;
        this.limits = limits;
        this.heavy = new HeavyRequests(limits);
    }

    @PostMapping(path = "/backprop", consumes = MediaType.APPLICATION_JSON_VALUE)
    void backprop(
            @RequestBody(required = false) byte[] body,
            @RequestParam(name = "softmaxJacobians", required = false) Boolean askedJacobians,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException, InterruptedException {
        try (Places place = new Places(body, request)) {
            JsonNode json = ScenarioJson.parse(body);
            Scenario scenario =
                    validator.validate(ScenarioJson.read(json, OptimizerJson.FIELDS.toArray(String[]::new)));
            boolean optimized = OptimizerJson.given(json);
            OptimizerSettings settings =
                    optimized ? OptimizerJson.read(json, scenario.network().architecture()) : OptimizerSettings.PLAIN;
            List<Integer> sizes = scenario.network().architecture().sizes();
            int m = scenario.batch().size();
            String jacobiansSkipped = jacobiansSkipped(sizes, m, scenario, askedJacobians);
            double checkCost = GradientCheck.cost(scenario.network(), scenario.batch());
            boolean check = checkCost <= limits.maxCheckWork();
            double values =
                    RequestSize.trace(sizes, m, jacobiansSkipped == null) + (check ? RequestSize.check(sizes, m) : 0);
            requireMemory(values, sizes, m, Boolean.TRUE.equals(askedJacobians) ? "softmaxJacobians" : "x");
            place.work((check ? checkCost : 0) + WORK_PER_ANSWER_VALUE * values);
            StepTrace step = StepTrace.of(
                    scenario.network(),
                    scenario.batch(),
                    scenario.learningRate(),
                    settings.optimization(),
                    settings.stateFor(scenario.network().architecture()),
                    jacobiansSkipped == null);
            BackpropTrace trace = new BackpropTrace(
                    scenario.network(),
                    step.batch(),
                    scenario.learningRate(),
                    step.forward(),
                    step.backward(),
                    step.next());
            List<GradientCheck.MatrixCheck> checks = check
                    ? GradientCheck.of(scenario.network(), step.batch(), trace.backward(), settings.optimization())
                    : null;
            String checkSkipped = check
                    ? null
                    : String.format(
                            Locale.ROOT,
                            "a finite-difference check of this network costs %.3g multiply-adds, more than the %.3g"
                                    + " one request may spend; check a smaller network or fewer samples",
                            checkCost,
                            limits.maxCheckWork());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            try (JsonGenerator out = JSON.createGenerator(response.getOutputStream())) {
                JsonWriter.trace(out, trace, checks, checkSkipped, jacobiansSkipped, () -> {
                    if (optimized) {
                        OptimizerWriter.step(out, step);
                    }
                });
            }
        }
    }

    @PostMapping(path = "/train", consumes = MediaType.APPLICATION_JSON_VALUE)
    void train(@RequestBody(required = false) byte[] body, HttpServletRequest request, HttpServletResponse response)
            throws IOException, InterruptedException {
        try (Places place = new Places(body, request)) {
            JsonNode json = ScenarioJson.parse(body);
            List<String> fields = new ArrayList<>(OptimizerJson.FIELDS);
            fields.add("steps");
            Scenario scenario = validator.validate(ScenarioJson.read(json, fields.toArray(String[]::new)));
            boolean optimized = OptimizerJson.given(json);
            OptimizerSettings settings =
                    optimized ? OptimizerJson.read(json, scenario.network().architecture()) : OptimizerSettings.PLAIN;
            Integer steps = ScenarioJson.integer(json, "steps");
            validator.requireTrainable(scenario, steps);
            List<Integer> sizes = scenario.network().architecture().sizes();
            int m = scenario.batch().size();
            requireMemory(RequestSize.training(sizes, m, steps), sizes, m, "x");
            place.work(TrainingCost.of(sizes, m, steps));
            ClientWatch client = new ClientWatch(response);
            if (optimized) {
                Training.OptimizedResult run = Training.run(
                        scenario.network(),
                        scenario.batch(),
                        scenario.learningRate(),
                        settings.optimization(),
                        settings.stateFor(scenario.network().architecture()),
                        steps,
                        client);
                if (client.gone()) {
                    return;
                }
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                try (JsonGenerator out = JSON.createGenerator(response.getOutputStream())) {
                    OptimizerWriter.training(out, run, settings.optimization());
                }
                return;
            }
            Training.Result result =
                    Training.run(scenario.network(), scenario.batch(), scenario.learningRate(), steps, client);
            if (client.gone()) {
                return;
            }
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            try (JsonGenerator out = JSON.createGenerator(response.getOutputStream())) {
                JsonWriter.training(out, result.lossHistory(), result.network());
            }
        }
    }

    /** Why the answer leaves the softmax Jacobians out, or null when it carries them or has none. */
    private String jacobiansSkipped(List<Integer> sizes, int m, Scenario scenario, Boolean asked) {
        if (scenario.network().architecture().output().activation() != OutputActivation.SOFTMAX) {
            return null;
        }
        double values = RequestSize.jacobians(sizes, m);
        if (Boolean.TRUE.equals(asked)) {
            return null;
        }
        if (Boolean.FALSE.equals(asked)) {
            return "not asked for (softmaxJacobians=false)";
        }
        if (values <= limits.maxJacobianValues()) {
            return null;
        }
        return String.format(
                Locale.ROOT,
                "%d samples of %d outputs have %.3g Jacobian numbers (m·C²), more than the %d an answer carries"
                        + " unless asked; ask with ?softmaxJacobians=true",
                m,
                sizes.getLast(),
                values,
                limits.maxJacobianValues());
    }

    private void requireMemory(double values, List<Integer> sizes, int m, String field) {
        if (values > limits.maxRequestValues()) {
            throw new TooLargeException(
                    field,
                    String.format(
                            Locale.ROOT,
                            "a %s network on %d samples needs %.3g numbers in memory for this request, more than"
                                    + " the limit of %d (max-request-values); use fewer samples or smaller layers",
                            LayerSizes.format(sizes),
                            m,
                            values,
                            limits.maxRequestValues()));
        }
    }

    /**
     * The heavy place a request holds, if any: taken before parsing for a large body, else as soon as the
     * request's work is known and over the light limit.
     */
    private final class Places implements AutoCloseable {
        private final String client;
        private HeavyRequests.Place place = HeavyRequests.NONE;

        Places(byte[] body, HttpServletRequest request) throws InterruptedException {
            this.client = request.getRemoteAddr();
            if (body != null && body.length > limits.lightBodyBytes()) {
                place = heavy.enter(client);
            }
        }

        void work(double work) throws InterruptedException {
            if (place == HeavyRequests.NONE && work > limits.lightWork()) {
                place = heavy.enter(client);
            }
        }

        @Override
        public void close() {
            place.close();
        }
    }
}
