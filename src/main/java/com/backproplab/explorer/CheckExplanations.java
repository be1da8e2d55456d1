package com.backproplab.explorer;

import static com.backproplab.explorer.Writing.at;

import com.backproplab.math.GradientCheck;
import com.backproplab.scenario.TableId;
import java.util.List;

/** The gradient check of one element, with the numbers the check itself computed (never computed again). */
final class CheckExplanations {

    private final List<GradientCheck.MatrixCheck> checks;
    private final Writing w;

    CheckExplanations(List<GradientCheck.MatrixCheck> checks, Writing w) {
        this.checks = checks;
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
        if (variant == TableId.Variant.NUMERIC) {
            return "numeric dL/d" + p + at(r, c) + " = (8(L(w+h) − L(w−h)) − (L(w+2h) − L(w−2h)))/12h with h = "
                    + w.n(GradientCheck.STEP) + " = " + w.n(numeric) + ";  analytic " + w.n(analytic);
        }
        return "relative error" + at(r, c) + " = |a − n|/max(|a|,|n|) = |" + w.n(analytic) + " − " + w.p(numeric)
                + "|/" + w.n(Math.max(Math.abs(analytic), Math.abs(numeric))) + " = "
                + w.n(check.relativeError().getEntry(r, c));
    }
}
