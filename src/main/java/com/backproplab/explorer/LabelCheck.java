package com.backproplab.explorer;

import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import com.backproplab.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/** Warns about labels that the loss accepts but reads differently from what a user may expect. */
public final class LabelCheck {

    private static final double TOLERANCE = 1e-12;

    private LabelCheck() {}

    /** The warnings for the labels of {@code scenario}; empty when they fit the loss. */
    public static List<String> warnings(Scenario scenario) {
        OutputLayer output = scenario.network().architecture().output();
        RealMatrix y = scenario.batch().y();
        List<String> out = new ArrayList<>();
        if (output.loss() != LossFunction.CROSS_ENTROPY) {
            return out;
        }
        for (int k = 0; k < y.getRowDimension(); k++) {
            double[] row = y.getRow(k);
            if (output.activation() == OutputActivation.SOFTMAX && !oneHot(row)) {
                double sum = java.util.Arrays.stream(row).sum();
                out.add("Y row " + k + " is not one-hot: the loss is then the cross-entropy −Σ y·log ŷ against a"
                        + " soft target"
                        + (Math.abs(sum - 1) > TOLERANCE
                                ? ", and as the row sums to " + Numbers.format(sum, 6)
                                        + " rather than 1, the fused (Ŷ−Y)/m no longer equals the chain rule"
                                : "")
                        + ".");
            }
            if (output.activation() == OutputActivation.SIGMOID) {
                for (int j = 0; j < row.length; j++) {
                    if (row[j] < 0 || row[j] > 1) {
                        out.add("Y[" + k + "," + j + "] = " + Numbers.format(row[j], 6) + " lies outside [0, 1]:"
                                + " the binary cross-entropy is then no longer a log-likelihood and can fall below 0.");
                    }
                }
            }
        }
        return out;
    }

    private static boolean oneHot(double[] row) {
        int ones = 0;
        for (double v : row) {
            if (v == 1) {
                ones++;
            } else if (v != 0) {
                return false;
            }
        }
        return ones == 1;
    }
}
