package com.backproplab.network;

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

    /** The editable matrix {@code X}, {@code Y}, {@code W1}, {@code b1}, …; fails for any other name. */
    public static RealMatrix matrix(Scenario s, String name) {
        return switch (kind(s, name)) {
            case 'X' -> s.batch().x();
            case 'Y' -> s.batch().y();
            case 'W' -> s.network().weight(layer(name));
            default -> s.network().bias(layer(name));
        };
    }

    /** Whether {@code name} is an editable matrix of this scenario. */
    public static boolean isEditable(Scenario s, String name) {
        try {
            kind(s, name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The scenario with {@code name[r][c]} set to {@code value}. */
    public static Scenario withCell(Scenario s, String name, int r, int c, double value) {
        RealMatrix m = matrix(s, name).copy();
        m.setEntry(r, c, value);
        return withMatrix(s, name, m);
    }

    /** The scenario with the editable matrix {@code name} replaced by {@code m} of the same shape. */
    public static Scenario withMatrix(Scenario s, String name, RealMatrix m) {
        Network n = s.network();
        return switch (kind(s, name)) {
            case 'X' -> new Scenario(n, new Batch(m, s.batch().y()), s.learningRate());
            case 'Y' -> new Scenario(n, new Batch(s.batch().x(), m), s.learningRate());
            case 'W' ->
                new Scenario(
                        new Network(n.architecture(), replace(n.weights(), layer(name), m), n.biases()),
                        s.batch(),
                        s.learningRate());
            default ->
                new Scenario(
                        new Network(n.architecture(), n.weights(), replace(n.biases(), layer(name), m)),
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
            w.add(resize(oldW, sizes.get(l), sizes.get(l + 1), fill, seed, Tables.weight(l)));
            b.add(resize(oldB, 1, sizes.get(l + 1), fill, seed, Tables.bias(l)));
        }
        RealMatrix x = resize(s.batch().x(), m, a.inputs(), fill, seed, "X");
        RealMatrix y = resizeLabels(s.batch().y(), m, a.outputs(), a.output(), fill, seed);
        return new Scenario(new Network(a, w, b), new Batch(x, y), s.learningRate());
    }

    private static RealMatrix resize(RealMatrix old, int rows, int cols, FillRule fill, long seed, String name) {
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
                    out[r][c] = fill == FillRule.ZEROS ? 0 : Math.abs(Math.tanh(fill.value(seed, "Y", r, c)));
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

    private static char kind(Scenario s, String name) {
        if (name.equals("X") || name.equals("Y")) {
            return name.charAt(0);
        }
        if (name.length() >= 2
                && (name.charAt(0) == 'W' || name.charAt(0) == 'b')
                && name.substring(1).chars().allMatch(Character::isDigit)) {
            int l = layer(name);
            if (l >= 0 && l < s.network().architecture().depth()) {
                return name.charAt(0);
            }
        }
        throw new IllegalArgumentException("no editable matrix named " + name);
    }

    private static int layer(String name) {
        return Integer.parseInt(name.substring(1)) - 1;
    }
}
