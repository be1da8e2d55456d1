package com.backproplab.scenario;

import com.backproplab.math.Architecture;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The optional optimizer fields of a request ({@code optimizer}, {@code weightDecay}, {@code batchSize},
 * {@code optimizerState}), read and checked at once into {@link OptimizerSettings}; every error names its
 * field, e.g. {@code optimizer.beta2} or {@code optimizerState.v.weights[1][0][2]} (the state itself is read
 * by {@link OptimizerStateJson}).
 */
public final class OptimizerJson {

    /** The request fields this class reads, beside {@link ScenarioJson#FIELDS}. */
    public static final List<String> FIELDS = List.of("optimizer", "weightDecay", "batchSize", "optimizerState");

    private OptimizerJson() {}

    /** Whether the body names any optimizer field. */
    public static boolean given(JsonNode body) {
        return FIELDS.stream().anyMatch(body::has);
    }

    /** The checked settings for a network of {@code architecture}, or {@link OptimizerSettings#PLAIN}. */
    public static OptimizerSettings read(JsonNode body, Architecture architecture) {
        Optimizer optimizer = optimizer(body.get("optimizer"));
        double decay = decay(body.get("weightDecay"));
        Integer b = ScenarioJson.integer(body, "batchSize");
        if (b != null && b < 1) {
            throw new InvalidInputException("batchSize", "expected a whole number ≥ 1, got " + b);
        }
        Optimization optimization = new Optimization(optimizer, decay, b == null ? 0 : b);
        JsonNode stateNode = body.get("optimizerState");
        Optional<OptimizerState> state = stateNode == null || stateNode.isNull()
                ? Optional.empty()
                : Optional.of(OptimizerStateJson.read(stateNode, optimizer, architecture));
        return new OptimizerSettings(optimization, state);
    }

    private static double decay(JsonNode node) {
        if (node == null || node.isNull()) {
            return 0;
        }
        double v = node.isNumber() ? node.doubleValue() : Double.NaN;
        if (!node.isNumber() || !Double.isFinite(v) || v < 0) {
            throw new InvalidInputException(
                    "weightDecay", "expected a finite number ≥ 0, got " + Echo.of(node.toString()));
        }
        return v;
    }

    private static Optimizer optimizer(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optimizer.gradientDescent();
        }
        if (!node.isObject()) {
            throw new InvalidInputException(
                    "optimizer", "expected an object such as {\"name\": \"adam\"}, got " + Echo.of(node.toString()));
        }
        JsonNode name = node.get("name");
        if (name == null || !name.isString()) {
            throw new InvalidInputException("optimizer.name", "missing; expected gd, momentum, rmsprop or adam");
        }
        return switch (name.stringValue()) {
            case "gd" -> {
                only(node, Set.of());
                yield Optimizer.gradientDescent();
            }
            case "momentum" -> {
                only(node, Set.of("momentum", "nesterov"));
                double mu = unit(node, "momentum", Optimizer.Momentum.DEFAULT_MOMENTUM);
                JsonNode n = node.get("nesterov");
                if (n != null && !n.isNull() && !n.isBoolean()) {
                    throw new InvalidInputException(
                            "optimizer.nesterov", "expected true or false, got " + Echo.of(n.toString()));
                }
                boolean nesterov = n != null && n.asBoolean();
                if (nesterov && mu == 0) {
                    throw new InvalidInputException("optimizer.nesterov", "Nesterov needs a momentum above 0");
                }
                yield new Optimizer.Momentum(mu, nesterov);
            }
            case "rmsprop" -> {
                only(node, Set.of("alpha", "epsilon"));
                yield new Optimizer.RmsProp(
                        unit(node, "alpha", Optimizer.RmsProp.DEFAULT_ALPHA),
                        epsilon(node, Optimizer.RmsProp.DEFAULT_EPSILON));
            }
            case "adam" -> {
                only(node, Set.of("beta1", "beta2", "epsilon"));
                yield new Optimizer.Adam(
                        unit(node, "beta1", Optimizer.Adam.DEFAULT_BETA1),
                        unit(node, "beta2", Optimizer.Adam.DEFAULT_BETA2),
                        epsilon(node, Optimizer.Adam.DEFAULT_EPSILON));
            }
            default ->
                throw new InvalidInputException(
                        "optimizer.name",
                        "unknown name '" + Echo.of(name.stringValue()) + "'; allowed: gd, momentum, rmsprop, adam");
        };
    }

    private static void only(JsonNode node, Set<String> settings) {
        for (String field : node.propertyNames()) {
            if (!field.equals("name") && !settings.contains(field)) {
                throw new InvalidInputException(
                        "optimizer." + Echo.of(field),
                        "not a setting of " + node.get("name").stringValue() + "; its settings are "
                                + (settings.isEmpty()
                                        ? "none"
                                        : String.join(
                                                ", ", settings.stream().sorted().toList())));
            }
        }
    }

    /** A setting in [0, 1), or its default when absent. */
    private static double unit(JsonNode node, String field, double otherwise) {
        double v = number(node, field, otherwise);
        if (!(v >= 0 && v < 1)) {
            throw new InvalidInputException("optimizer." + field, "expected a number from 0 to below 1, got " + v);
        }
        return v;
    }

    private static double epsilon(JsonNode node, double otherwise) {
        double v = number(node, "epsilon", otherwise);
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new InvalidInputException("optimizer.epsilon", "expected a finite number above 0, got " + v);
        }
        return v;
    }

    private static double number(JsonNode node, String field, double otherwise) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (!v.isNumber()) {
            throw new InvalidInputException("optimizer." + field, "expected a number, got " + Echo.of(v.toString()));
        }
        return v.doubleValue();
    }

    /**
     * Adds {@code settings} to the request body {@code body} as {@link #read} reads them back: nothing for plain
     * full-batch gradient descent from a fresh state; else {@code optimizer} with every setting, and
     * {@code weightDecay}, {@code batchSize} and {@code optimizerState} where they are not the defaults.
     */
    public static void write(ObjectNode body, OptimizerSettings settings, Architecture architecture) {
        Optimization o = settings.optimization();
        if (settings.equals(OptimizerSettings.PLAIN)) {
            return;
        }
        ObjectNode optimizer =
                body.putObject("optimizer").put("name", o.optimizer().id());
        switch (o.optimizer()) {
            case Optimizer.GradientDescent g -> {}
            case Optimizer.Momentum m -> optimizer.put("momentum", m.momentum()).put("nesterov", m.nesterov());
            case Optimizer.RmsProp r -> optimizer.put("alpha", r.alpha()).put("epsilon", r.epsilon());
            case Optimizer.Adam a ->
                optimizer.put("beta1", a.beta1()).put("beta2", a.beta2()).put("epsilon", a.epsilon());
        }
        if (o.weightDecay() > 0) {
            body.put("weightDecay", o.weightDecay());
        }
        if (o.batchSize() > 0) {
            body.put("batchSize", o.batchSize());
        }
        OptimizerState state = settings.stateFor(architecture);
        if (state.t() > 0) {
            body.set("optimizerState", OptimizerStateJson.write(state, o.optimizer()));
        }
    }
}
