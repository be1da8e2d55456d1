package com.backproplab.explorer;

import static com.backproplab.explorer.Writing.at;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/** The scalar computations of the inputs and the forward pass: X, Y, Z, A and the loss of each sample. */
final class ForwardExplanations {

    private final BackpropTrace t;
    private final Writing w;

    ForwardExplanations(BackpropTrace t, Writing w) {
        this.t = t;
        this.w = w;
    }

    String input(boolean labels, int r, int c) {
        return input(w, labels ? t.batch().y() : t.batch().x(), labels, r, c);
    }

    /** The cell (r, c) of the inputs X or, with {@code labels}, the labels Y {@code m}. */
    static String input(Writing w, RealMatrix m, boolean labels, int r, int c) {
        return (labels ? "Y" : "X") + at(r, c) + " = " + w.n(m.getEntry(r, c))
                + (labels ? ", label of class " + c : ", input " + c) + " of sample " + r;
    }

    /** Z_{l+1}[r,c] = Σ_i input[r,i]·W[i,c] + b[c]. */
    String z(int l, int r, int c) {
        RealMatrix in = t.forward().activation(l, t.batch());
        String inName = l == 0 ? "X" : "A" + l;
        RealMatrix weight = t.network().weight(l);
        String terms = w.sum(in.getColumnDimension(), i -> w.n(in.getEntry(r, i)) + "×" + w.p(weight.getEntry(i, c)));
        return "Z" + (l + 1) + at(r, c) + " = Σ_i " + inName + "[" + r + ",i]·W" + (l + 1) + "[i," + c + "] + b"
                + (l + 1) + "[" + c + "] = " + terms + " + "
                + w.p(t.network().bias(l).getEntry(0, c)) + " = "
                + w.n(t.forward().z().get(l).getEntry(r, c));
    }

    /** A_{l+1}[r,c] = f(Z_{l+1}[r,c]), or the output activation. */
    String a(int l, int r, int c) {
        double z = t.forward().z().get(l).getEntry(r, c);
        double a = t.forward().a().get(l).getEntry(r, c);
        String name = "A" + (l + 1) + at(r, c);
        if (l < t.network().architecture().depth() - 1) {
            HiddenActivation f = t.network().architecture().hidden();
            return name + " = " + f.id() + "(Z" + (l + 1) + at(r, c) + ") = " + f.id() + "(" + w.n(z) + ") = " + w.n(a);
        }
        OutputActivation g = t.network().architecture().output().activation();
        if (g == OutputActivation.SOFTMAX) {
            RealMatrix zs = t.forward().z().get(l);
            String terms = w.sum(zs.getColumnDimension(), i -> "e^" + w.p(zs.getEntry(r, i)));
            return "Ŷ" + at(r, c) + " = " + name + " = e^Z" + (l + 1) + at(r, c) + " / Σ_i e^Z" + (l + 1) + "[" + r
                    + ",i] = e^" + w.p(z) + " / (" + terms + ") = " + w.n(a);
        }
        return "Ŷ" + at(r, c) + " = " + name + " = " + g.id() + "(" + w.n(z) + ") = " + w.n(a);
    }

    /** The loss of sample k, and the mean. */
    String loss(int k) {
        RealMatrix yHat = t.forward().yHat();
        RealMatrix y = t.batch().y();
        int classes = y.getColumnDimension();
        double loss = t.forward().lossPerSample()[k];
        if (t.network().architecture().output().loss() == LossFunction.MSE) {
            String terms = w.sum(classes, j -> "(" + w.n(yHat.getEntry(k, j)) + " − " + w.n(y.getEntry(k, j)) + ")²");
            return "L_" + k + " = ½ Σ_j (Ŷ[" + k + ",j] − Y[" + k + ",j])² = ½(" + terms + ") = " + w.n(loss);
        }
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < classes; j++) {
            if (y.getEntry(k, j) != 0) {
                terms.add(w.n(y.getEntry(k, j)) + "×log " + w.n(yHat.getEntry(k, j)));
            }
        }
        String formula = t.network().architecture().output().activation() == OutputActivation.SOFTMAX
                ? "−Σ_j Y[" + k + ",j]·log Ŷ[" + k + ",j]"
                : "−Σ_j (Y·log Ŷ + (1−Y)·log(1−Ŷ))[" + k + ",j]";
        return "L_" + k + " = " + formula + " = −(" + String.join(" + ", terms.isEmpty() ? List.of("0") : terms)
                + ") = " + w.n(loss) + ";  L = mean over the " + t.batch().size() + " samples = "
                + w.n(t.forward().loss());
    }
}
