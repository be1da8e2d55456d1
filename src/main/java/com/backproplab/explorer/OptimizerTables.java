package com.backproplab.explorer;

import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.ParameterUpdate;
import com.backproplab.math.StepTrace;
import com.backproplab.scenario.TableId;
import com.backproplab.scenario.TableId.Variant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The optimizer's step for each parameter, table by table: W_old, g with its decay term, the optimizer's
 * buffers before and after, Adam's m̂ and v̂, Nesterov's direction, the update and W_next = W − update.
 */
public final class OptimizerTables {

    private OptimizerTables() {}

    public static List<CardGroup> of(StepTrace t) {
        Optimization o = t.step().optimization();
        OptimizerState before = t.step().before();
        int step = before.t() + 1;
        String note = o.optimizer().id() + ", step t = " + step + " (state carried from t = " + before.t() + ")"
                + (t.rows().count() > 1
                        ? "; batch " + (t.rows().index() + 1) + " of "
                                + t.rows().count() + ": rows " + t.rows().from() + " to "
                                + (t.rows().to() - 1)
                        : "");
        List<CardGroup> groups = new ArrayList<>();
        for (int p = 0; p < t.step().parameters().size(); p++) {
            int layer = p / 2 + 1;
            boolean bias = p % 2 == 1;
            ParameterUpdate u = t.step().parameters().get(p);
            TableId id = TableId.parameter(bias, layer);
            String name = id.name();
            String tex = Tex.sub(bias ? "b" : "W", layer);
            RealMatrix old = bias ? t.network().bias(layer - 1) : t.network().weight(layer - 1);
            List<CardSpec> cards = new ArrayList<>();
            cards.add(CardSpec.shown(id.with(Variant.OLD), tex, name + " before the step", "The current values.", old));
            if (!bias && o.weightDecay() > 0) {
                cards.add(CardSpec.shown(
                        TableId.gradient(false, layer).with(Variant.DECAY),
                        "g = " + Tex.dL(tex) + " + \\lambda\\," + tex,
                        "g, the gradient of " + name + " with weight decay",
                        "dL/d" + name + " plus λ = " + n(o.weightDecay()) + " times " + name
                                + ": the gradient of the loss with its penalty (λ/2)·ΣW².",
                        u.g()));
            }
            String g = bias || o.weightDecay() == 0 ? Tex.dL(tex) : "g";
            buffers(cards, id, o.optimizer(), u, before, p, g, step);
            cards.add(CardSpec.shown(
                    id.with(Variant.UPDATE),
                    "\\text{update} = " + update(o.optimizer(), g),
                    "the update of " + name,
                    "What the step subtracts, with α = " + n(t.learningRate()) + ".",
                    u.update()));
            cards.add(CardSpec.shown(
                    id.with(Variant.NEXT),
                    tex + " - \\text{update}",
                    name + " after the step",
                    "What “Apply step” makes current.",
                    u.next()));
            groups.add(new CardGroup(name, p == 0 ? note : null, cards));
        }
        return groups;
    }

    private static void buffers(
            List<CardSpec> cards,
            TableId id,
            Optimizer optimizer,
            ParameterUpdate u,
            OptimizerState before,
            int p,
            String g,
            int t) {
        String name = id.name();
        switch (optimizer) {
            case Optimizer.GradientDescent gd -> {}
            case Optimizer.Momentum m -> {
                String mu = n(m.momentum());
                cards.add(buffer(
                        id,
                        Variant.V,
                        "v",
                        "v of " + name + " before the step",
                        "The velocity carried from the last step (0 before the first).",
                        before.first().get(p)));
                cards.add(buffer(
                        id,
                        Variant.V_NEXT,
                        "v \\leftarrow \\mu\\, v + " + g,
                        "v of " + name + " after",
                        "μ = " + mu + " times v, plus the gradient.",
                        u.firstNext().orElseThrow()));
                u.direction()
                        .ifPresent(d -> cards.add(buffer(
                                id,
                                Variant.DIRECTION,
                                g + " + \\mu\\, v",
                                "Nesterov's direction for " + name,
                                "Nesterov steps along the gradient plus μ·v.",
                                d)));
            }
            case Optimizer.RmsProp r -> {
                cards.add(buffer(
                        id,
                        Variant.S,
                        "s",
                        "s of " + name + " before the step",
                        "The running mean of squared gradients (0 before the first step).",
                        before.second().get(p)));
                cards.add(buffer(
                        id,
                        Variant.S_NEXT,
                        "s \\leftarrow \\rho\\, s + (1-\\rho)\\, (" + g + ")^2",
                        "s of " + name + " after",
                        "ρ = " + n(r.alpha()) + ".",
                        u.secondNext().orElseThrow()));
            }
            case Optimizer.Adam a -> {
                cards.add(buffer(
                        id,
                        Variant.M,
                        "m",
                        "m of " + name + " before the step",
                        "The running mean of gradients (0 before the first step).",
                        before.first().get(p)));
                cards.add(buffer(
                        id,
                        Variant.M_NEXT,
                        "m \\leftarrow \\beta_1 m + (1-\\beta_1)\\, " + g,
                        "m of " + name + " after",
                        "β₁ = " + n(a.beta1()) + ".",
                        u.firstNext().orElseThrow()));
                cards.add(buffer(
                        id,
                        Variant.V,
                        "v",
                        "v of " + name + " before the step",
                        "The running mean of squared gradients (0 before the first step).",
                        before.second().get(p)));
                cards.add(buffer(
                        id,
                        Variant.V_NEXT,
                        "v \\leftarrow \\beta_2 v + (1-\\beta_2)\\, (" + g + ")^2",
                        "v of " + name + " after",
                        "β₂ = " + n(a.beta2()) + ".",
                        u.secondNext().orElseThrow()));
                cards.add(buffer(
                        id,
                        Variant.M_HAT,
                        "\\hat m = m / (1-\\beta_1^{" + t + "})",
                        "m̂ of " + name,
                        "Bias correction at t = " + t + ": 1 − β₁ᵗ = " + n(1 - Math.pow(a.beta1(), t)) + ".",
                        u.firstHat().orElseThrow()));
                cards.add(buffer(
                        id,
                        Variant.V_HAT,
                        "\\hat v = v / (1-\\beta_2^{" + t + "})",
                        "v̂ of " + name,
                        "Bias correction at t = " + t + ": 1 − β₂ᵗ = " + n(1 - Math.pow(a.beta2(), t)) + ".",
                        u.secondHat().orElseThrow()));
            }
        }
    }

    private static CardSpec buffer(TableId id, Variant v, String tex, String label, String explanation, RealMatrix m) {
        return CardSpec.shown(id.with(v), tex, label, explanation, m);
    }

    private static String update(Optimizer optimizer, String g) {
        return switch (optimizer) {
            case Optimizer.GradientDescent gd -> "\\alpha\\, " + g;
            case Optimizer.Momentum m -> m.nesterov() ? "\\alpha\\, (" + g + " + \\mu\\, v)" : "\\alpha\\, v";
            case Optimizer.RmsProp r -> "\\alpha\\, " + g + " / (\\sqrt{s} + \\epsilon)";
            case Optimizer.Adam a -> "\\alpha\\, \\hat m / (\\sqrt{\\hat v} + \\epsilon)";
        };
    }

    private static String n(double v) {
        return Numbers.format(v, 6);
    }
}
