package com.backproplab.api;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.math.LayerGradients;
import com.backproplab.math.Network;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes traces as the JSON of {@code /api/v1}: every matrix a list of rows, and the numbers that are not
 * finite as the strings "Infinity", "-Infinity" and "NaN".
 */
final class JsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonWriter() {}

    static ObjectNode trace(BackpropTrace t, List<GradientCheck.MatrixCheck> checks, String checkSkipped) {
        ObjectNode out = NODES.objectNode();
        out.set("loss", number(t.forward().loss()));
        out.set("lossPerSample", vector(t.forward().lossPerSample()));
        ArrayNode layers = out.putArray("layers");
        for (int l = 0; l < t.network().architecture().depth(); l++) {
            LayerGradients g = t.backward().layers().get(l);
            ObjectNode layer = layers.addObject();
            layer.set("z", matrix(t.forward().z().get(l)));
            layer.set("a", matrix(t.forward().a().get(l)));
            layer.set("dA", matrix(g.dA()));
            layer.set("dZ", matrix(g.dZ()));
            layer.set("dW", matrix(g.dW()));
            layer.set("db", matrix(g.db()));
            layer.set(
                    "activationDerivative",
                    g.activationDerivative().map(JsonWriter::matrix).orElse(NODES.nullNode()));
        }
        if (!t.backward().softmaxJacobians().isEmpty()) {
            out.set("softmaxJacobians", matrices(t.backward().softmaxJacobians()));
        }
        ObjectNode routes = out.putObject("outputGradient");
        routes.set("chain", matrix(t.backward().dZChain()));
        routes.set("fused", t.backward().dZFused().map(JsonWriter::matrix).orElse(NODES.nullNode()));
        routes.set(
                "maxAbsDifference",
                t.backward().routesMaxDifference().map(JsonWriter::number).orElse(NODES.nullNode()));
        out.set("next", parameters(t.next()));
        out.set("gradientCheck", gradientCheck(checks, checkSkipped));
        return out;
    }

    static ObjectNode training(double[] lossHistory, Network network) {
        ObjectNode out = NODES.objectNode();
        out.set("lossHistory", vector(lossHistory));
        out.setAll(parameters(network));
        return out;
    }

    private static ObjectNode parameters(Network network) {
        ObjectNode out = NODES.objectNode();
        out.set("weights", matrices(network.weights()));
        out.set("biases", matrices(network.biases()));
        return out;
    }

    private static ObjectNode gradientCheck(List<GradientCheck.MatrixCheck> checks, String skipped) {
        ObjectNode out = NODES.objectNode();
        if (checks == null) {
            out.put("skipped", skipped);
            return out;
        }
        out.put("method", "fourth-order central differences");
        out.put("step", GradientCheck.STEP);
        checks.stream().findFirst().ifPresent(c -> out.set("noiseTolerance", number(c.noiseTolerance())));
        ArrayNode list = out.putArray("matrices");
        for (GradientCheck.MatrixCheck c : checks) {
            ObjectNode m = list.addObject();
            m.put("name", c.name());
            m.set("maxRelativeError", number(c.maxRelativeError()));
            m.put("verdict", c.verdict().id());
            m.set("numeric", matrix(c.numeric()));
            m.set("relativeError", matrix(c.relativeError()));
            m.set("maxError", number(c.maxError()));
            m.put("belowNoise", c.count(GradientCheck.Verdict.BELOW_NOISE));
            m.set("cells", cellVerdicts(c));
            m.set("kinks", kinks(c));
        }
        return out;
    }

    /** The verdict of every element, as rows: fine, below_noise, kink, suspicious or wrong. */
    private static ArrayNode cellVerdicts(GradientCheck.MatrixCheck c) {
        ArrayNode rows = NODES.arrayNode();
        for (int r = 0; r < c.analytic().getRowDimension(); r++) {
            ArrayNode row = rows.addArray();
            for (int col = 0; col < c.analytic().getColumnDimension(); col++) {
                row.add(c.cell(r, col).verdict().id());
            }
        }
        return rows;
    }

    /** Each element whose stencil crosses a kink, with the Z that crosses and the one-sided difference. */
    private static ArrayNode kinks(GradientCheck.MatrixCheck c) {
        ArrayNode out = NODES.arrayNode();
        int cols = c.analytic().getColumnDimension();
        for (int i = 0; i < c.cells().size(); i++) {
            int row = i / cols;
            int col = i % cols;
            c.cells().get(i).kink().ifPresent(k -> {
                ObjectNode o = out.addObject();
                o.put("row", row);
                o.put("col", col);
                o.put("z", k.name());
                o.set("value", number(k.z()));
                o.set("below", number(k.zBelow()));
                o.set("above", number(k.zAbove()));
                o.put("crossings", k.crossings());
                o.set(
                        "oneSided",
                        k.oneSided()
                                .<JsonNode>map(s -> {
                                    ObjectNode one = NODES.objectNode();
                                    one.put("from", s.fromAbove() ? "above" : "below");
                                    one.set("value", number(s.value()));
                                    return one;
                                })
                                .orElse(NODES.nullNode()));
            });
        }
        return out;
    }

    static ArrayNode matrices(List<RealMatrix> list) {
        ArrayNode out = NODES.arrayNode();
        list.forEach(m -> out.add(matrix(m)));
        return out;
    }

    static JsonNode matrix(RealMatrix m) {
        ArrayNode out = NODES.arrayNode();
        for (double[] row : m.getData()) {
            out.add(vector(row));
        }
        return out;
    }

    static ArrayNode vector(double[] values) {
        ArrayNode out = NODES.arrayNode();
        for (double v : values) {
            out.add(number(v));
        }
        return out;
    }

    static JsonNode number(double v) {
        return Double.isFinite(v) ? NODES.numberNode(v) : NODES.stringNode(Double.toString(v));
    }
}
