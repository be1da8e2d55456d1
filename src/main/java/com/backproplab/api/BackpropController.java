package com.backproplab.api;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.math.Training;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioJson;
import com.backproplab.scenario.ScenarioValidator;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The public JSON API, version 1: one backpropagation trace, or a training run. Stateless. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class BackpropController {

    private final ScenarioValidator validator;
    private final Limits limits;

    BackpropController(ScenarioValidator validator, Limits limits) {
        this.validator = validator;
        this.limits = limits;
    }

    @PostMapping(path = "/backprop", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode backprop(@RequestBody JsonNode body) {
        Scenario scenario = validator.validate(ScenarioJson.read(body));
        BackpropTrace trace = scenario.trace();
        double cost = GradientCheck.cost(scenario.network(), scenario.batch());
        if (cost > limits.maxCheckWork()) {
            String reason = String.format(
                    "a finite-difference check of this network costs %.3g multiply-adds, more than the %.3g one"
                            + " request may spend; check a smaller network or fewer samples",
                    cost, limits.maxCheckWork());
            return JsonWriter.trace(trace, null, reason);
        }
        List<GradientCheck.MatrixCheck> checks =
                GradientCheck.of(scenario.network(), scenario.batch(), trace.backward());
        return JsonWriter.trace(trace, checks, null);
    }

    @PostMapping(path = "/train", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode train(@RequestBody JsonNode body) {
        Scenario scenario = validator.validate(ScenarioJson.read(body));
        Integer steps = ScenarioJson.integer(body, "steps");
        validator.requireTrainable(scenario, steps);
        Training.Result result = Training.run(scenario.network(), scenario.batch(), scenario.learningRate(), steps);
        return JsonWriter.training(result.lossHistory(), result.network());
    }
}
