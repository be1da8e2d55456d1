package com.backproplab.explorer;

import static com.backproplab.explorer.Writing.at;

import com.backproplab.math.BackpropTrace;
import com.backproplab.scenario.TableId;

/** The scalar computations of the step for one parameter element: its value, −α·dL/dp and p − α·dL/dp. */
final class StepExplanations {

    private final BackpropTrace t;
    private final Writing w;

    StepExplanations(BackpropTrace t, Writing w) {
        this.t = t;
        this.w = w;
    }

    /** The cell (r, c) of {@code table}, a W or b table in any variant. */
    String explain(TableId table, int r, int c) {
        boolean bias = table.kind() == TableId.Kind.B;
        int l = table.layer() - 1;
        String p = TableId.parameter(bias, table.layer()).name();
        String g = "d" + p;
        double value = (bias ? t.network().bias(l) : t.network().weight(l)).getEntry(r, c);
        double d = (bias ? t.backward().db(l) : t.backward().dW(l)).getEntry(r, c);
        double next = (bias ? t.next().bias(l) : t.next().weight(l)).getEntry(r, c);
        String at = at(r, c);
        String alpha = w.n(t.learningRate());
        return switch (table.variant()) {
            case STEP -> "−α·" + g + at + " = −" + alpha + "×" + w.p(d) + " = " + w.n(-t.learningRate() * d);
            case NEXT ->
                p + "_next" + at + " = " + p + at + " − α·" + g + at + " = " + w.n(value) + " − " + alpha + "×" + w.p(d)
                        + " = " + w.n(next);
            default ->
                p + at + " = " + w.n(value) + ";  dL/d" + p + at + " = " + w.n(d) + ";  after one step: " + w.n(next);
        };
    }
}
