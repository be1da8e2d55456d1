package com.backproplab.scenario;

import com.backproplab.math.Architecture;
import com.backproplab.math.Matrices;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The optional optimizer fields of a request ({@code optimizer}, {@code weightDecay}, {@code batchSize},
 * {@code optimizerState}), read and checked at once into {@link OptimizerSettings}; every error names its
 * field, e.g. {@code optimizer.beta2} or {@code optimizerState.v.weights[1][0][2]}.
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
                : Optional.of(state(stateNode, optimizer, architecture));
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

    /** The buffer names of {@code optimizer}'s state, first then second: v; s; m and v. */
    public static List<String> bufferNames(Optimizer optimizer) {
        return switch (optimizer) {
            case Optimizer.GradientDescent g -> List.of();
            case Optimizer.Momentum m -> List.of("v");
            case Optimizer.RmsProp r -> List.of("s");
            case Optimizer.Adam a -> List.of("m", "v");
        };
    }

    private static OptimizerState state(JsonNode node, Optimizer optimizer, Architecture architecture) {
        if (!node.isObject()) {
            throw new InvalidInputException("optimizerState", "expected an object with t and the buffers");
        }
        List<String> names = bufferNames(optimizer);
        for (String field : node.propertyNames()) {
            if (!field.equals("t") && !names.contains(field)) {
                throw new InvalidInputException(
                        "optimizerState." + Echo.of(field),
                        "not a buffer of " + optimizer.id() + "; its state is t"
                                + names.stream().map(n -> ", " + n).reduce("", String::concat));
            }
        }
        JsonNode t = node.get("t");
        if (t == null || !t.isIntegralNumber() || !t.canConvertToInt() || t.intValue() < 0) {
            throw new InvalidInputException(
                    "optimizerState.t", "expected a whole number ≥ 0, got " + Echo.of(String.valueOf(t)));
        }
        List<RealMatrix> first = List.of();
        List<RealMatrix> second = List.of();
        if (optimizer.hasFirst()) {
            first = buffer(node, names.getFirst(), architecture, false);
        }
        if (optimizer.hasSecond()) {
            second = buffer(node, names.getLast(), architecture, true);
        }
        return new OptimizerState(t.intValue(), first, second);
    }

    /** One buffer, {@code {"weights": [...], "biases": [...]}}, as W1, b1, W2, b2, …. */
    private static List<RealMatrix> buffer(JsonNode state, String name, Architecture arch, boolean squares) {
        String field = "optimizerState." + name;
        JsonNode node = state.get(name);
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(field, "missing; expected {\"weights\": [...], \"biases\": [...]}");
        }
        for (String f : node.propertyNames()) {
            if (!f.equals("weights") && !f.equals("biases")) {
                throw new InvalidInputException(field + "." + Echo.of(f), "not a field; expected weights and biases");
            }
        }
        List<Integer> s = arch.sizes();
        JsonNode weights = list(node, "weights", field, arch.depth());
        JsonNode biases = list(node, "biases", field, arch.depth());
        List<RealMatrix> out = new ArrayList<>();
        for (int l = 0; l < arch.depth(); l++) {
            out.add(matrix(weights, field + ".weights", l, s.get(l), s.get(l + 1), squares));
            out.add(matrix(biases, field + ".biases", l, 1, s.get(l + 1), squares));
        }
        return out;
    }

    private static JsonNode list(JsonNode buffer, String name, String field, int depth) {
        JsonNode list = buffer.get(name);
        if (list == null || !list.isArray() || list.size() != depth) {
            throw new InvalidInputException(
                    field + "." + name, "expected a list of " + depth + " matrices, one per layer");
        }
        return list;
    }

    private static RealMatrix matrix(JsonNode list, String field, int l, int r, int c, boolean squares) {
        String at = field + "[" + l + "]";
        JsonNode rows = list.get(l);
        if (rows == null || !rows.isArray() || rows.size() != r) {
            throw new InvalidInputException(at, "expected " + r + "×" + c + " like its parameter");
        }
        double[][] out = new double[r][c];
        for (int i = 0; i < r; i++) {
            JsonNode row = rows.get(i);
            if (!row.isArray() || row.size() != c) {
                throw new InvalidInputException(at, "expected " + r + "×" + c + " like its parameter");
            }
            for (int j = 0; j < c; j++) {
                JsonNode v = row.get(j);
                double d = v.isNumber() ? v.doubleValue() : Double.NaN;
                if (!Double.isFinite(d) || (squares && d < 0)) {
                    throw new InvalidInputException(
                            at + "[" + i + "][" + j + "]",
                            (squares
                                            ? "expected a finite number ≥ 0 (a mean of squares), got "
                                            : "not a finite number: ")
                                    + Echo.of(v.toString()));
                }
                out[i][j] = d;
            }
        }
        return Matrices.wrap(out);
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
            body.set("optimizerState", write(state, o.optimizer()));
        }
    }

    /** The JSON form of {@code state}, as {@link #read} reads it back. */
    public static ObjectNode write(OptimizerState state, Optimizer optimizer) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        out.put("t", state.t());
        List<String> names = bufferNames(optimizer);
        if (optimizer.hasFirst()) {
            out.set(names.getFirst(), buffer(state.first()));
        }
        if (optimizer.hasSecond()) {
            out.set(names.getLast(), buffer(state.second()));
        }
        return out;
    }

    private static ObjectNode buffer(List<RealMatrix> list) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        var w = out.putArray("weights");
        var b = out.putArray("biases");
        for (int p = 0; p < list.size(); p++) {
            var target = p % 2 == 0 ? w : b;
            var rows = target.addArray();
            for (double[] row : list.get(p).getData()) {
                var r = rows.addArray();
                for (double v : row) {
                    r.add(v);
                }
            }
        }
        return out;
    }
}
