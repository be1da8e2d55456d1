package com.backproplab.scenario;

import com.backproplab.math.Architecture;
import com.backproplab.math.Matrices;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An optimizer's state in JSON, {@code {"t": 3, "m": {"weights": [...], "biases": [...]}, "v": {...}}}: the
 * step count and each buffer, one matrix per parameter shaped like it. Read for {@link OptimizerJson}, where
 * every error names its field (e.g. {@code optimizerState.v.weights[1][0][2]}), and written for exports and
 * the API.
 */
public final class OptimizerStateJson {

    private OptimizerStateJson() {}

    /** The buffer names of {@code optimizer}'s state, first then second: v; s; m and v. */
    public static List<String> bufferNames(Optimizer optimizer) {
        return switch (optimizer) {
            case Optimizer.GradientDescent g -> List.of();
            case Optimizer.Momentum m -> List.of("v");
            case Optimizer.RmsProp r -> List.of("s");
            case Optimizer.Adam a -> List.of("m", "v");
        };
    }

    /** The state in {@code node} (the request's {@code optimizerState}), checked against the network's shapes. */
    static OptimizerState read(JsonNode node, Optimizer optimizer, Architecture architecture) {
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
