package com.backproplab.explorer;

import static com.backproplab.explorer.Writing.at;

import com.backproplab.math.GradientCheck;
import com.backproplab.math.HiddenActivation;
import com.backproplab.scenario.TableId;
import java.util.List;

/**
 * The gradient check of one element, with the numbers the check itself computed (never computed again):
 * the difference or the relative error, then which verdict applies and why.
 */
final class CheckExplanations {

    private final List<GradientCheck.MatrixCheck> checks;
    private final HiddenActivation hidden;
    private final Writing w;

    CheckExplanations(List<GradientCheck.MatrixCheck> checks, HiddenActivation hidden, Writing w) {
        this.checks = checks;
        this.hidden = hidden;
        this.w = w;
    }

    /** The cell (r, c) of a {@code dW…_numeric} or {@code dW…_error} table (or db). */
    String explain(TableId table, int r, int c) {
        boolean bias = table.kind() == TableId.Kind.DB;
        String p = TableId.parameter(bias, table.layer()).name();
        return checks.stream()
                .filter(check -> check.bias() == bias && check.layer() == table.layer() - 1)
                .findFirst()
                .map(check -> explain(check, table.variant(), r, c))
                .orElse("The gradient check of " + p + " is not ready: it runs in the background, or this network"
                        + " is too large to check on every edit.");
    }

    private String explain(GradientCheck.MatrixCheck check, TableId.Variant variant, int r, int c) {
        double analytic = check.analytic().getEntry(r, c);
        double numeric = check.numeric().getEntry(r, c);
        String p = check.name();
        String computed = variant == TableId.Variant.NUMERIC
                ? "numeric dL/d" + p + at(r, c) + " = (8(L(w+h) − L(w−h)) − (L(w+2h) − L(w−2h)))/12h with h = "
                        + w.n(GradientCheck.STEP) + " = " + w.n(numeric) + ";  analytic " + w.n(analytic)
                : "relative error" + at(r, c) + " = |a − n|/max(|a|,|n|) = |" + w.n(analytic) + " − " + w.p(numeric)
                        + "|/" + w.n(Math.max(Math.abs(analytic), Math.abs(numeric))) + " = "
                        + w.n(check.relativeError().getEntry(r, c));
        return computed + ".  " + verdict(check, check.cell(r, c), analytic, numeric);
    }

    private String verdict(GradientCheck.MatrixCheck check, GradientCheck.Cell cell, double a, double n) {
        String tau = "the rounding noise τ = 10·ε·max(|L|, 1)/h = " + w.n(check.noiseTolerance());
        return switch (cell.verdict()) {
            case KINK -> cell.kink().map(k -> kink(k, a)).orElse("");
            case BELOW_NOISE ->
                "Below noise: |a| = " + w.n(Math.abs(a)) + " and |n| = " + w.n(Math.abs(n)) + " both lie within " + tau
                        + " of the difference: both are zero to within it, so they agree.";
            case FINE, SUSPICIOUS, WRONG ->
                verdictName(cell.verdict()) + ": beyond " + tau + ", the error is max(0, |a − n| − τ)/max(|a|,|n|) = "
                        + w.n(cell.error()) + ", " + range(cell.verdict());
        };
    }

    private String kink(GradientCheck.Kink k, double a) {
        String z = k.name();
        int more = k.crossings() - 1;
        String others = more == 0 ? "" : " (" + more + " more Z " + (more == 1 ? "crosses" : "cross") + " 0 there too)";
        String where = k.z() == 0
                ? " lies on the kink of " + activationName()
                : " is within the stencil's reach of 0, where " + activationName() + " has its kink";
        String text = "Kink: not differentiable here: " + z + " = " + w.n(k.z()) + where + ": it is " + w.n(k.zBelow())
                + " at w − 2h and " + w.n(k.zAbove()) + " at w + 2h" + others + ". The central difference spans the"
                + " kink, so it does not estimate the derivative and is not compared.";
        return text
                + k.oneSided()
                        .map(o -> " From " + (o.fromAbove() ? "above" : "below")
                                + ", where no Z crosses, the one-sided "
                                + (o.fromAbove() ? "(−3L(w) + 4L(w+h) − L(w+2h))/2h" : "(3L(w) − 4L(w−h) + L(w−2h))/2h")
                                + " = " + w.n(o.value()) + " against analytic " + w.n(a) + ": relative error "
                                + w.n(GradientCheck.relativeError(a, o.value())) + ".")
                        .orElse(" Z crosses 0 on both sides of w, so no one-sided difference avoids it either.");
    }

    private String activationName() {
        return hidden == HiddenActivation.LEAKY_RELU ? "leaky ReLU" : "ReLU";
    }

    private static String verdictName(GradientCheck.Verdict v) {
        return switch (v) {
            case FINE -> "Fine";
            case SUSPICIOUS -> "Suspicious";
            default -> "Wrong";
        };
    }

    private static String range(GradientCheck.Verdict v) {
        return switch (v) {
            case FINE -> "below 1e−5.";
            case SUSPICIOUS -> "between 1e−5 and 1e−2: a loss too flat or too curved to difference well.";
            default -> "1e−2 or more: the analytic gradient disagrees with the loss.";
        };
    }
}
