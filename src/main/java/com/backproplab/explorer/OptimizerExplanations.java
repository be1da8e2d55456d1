package com.backproplab.explorer;

import static com.backproplab.explorer.Writing.at;

import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.ParameterUpdate;
import com.backproplab.math.StepTrace;
import com.backproplab.scenario.TableId;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The scalar computations of an optimizer's step for one element of a parameter p (a W or a b), table by
 * table, with the numbers of the step: g = dL/dp + λ·p, the buffers before and after, m̂, v̂, Nesterov's
 * direction, the update and p − update, e.g. {@code m ← β₁·m + (1 − β₁)·g = 0.9×0 + 0.1×0.0123 = 0.00123}.
 */
final class OptimizerExplanations {

    private final StepTrace t;
    private final Writing w;

    OptimizerExplanations(StepTrace t, Writing w) {
        this.t = t;
        this.w = w;
    }

    /** The cell (r, c) of {@code table}: an optimizer table of a W or b, or {@code dW_decay}; else empty. */
    Optional<String> explain(TableId table, int r, int c) {
        boolean gradient = table.kind() == TableId.Kind.DW || table.kind() == TableId.Kind.DB;
        if (gradient && table.variant() != TableId.Variant.DECAY) {
            return Optional.empty();
        }
        Element e = new Element(table, r, c);
        return switch (table.variant()) {
            case DECAY -> Optional.of(e.decayed());
            case OLD -> Optional.of(e.p + at(r, c) + " = " + w.n(e.value) + ", before step t = " + e.step + ".");
            case V, S, M -> Optional.of(e.before(table.variant()));
            case V_NEXT, S_NEXT, M_NEXT -> Optional.of(e.after(table.variant()));
            case M_HAT, V_HAT -> Optional.of(e.corrected(table.variant() == TableId.Variant.M_HAT));
            case DIRECTION -> Optional.of(e.direction());
            case UPDATE -> Optional.of(e.update());
            case NEXT -> Optional.of(e.next());
            default -> Optional.empty();
        };
    }

    /** One element of a parameter: its value, its gradient, its tables and its buffers before the step. */
    private final class Element {
        final String p;
        final String at;
        final double value;
        final double raw;
        final ParameterUpdate u;
        final int r;
        final int c;
        final int index;
        final int step;
        final Optimizer optimizer;
        final String g;

        Element(TableId table, int r, int c) {
            boolean bias = table.kind() == TableId.Kind.B || table.kind() == TableId.Kind.DB;
            int l = table.layer() - 1;
            this.p = TableId.parameter(bias, table.layer()).name();
            this.at = at(r, c);
            this.r = r;
            this.c = c;
            this.value = (bias ? t.network().bias(l) : t.network().weight(l)).getEntry(r, c);
            this.raw = (bias ? t.backward().db(l) : t.backward().dW(l)).getEntry(r, c);
            this.u = bias ? t.step().bias(l) : t.step().weight(l);
            this.index = 2 * l + (bias ? 1 : 0);
            this.step = t.step().before().t() + 1;
            this.optimizer = t.step().optimization().optimizer();
            this.g = decays() ? "g" + at : "d" + p + at;
        }

        private boolean decays() {
            return !p.startsWith("b") && t.step().optimization().weightDecay() > 0;
        }

        double of(RealMatrix m) {
            return m.getEntry(r, c);
        }

        double gValue() {
            return of(u.g());
        }

        String decayed() {
            double lambda = t.step().optimization().weightDecay();
            return "g" + at + " = d" + p + at + " + λ·" + p + at + " = " + w.n(raw) + " + " + w.n(lambda) + "×"
                    + w.p(value) + " = " + w.n(gValue());
        }

        /** The buffer {@code v} before the step, carried from the last one. */
        String before(TableId.Variant v) {
            OptimizerState before = t.step().before();
            boolean first = v == TableId.Variant.M || v == TableId.Variant.V && optimizer instanceof Optimizer.Momentum;
            RealMatrix shape = u.g();
            double b = of(first ? before.first(index, shape) : before.second(index, shape));
            String name = name(v);
            return before.t() == 0
                    ? name + at + " = " + w.n(b) + ": every buffer starts at 0, and this is step t = 1."
                    : name + at + " = " + w.n(b) + ", carried from step t = " + before.t() + ".";
        }

