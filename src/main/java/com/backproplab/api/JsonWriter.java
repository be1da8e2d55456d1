package com.backproplab.api;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.math.LayerGradients;
import com.backproplab.math.Network;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the answers of {@code /api/v1} straight to the response as they are produced, so that an answer
 * costs no memory beyond the trace it is written from: every matrix a list of rows, and the numbers that are
 * not finite as the strings "Infinity", "-Infinity" and "NaN".
 */
final class JsonWriter {

    private JsonWriter() {}

    /**
     * The answer of {@code /backprop}.
     *
     * @param checks the gradient check, or null when it was skipped for {@code checkSkipped}
     * @param jacobiansSkipped why the softmax Jacobians are left out, or null (they are in the trace, or the
     *     output is not a softmax)
     */
    static void trace(
            JsonGenerator out,
            BackpropTrace t,
            List<GradientCheck.MatrixCheck> checks,
            String checkSkipped,
            String jacobiansSkipped) {
        trace(out, t, checks, checkSkipped, jacobiansSkipped, () -> {});
    }

    /** As above, with {@code more} writing further fields before the object closes. */
    static void trace(
            JsonGenerator out,
            BackpropTrace t,
            List<GradientCheck.MatrixCheck> checks,
            String checkSkipped,
            String jacobiansSkipped,
            Runnable more) {
        out.writeStartObject();
        out.writeName("loss");
        number(out, t.forward().loss());
        out.writeName("lossPerSample");
        vector(out, t.forward().lossPerSample());
        out.writeName("layers");
        out.writeStartArray();
        for (int l = 0; l < t.network().architecture().depth(); l++) {
            LayerGradients g = t.backward().layers().get(l);
            out.writeStartObject();
            field(out, "z", t.forward().z().get(l));
            field(out, "a", t.forward().a().get(l));
            field(out, "dA", g.dA());
            field(out, "dZ", g.dZ());
            field(out, "dW", g.dW());
            field(out, "db", g.db());
            field(out, "activationDerivative", g.activationDerivative());
            out.writeEndObject();
        }
        out.writeEndArray();
        if (jacobiansSkipped != null) {
            out.writeName("softmaxJacobians");
            out.writeStartObject();
            out.writeName("skipped");
            out.writeString(jacobiansSkipped);
            out.writeEndObject();
        } else if (!t.backward().softmaxJacobians().isEmpty()) {
            out.writeName("softmaxJacobians");
            matrices(out, t.backward().softmaxJacobians());
        }
        out.writeName("outputGradient");
        out.writeStartObject();
        field(out, "chain", t.backward().dZChain());
        field(out, "fused", t.backward().dZFused());
        out.writeName("maxAbsDifference");
        Optional<Double> difference = t.backward().routesMaxDifference();
        if (difference.isPresent()) {
            number(out, difference.get());
        } else {
            out.writeNull();
        }
        out.writeEndObject();
        out.writeName("next");
        out.writeStartObject();
        parameters(out, t.next());
        out.writeEndObject();
        out.writeName("gradientCheck");
        gradientCheck(out, checks, checkSkipped);
        more.run();
        out.writeEndObject();
    }

    /** The answer of {@code /train}: the loss history and the final parameters. */
    static void training(JsonGenerator out, double[] lossHistory, Network network) {
        out.writeStartObject();
        out.writeName("lossHistory");
        vector(out, lossHistory);
        parameters(out, network);
        out.writeEndObject();
    }

    static void parameters(JsonGenerator out, Network network) {
        out.writeName("weights");
        matrices(out, network.weights());
        out.writeName("biases");
        matrices(out, network.biases());
    }

