package com.backproplab.scenario;

import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/** Changes to a scenario, each returning a new scenario: a cell, a size, a choice of function, α. */
public final class ScenarioEditor {

    private ScenarioEditor() {}

    /** The editable matrix X, Y, W_l or b_l; fails for any other table or a layer it does not have. */
    public static RealMatrix matrix(Scenario s, TableId table) {
        requireEditable(s, table);
        return switch (table.kind()) {
            case X -> s.batch().x();
            case Y -> s.batch().y();
            case W -> s.network().weight(table.layer() - 1);
            default -> s.network().bias(table.layer() - 1);
        };
    }

    /** Whether {@code table} is an editable matrix of this scenario. */
    public static boolean isEditable(Scenario s, TableId table) {
        return table.editable()
                && (table.layer() == 0
                        || table.layer() <= s.network().architecture().depth());
    }

    /** The scenario with {@code table[r][c]} set to {@code value}. */
    public static Scenario withCell(Scenario s, TableId table, int r, int c, double value) {
        RealMatrix m = matrix(s, table).copy();
        m.setEntry(r, c, value);
        return withMatrix(s, table, m);
    }

    /** The scenario with the editable matrix {@code table} replaced by {@code m} of the same shape. */
    public static Scenario withMatrix(Scenario s, TableId table, RealMatrix m) {
        requireEditable(s, table);
        Network n = s.network();
        int l = table.layer() - 1;
        return switch (table.kind()) {
            case X -> new Scenario(n, new Batch(m, s.batch().y()), s.learningRate());
            case Y -> new Scenario(n, new Batch(s.batch().x(), m), s.learningRate());
            case W ->
                new Scenario(
                        new Network(n.architecture(), replace(n.weights(), l, m), n.biases()),
                        s.batch(),
                        s.learningRate());
            default ->
                new Scenario(
                        new Network(n.architecture(), n.weights(), replace(n.biases(), l, m)),
                        s.batch(),
                        s.learningRate());
        };
    }

    /** The scenario with another learning rate. */
    public static Scenario withLearningRate(Scenario s, double alpha) {
        return new Scenario(s.network(), s.batch(), alpha);
    }

    /** The scenario with other functions; the output and loss pair must be allowed. */
    public static Scenario withFunctions(
            Scenario s, HiddenActivation hidden, OutputActivation output, LossFunction loss) {
        Architecture a = new Architecture(s.network().architecture().sizes(), hidden, new OutputLayer(output, loss));
        return new Scenario(new Network(a, s.network().weights(), s.network().biases()), s.batch(), s.learningRate());
    }

    /**
     * The scenario with layer sizes {@code sizes} and {@code m} samples: every matrix keeps the values that
     * still fit (top-left) and new cells follow {@code fill}; new label rows of a softmax classifier are
     * one-hot (class = row mod C).
     */
    public static Scenario resized(Scenario s, List<Integer> sizes, int m, FillRule fill, long seed) {
        Architecture old = s.network().architecture();
        Architecture a = new Architecture(sizes, old.hidden(), old.output());
        List<RealMatrix> w = new ArrayList<>();
        List<RealMatrix> b = new ArrayList<>();
        for (int l = 0; l < a.depth(); l++) {
            RealMatrix oldW = l < old.depth() ? s.network().weight(l) : null;
            RealMatrix oldB = l < old.depth() ? s.network().bias(l) : null;
            w.add(resize(oldW, sizes.get(l), sizes.get(l + 1), fill, seed, TableId.weight(l + 1)));
            b.add(resize(oldB, 1, sizes.get(l + 1), fill, seed, TableId.bias(l + 1)));
        }
        RealMatrix x = resize(s.batch().x(), m, a.inputs(), fill, seed, TableId.X);
        RealMatrix y = resizeLabels(s.batch().y(), m, a.outputs(), a.output(), fill, seed);
        return new Scenario(new Network(a, w, b), new Batch(x, y), s.learningRate());
    }

    private static RealMatrix resize(RealMatrix old, int rows, int cols, FillRule fill, long seed, TableId name) {
        double[][] out = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                boolean kept = old != null && r < old.getRowDimension() && c < old.getColumnDimension();
                out[r][c] = kept ? old.getEntry(r, c) : fill.value(seed, name, r, c);
            }
        }
        return Matrices.wrap(out);
    }

    private static RealMatrix resizeLabels(
            RealMatrix old, int m, int classes, OutputLayer output, FillRule fill, long seed) {
        boolean oneHot = output.activation() == OutputActivation.SOFTMAX && output.loss() == LossFunction.CROSS_ENTROPY;
        double[][] out = new double[m][classes];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < classes; c++) {
                if (r < old.getRowDimension() && c < old.getColumnDimension()) {
                    out[r][c] = old.getEntry(r, c);
                } else if (oneHot) {
                    out[r][c] = r >= old.getRowDimension() && c == r % classes ? 1 : 0;
                } else {
                    out[r][c] = fill == FillRule.ZEROS ? 0 : Math.abs(Math.tanh(fill.value(seed, TableId.Y, r, c)));
                }
            }
        }
        return Matrices.wrap(out);
    }

    private static List<RealMatrix> replace(List<RealMatrix> list, int index, RealMatrix m) {
        List<RealMatrix> out = new ArrayList<>(list);
        out.set(index, m);
        return out;
    }

    private static void requireEditable(Scenario s, TableId table) {
        if (!isEditable(s, table)) {
            throw new IllegalArgumentException("no editable matrix named " + table.name());
        }
    }
}
