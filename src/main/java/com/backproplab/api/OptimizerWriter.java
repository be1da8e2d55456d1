package com.backproplab.api;

import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.ParameterUpdate;
import com.backproplab.math.StepTrace;
import com.backproplab.math.Training;
import com.backproplab.scenario.OptimizerStateJson;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.core.JsonGenerator;

/** The optimizer's fields of the answers of {@code /backprop} and {@code /train}, when a request names one. */
final class OptimizerWriter {

    private OptimizerWriter() {}

    /** {@code batch}, {@code penalty}, {@code optimizer}, {@code optimizerTables} and the next {@code optimizerState}. */
    static void step(JsonGenerator out, StepTrace t) {
        Optimization o = t.step().optimization();
        out.writeName("batch");
        out.writeStartObject();
        out.writeNumberProperty("index", t.rows().index());
        out.writeNumberProperty("count", t.rows().count());
        out.writeNumberProperty("from", t.rows().from());
        out.writeNumberProperty("to", t.rows().to());
        out.writeEndObject();
        out.writeName("penalty");
        JsonWriter.number(out, t.penalty());
        out.writeName("lossWithPenalty");
        JsonWriter.number(out, t.loss());
        settings(out, o);
        out.writeName("optimizerTables");
        out.writeStartArray();
        List<String> names = OptimizerStateJson.bufferNames(o.optimizer());
        for (int p = 0; p < t.step().parameters().size(); p++) {
            int l = p / 2;
            boolean bias = p % 2 == 1;
            ParameterUpdate u = t.step().parameters().get(p);
            out.writeStartObject();
            out.writeStringProperty("parameter", (bias ? "b" : "W") + (l + 1));
            JsonWriter.field(
                    out, "gradient", bias ? t.backward().db(l) : t.backward().dW(l));
            JsonWriter.field(out, "g", u.g());
            OptimizerState before = t.step().before();
            if (o.optimizer().hasFirst()) {
                JsonWriter.field(out, names.getFirst(), buffer(before.first(), p, u.g()));
                JsonWriter.field(out, names.getFirst() + "Next", u.firstNext());
            }
            if (o.optimizer().hasSecond()) {
                JsonWriter.field(out, names.getLast(), buffer(before.second(), p, u.g()));
                JsonWriter.field(out, names.getLast() + "Next", u.secondNext());
            }
            if (u.direction().isPresent()) {
                JsonWriter.field(out, "direction", u.direction());
            }
            if (u.firstHat().isPresent()) {
                JsonWriter.field(out, "mHat", u.firstHat());
                JsonWriter.field(out, "vHat", u.secondHat());
            }
            JsonWriter.field(out, "update", u.update());
            JsonWriter.field(out, "next", u.next());
            out.writeEndObject();
        }
        out.writeEndArray();
        state(out, t.step().after(), o.optimizer());
    }

    private static RealMatrix buffer(List<RealMatrix> buffers, int p, RealMatrix shape) {
        return buffers.isEmpty() ? shape.scalarMultiply(0) : buffers.get(p);
    }

    /** The answer of {@code /train} with an optimizer: as without, plus the epoch losses and the state. */
    static void training(JsonGenerator out, Training.OptimizedResult run, Optimization o) {
        out.writeStartObject();
        out.writeName("lossHistory");
        JsonWriter.vector(out, run.result().lossHistory());
        JsonWriter.parameters(out, run.result().network());
        out.writeName("epochLoss");
        out.writeStartObject();
        out.writeName("steps");
        out.writeStartArray();
        for (int s : run.epochStep()) {
            out.writeNumber(s);
        }
        out.writeEndArray();
        out.writeName("loss");
        JsonWriter.vector(out, run.epochLoss());
        out.writeEndObject();
        settings(out, o);
        state(out, run.state(), o.optimizer());
        out.writeEndObject();
    }

    private static void settings(JsonGenerator out, Optimization o) {
        out.writeName("optimizer");
        out.writeStartObject();
        out.writeStringProperty("name", o.optimizer().id());
        switch (o.optimizer()) {
            case Optimizer.GradientDescent g -> {}
            case Optimizer.Momentum m -> {
                out.writeNumberProperty("momentum", m.momentum());
                out.writeBooleanProperty("nesterov", m.nesterov());
            }
            case Optimizer.RmsProp r -> {
                out.writeNumberProperty("alpha", r.alpha());
                out.writeNumberProperty("epsilon", r.epsilon());
            }
            case Optimizer.Adam a -> {
                out.writeNumberProperty("beta1", a.beta1());
                out.writeNumberProperty("beta2", a.beta2());
                out.writeNumberProperty("epsilon", a.epsilon());
            }
        }
        out.writeNumberProperty("weightDecay", o.weightDecay());
        out.writeNumberProperty("batchSize", o.batchSize());
        out.writeEndObject();
    }

    private static void state(JsonGenerator out, OptimizerState state, Optimizer optimizer) {
        out.writeName("optimizerState");
        out.writePOJO(OptimizerStateJson.write(state, optimizer));
    }
}
