package com.backproplab.explorer;

import com.backproplab.math.BackpropTrace;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/** The gradient-descent step for each parameter: W_old, −α·dW and W_new side by side. */
public final class StepTables {

    private StepTables() {}

    public static List<CardGroup> of(BackpropTrace t) {
        List<CardGroup> groups = new ArrayList<>();
        String alpha = Numbers.format(t.learningRate(), 6);
        for (int l = 0; l < t.network().architecture().depth(); l++) {
            for (boolean bias : new boolean[] {false, true}) {
                TableId id = TableId.parameter(bias, l + 1);
                String p = id.name();
                String tex = Tex.sub(bias ? "b" : "W", l + 1);
                RealMatrix old = bias ? t.network().bias(l) : t.network().weight(l);
                RealMatrix grad = bias ? t.backward().db(l) : t.backward().dW(l);
                RealMatrix next = bias ? t.next().bias(l) : t.next().weight(l);
                groups.add(new CardGroup(
                        p,
                        null,
                        List.of(
                                CardSpec.shown(
                                        id.with(TableId.Variant.OLD),
                                        tex,
                                        p + " before the step",
                                        "The current values.",
                                        old),
                                CardSpec.shown(
                                        id.with(TableId.Variant.STEP),
                                        "-\\alpha\\," + Tex.dL(tex),
                                        "minus alpha times dL/d" + p,
                                        "The step: α = " + alpha + " times the gradient, against its direction.",
                                        grad.scalarMultiply(-t.learningRate())),
                                CardSpec.shown(
                                        id.with(TableId.Variant.NEXT),
                                        tex + " - \\alpha\\," + Tex.dL(tex),
                                        p + " after the step",
                                        "What “Apply step” makes current.",
                                        next))));
            }
        }
        return groups;
    }
}
