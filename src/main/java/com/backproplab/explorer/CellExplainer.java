package com.backproplab.explorer;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.math.Optimization;
import com.backproplab.math.StepTrace;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.TableId;
import com.backproplab.scenario.TableShape;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The scalar computation behind one cell of any table, with the numbers the engine produced, e.g.
 * {@code dW2[1,0] = Σ_k A1[k,1]·dZ2[k,0] = 0.10137×(−0.25019) + 0.04953×0.24994 = −0.012983}.
 */
public final class CellExplainer {

    private CellExplainer() {}

    /**
     * The explanation of {@code cell} on the page of {@code s}, whose step is {@code step}: X and Y of every
     * sample (with the mini-batch the step uses), the optimizer's tables when the step is not plain gradient
     * descent, and every other table of the step's batch as {@link #explain(BackpropTrace, List, CellRef, int)}
     * does.
     */
    public static String explain(
            Scenario s, StepTrace step, List<GradientCheck.MatrixCheck> checks, CellRef cell, int digits) {
        TableId table = cell.table();
        boolean input = table.equals(TableId.X) || table.equals(TableId.Y);
        Optimization.Rows rows = step.rows();
        if (input && rows.count() > 1) {
            if (!TableShape.contains(s, cell)) {
                return "";
            }
            boolean inBatch = cell.row() >= rows.from() && cell.row() < rows.to();
            String batch = "batch " + (rows.index() + 1) + " of " + rows.count() + " (rows " + rows.from() + " to "
                    + (rows.to() - 1) + ")";
            boolean labels = table.equals(TableId.Y);
            RealMatrix m = labels ? s.batch().y() : s.batch().x();
            return ForwardExplanations.input(new Writing(digits), m, labels, cell.row(), cell.col())
                    + (inBatch ? "; this step uses it, in " : "; this step does not use it: it takes ") + batch
                    + ".";
        }
        if (!input && !step.step().optimization().equals(Optimization.PLAIN) && TableShape.contains(s, cell)) {
            Optional<String> text =
                    new OptimizerExplanations(step, new Writing(digits)).explain(table, cell.row(), cell.col());
            if (text.isPresent()) {
                return text.get();
            }
        }
        return explain(step.trace(), checks, cell, digits);
    }

    /**
     * The explanation of {@code cell} in {@code trace}, or an empty string for a cell the trace does not
     * have; cells of the gradient check read {@code checks} (empty while the check has not run).
     */
    public static String explain(
            BackpropTrace trace, List<GradientCheck.MatrixCheck> checks, CellRef cell, int digits) {
        Scenario s = new Scenario(trace.network(), trace.batch(), trace.learningRate());
        if (!TableShape.contains(s, cell)) {
            return "";
        }
        Writing w = new Writing(digits);
        TableId table = cell.table();
        int l = table.layer() - 1;
        int r = cell.row();
        int c = cell.col();
        ForwardExplanations forward = new ForwardExplanations(trace, w);
        BackwardExplanations backward = new BackwardExplanations(trace, w);
        return switch (table.kind()) {
            case X -> forward.input(false, r, c);
            case Y -> forward.input(true, r, c);
            case LOSS -> forward.loss(r);
            case Z -> forward.z(l, r, c);
            case A -> table.variant() == TableId.Variant.TRANSPOSED ? backward.transposed(l, r, c) : forward.a(l, r, c);
            case W, B -> new StepExplanations(trace, w).explain(table, r, c);
            case DA -> backward.dA(l, r, c);
            case JACOBIAN -> backward.jacobian(l, table.sample(), r, c);
            case DZ -> table.variant() == TableId.Variant.CHAIN ? backward.dZChain(l, r, c) : backward.dZ(l, r, c);
            case FPRIME -> backward.fPrime(l, r, c);
            case DW, DB ->
                table.variant() == TableId.Variant.NONE
                        ? backward.gradient(table.kind() == TableId.Kind.DB, l, r, c)
                        : table.variant() == TableId.Variant.DECAY
                                ? ""
                                : new CheckExplanations(
                                                checks,
                                                trace.network().architecture().hidden(),
                                                w)
                                        .explain(table, r, c);
        };
    }
}
