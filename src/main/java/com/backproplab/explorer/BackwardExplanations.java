package com.backproplab.explorer;

import static com.backproplab.explorer.Writing.at;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The scalar computations of the backward pass, in the chapter's order: dL/dA, the softmax Jacobians, dZ by
 * the chain and by the fused formula, the transposed inputs, f'(Z), dW and db. Layer l is 0-based.
 */
final class BackwardExplanations {

    private final BackpropTrace t;
    private final Writing w;

    BackwardExplanations(BackpropTrace t, Writing w) {
        this.t = t;
        this.w = w;
    }

    private int depth() {
        return t.network().architecture().depth();
    }

    String dA(int l, int r, int c) {
        double value = t.backward().layers().get(l).dA().getEntry(r, c);
        if (l == depth() - 1) {
            return "dL/dA" + (l + 1) + at(r, c) + " = " + outputDA(r, c) + " = " + w.n(value);
        }
        RealMatrix dZ = t.backward().layers().get(l + 1).dZ();
        RealMatrix weight = t.network().weight(l + 1);
        String terms = w.sum(dZ.getColumnDimension(), j -> w.p(dZ.getEntry(r, j)) + "×" + w.p(weight.getEntry(c, j)));
        return "dA" + (l + 1) + at(r, c) + " = Σ_j dZ" + (l + 2) + "[" + r + ",j]·W" + (l + 2) + "[" + c + ",j] = "
                + terms + " = " + w.n(value);
    }

    private String outputDA(int r, int c) {
        String at = at(r, c);
        double yHat = t.forward().yHat().getEntry(r, c);
        double y = t.batch().y().getEntry(r, c);
        int m = t.batch().size();
        OutputLayer out = t.network().architecture().output();
        if (out.loss() == LossFunction.MSE) {
            return "(Ŷ" + at + " − Y" + at + ")/m = (" + w.n(yHat) + " − " + w.n(y) + ")/" + m;
        }
        if (out.activation() == OutputActivation.SOFTMAX) {
            return "−Y" + at + "/(m·Ŷ" + at + ") = −" + w.n(y) + "/(" + m + "×" + w.n(yHat) + ")";
        }
        return "(−Y/Ŷ + (1−Y)/(1−Ŷ))" + at + "/m = (−" + w.n(y) + "/" + w.n(yHat) + " + " + w.n(1 - y) + "/"
                + w.n(1 - yHat) + ")/" + m;
    }

    String jacobian(int l, int k, int i, int j) {
        RealMatrix yHat = t.forward().yHat();
        double yi = yHat.getEntry(k, i);
        double yj = yHat.getEntry(k, j);
        return "J" + (l + 1) + "_" + k + at(i, j) + " = ∂Ŷ[" + k + "," + i + "]/∂Z[" + k + "," + j + "] = Ŷ[" + k
                + "," + i + "]·(δ_" + i + j + " − Ŷ[" + k + "," + j + "]) = " + w.n(yi) + "×(" + (i == j ? "1" : "0")
                + " − " + w.n(yj) + ") = "
                + w.n(t.backward().softmaxJacobians().get(k).getEntry(i, j));
    }

    String fPrime(int l, int r, int c) {
        HiddenActivation f = t.network().architecture().hidden();
        double z = t.forward().z().get(l).getEntry(r, c);
        double d = t.backward()
                .layers()
                .get(l)
                .activationDerivative()
                .orElseThrow()
                .getEntry(r, c);
        return "f'(Z" + (l + 1) + ")" + at(r, c) + " = " + f.id() + "'(" + w.n(z) + ") = " + w.n(d);
    }

    String dZChain(int l, int r, int c) {
        RealMatrix dA = t.backward().dYHat();
        double value = t.backward().dZChain().getEntry(r, c);
        if (t.backward().softmaxJacobians().isEmpty()) {
            RealMatrix d = t.backward().layers().get(l).activationDerivative().orElseThrow();
            return "dZ" + (l + 1) + at(r, c) + " = dA" + (l + 1) + "·g'(Z) = " + w.p(dA.getEntry(r, c)) + "×"
                    + w.p(d.getEntry(r, c)) + " = " + w.n(value);
        }
        RealMatrix j = t.backward().softmaxJacobians().get(r);
        String terms = w.sum(j.getColumnDimension(), i -> w.p(j.getEntry(c, i)) + "×" + w.p(dA.getEntry(r, i)));
        return "dZ" + (l + 1) + at(r, c) + " by the chain = Σ_i J" + (l + 1) + "_" + r + "[" + c + ",i]·dA" + (l + 1)
                + "[" + r + ",i] = " + terms + " = " + w.n(value);
    }

    String dZ(int l, int r, int c) {
        double value = t.backward().layers().get(l).dZ().getEntry(r, c);
        if (l == depth() - 1) {
            if (t.backward().dZFused().isEmpty()) {
                return dZChain(l, r, c);
            }
            double yHat = t.forward().yHat().getEntry(r, c);
            double y = t.batch().y().getEntry(r, c);
            return "dZ" + (l + 1) + at(r, c) + " = (Ŷ" + at(r, c) + " − Y" + at(r, c) + ")/m = (" + w.n(yHat) + " − "
                    + w.n(y) + ")/" + t.batch().size() + " = " + w.n(value);
        }
        double dA = t.backward().layers().get(l).dA().getEntry(r, c);
        double f = t.backward()
                .layers()
                .get(l)
                .activationDerivative()
                .orElseThrow()
                .getEntry(r, c);
        return "dZ" + (l + 1) + at(r, c) + " = dA" + (l + 1) + at(r, c) + "·f'(Z" + (l + 1) + at(r, c) + ") = "
                + w.p(dA) + "×" + w.p(f) + " = " + w.n(value);
    }

    /** A_{l+1}ᵀ[r,c], the slope of Z_{l+2} with respect to W_{l+2}. */
    String transposed(int l, int r, int c) {
        return "A" + (l + 1) + "ᵀ" + at(r, c) + " = A" + (l + 1) + at(c, r) + " = "
                + w.n(t.forward().a().get(l).getEntry(c, r)) + ", the slope ∂Z" + (l + 2) + "[" + c + ",j]/∂W"
                + (l + 2) + "[" + r + ",j]";
    }

    /** dW_{l+1}[r,c] = Σ_k input[k,r]·dZ[k,c], or db_{l+1}[0,c] = Σ_k dZ[k,c]. */
    String gradient(boolean bias, int l, int r, int c) {
        RealMatrix dZ = t.backward().layers().get(l).dZ();
        String dz = "dZ" + (l + 1);
        if (bias) {
            String terms = w.sum(dZ.getRowDimension(), k -> w.p(dZ.getEntry(k, c)));
            return "db" + (l + 1) + "[0," + c + "] = Σ_k " + dz + "[k," + c + "] = " + terms + " = "
                    + w.n(t.backward().db(l).getEntry(0, c)) + "  (no second 1/m: it is already in " + dz + ")";
        }
        RealMatrix in = t.forward().activation(l, t.batch());
        String inName = l == 0 ? "X" : "A" + l;
        String terms = w.sum(in.getRowDimension(), k -> w.n(in.getEntry(k, r)) + "×" + w.p(dZ.getEntry(k, c)));
        return "dW" + (l + 1) + at(r, c) + " = Σ_k " + inName + "[k," + r + "]·" + dz + "[k," + c + "] = " + terms
                + " = " + w.n(t.backward().dW(l).getEntry(r, c));
    }
}