        /** The buffer {@code v} after the step, from its value before and g. */
        String after(TableId.Variant v) {
            OptimizerState before = t.step().before();
            RealMatrix shape = u.g();
            double gv = gValue();
            return switch (optimizer) {
                case Optimizer.Momentum m -> {
                    double old = of(before.first(index, shape));
                    yield "v" + at + " ← μ·v + " + g + " = " + w.n(m.momentum()) + "×" + w.p(old) + " + " + w.p(gv)
                            + " = " + w.n(of(u.firstNext().orElseThrow()));
                }
                case Optimizer.RmsProp rms -> {
                    double old = of(before.second(index, shape));
                    yield "s" + at + " ← ρ·s + (1 − ρ)·" + g + "² = " + w.n(rms.alpha()) + "×" + w.p(old) + " + "
                            + w.n(1 - rms.alpha()) + "×" + w.p(gv) + "² = "
                            + w.n(of(u.secondNext().orElseThrow()));
                }
                case Optimizer.Adam a
                when v == TableId.Variant.M_NEXT -> {
                    double old = of(before.first(index, shape));
                    yield "m" + at + " ← β₁·m + (1 − β₁)·" + g + " = " + w.n(a.beta1()) + "×" + w.p(old) + " + "
                            + w.n(1 - a.beta1()) + "×" + w.p(gv) + " = "
                            + w.n(of(u.firstNext().orElseThrow()));
                }
                case Optimizer.Adam a -> {
                    double old = of(before.second(index, shape));
                    yield "v" + at + " ← β₂·v + (1 − β₂)·" + g + "² = " + w.n(a.beta2()) + "×" + w.p(old) + " + "
                            + w.n(1 - a.beta2()) + "×" + w.p(gv) + "² = "
                            + w.n(of(u.secondNext().orElseThrow()));
                }
                case Optimizer.GradientDescent gd -> "";
            };
        }

        /** Adam's m̂ or v̂: the buffer after the step over 1 − βᵗ. */
        String corrected(boolean first) {
            Optimizer.Adam a = (Optimizer.Adam) optimizer;
            double beta = first ? a.beta1() : a.beta2();
            String name = first ? "m" : "v";
            String b = first ? "β₁" : "β₂";
            double buffer =
                    of(first ? u.firstNext().orElseThrow() : u.secondNext().orElseThrow());
            double hat = of(first ? u.firstHat().orElseThrow() : u.secondHat().orElseThrow());
            return name + "̂" + at + " = " + name + " / (1 − " + b + "^" + step + ") = " + w.p(buffer) + " / "
                    + w.n(1 - Math.pow(beta, step)) + " = " + w.n(hat);
        }

        /** Nesterov's direction g + μ·v, with v after the step. */
        String direction() {
            Optimizer.Momentum m = (Optimizer.Momentum) optimizer;
            return "direction" + at + " = " + g + " + μ·v = " + w.n(gValue()) + " + " + w.n(m.momentum()) + "×"
                    + w.p(of(u.firstNext().orElseThrow())) + " = "
                    + w.n(of(u.direction().orElseThrow()));
        }

        /** What the step subtracts, from the optimizer's own formula. */
        String update() {
            String alpha = w.n(t.learningRate());
            String result = " = " + w.n(of(u.update()));
            return "update" + at + " = "
                    + switch (optimizer) {
                        case Optimizer.GradientDescent gd -> "α·" + g + " = " + alpha + "×" + w.p(gValue()) + result;
                        case Optimizer.Momentum m
                        when m.nesterov() ->
                            "α·direction = " + alpha + "×"
                                    + w.p(of(u.direction().orElseThrow())) + result;
                        case Optimizer.Momentum m ->
                            "α·v = " + alpha + "×" + w.p(of(u.firstNext().orElseThrow())) + result;
                        case Optimizer.RmsProp rms ->
                            "α·" + g + " / (√s + ε) = " + alpha + "×" + w.p(gValue()) + " / (√"
                                    + w.p(of(u.secondNext().orElseThrow())) + " + " + w.n(rms.epsilon()) + ")" + result;
                        case Optimizer.Adam a ->
                            "α·m̂ / (√v̂ + ε) = " + alpha + "×"
                                    + w.p(of(u.firstHat().orElseThrow())) + " / (√"
                                    + w.p(of(u.secondHat().orElseThrow())) + " + " + w.n(a.epsilon()) + ")" + result;
                    };
        }

        /** The parameter after the step. */
        String next() {
            return p + "_next" + at + " = " + p + at + " − update" + at + " = " + w.n(value) + " − "
                    + w.p(of(u.update())) + " = " + w.n(of(u.next()));
        }

        private String name(TableId.Variant v) {
            return switch (v) {
                case S, S_NEXT -> "s";
                case M, M_NEXT -> "m";
                default -> "v";
            };
        }
    }
}