    private static void gradientCheck(JsonGenerator out, List<GradientCheck.MatrixCheck> checks, String skipped) {
        out.writeStartObject();
        if (checks == null) {
            out.writeName("skipped");
            out.writeString(skipped);
            out.writeEndObject();
            return;
        }
        out.writeName("method");
        out.writeString("fourth-order central differences");
        out.writeName("step");
        out.writeNumber(GradientCheck.STEP);
        if (!checks.isEmpty()) {
            out.writeName("noiseTolerance");
            number(out, checks.getFirst().noiseTolerance());
        }
        out.writeName("matrices");
        out.writeStartArray();
        for (GradientCheck.MatrixCheck c : checks) {
            out.writeStartObject();
            out.writeName("name");
            out.writeString(c.name());
            out.writeName("maxRelativeError");
            number(out, c.maxRelativeError());
            out.writeName("verdict");
            out.writeString(c.verdict().id());
            field(out, "numeric", c.numeric());
            field(out, "relativeError", c.relativeError());
            out.writeName("maxError");
            number(out, c.maxError());
            out.writeName("belowNoise");
            out.writeNumber(c.count(GradientCheck.Verdict.BELOW_NOISE));
            out.writeName("cells");
            cellVerdicts(out, c);
            out.writeName("kinks");
            kinks(out, c);
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** The verdict of every element, as rows: fine, below_noise, kink, suspicious or wrong. */
    private static void cellVerdicts(JsonGenerator out, GradientCheck.MatrixCheck c) {
        out.writeStartArray();
        for (int r = 0; r < c.analytic().getRowDimension(); r++) {
            out.writeStartArray();
            for (int col = 0; col < c.analytic().getColumnDimension(); col++) {
                out.writeString(c.cell(r, col).verdict().id());
            }
            out.writeEndArray();
        }
        out.writeEndArray();
    }

    /** Each element whose stencil crosses a kink, with the Z that crosses and the one-sided difference. */
    private static void kinks(JsonGenerator out, GradientCheck.MatrixCheck c) {
        out.writeStartArray();
        int cols = c.analytic().getColumnDimension();
        for (int i = 0; i < c.cells().size(); i++) {
            int row = i / cols;
            int col = i % cols;
            var kink = c.cells().get(i).kink();
            if (kink.isEmpty()) {
                continue;
            }
            var k = kink.get();
            out.writeStartObject();
            out.writeName("row");
            out.writeNumber(row);
            out.writeName("col");
            out.writeNumber(col);
            out.writeName("z");
            out.writeString(k.name());
            out.writeName("value");
            number(out, k.z());
            out.writeName("below");
            number(out, k.zBelow());
            out.writeName("above");
            number(out, k.zAbove());
            out.writeName("crossings");
            out.writeNumber(k.crossings());
            out.writeName("oneSided");
            if (k.oneSided().isPresent()) {
                var one = k.oneSided().get();
                out.writeStartObject();
                out.writeName("from");
                out.writeString(one.fromAbove() ? "above" : "below");
                out.writeName("value");
                number(out, one.value());
                out.writeEndObject();
            } else {
                out.writeNull();
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    static void field(JsonGenerator out, String name, RealMatrix m) {
        out.writeName(name);
        matrix(out, m);
    }

    static void field(JsonGenerator out, String name, Optional<RealMatrix> m) {
        out.writeName(name);
        if (m.isPresent()) {
            matrix(out, m.get());
        } else {
            out.writeNull();
        }
    }

    static void matrices(JsonGenerator out, List<RealMatrix> list) {
        out.writeStartArray();
        list.forEach(m -> matrix(out, m));
        out.writeEndArray();
    }

    static void matrix(JsonGenerator out, RealMatrix m) {
        out.writeStartArray();
        for (int i = 0; i < m.getRowDimension(); i++) {
            out.writeStartArray();
            for (int j = 0; j < m.getColumnDimension(); j++) {
                number(out, m.getEntry(i, j));
            }
            out.writeEndArray();
        }
        out.writeEndArray();
    }

    static void vector(JsonGenerator out, double[] values) {
        out.writeStartArray();
        for (double v : values) {
            number(out, v);
        }
        out.writeEndArray();
    }

    static void number(JsonGenerator out, double v) {
        if (Double.isFinite(v)) {
            out.writeNumber(v);
        } else {
            out.writeString(Double.toString(v));
        }
    }
}
