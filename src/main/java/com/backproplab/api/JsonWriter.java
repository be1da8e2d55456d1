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
        ArrayNode list = out.putArray("matrices");
        for (GradientCheck.MatrixCheck c : checks) {
            ObjectNode m = list.addObject();
            m.put("name", c.name());
            m.set("maxRelativeError", number(c.maxRelativeError()));
            m.put("verdict", c.verdict().name().toLowerCase(java.util.Locale.ROOT));
            m.set("numeric", matrix(c.numeric()));
            m.set("relativeError", matrix(c.relativeError()));
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
