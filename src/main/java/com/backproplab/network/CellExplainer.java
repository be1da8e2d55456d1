package com.backproplab.network;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The scalar computation behind one cell of a table, with the real numbers, e.g.
 * {@code dW2[1,0] = Σ_k A1[k,1]·dZ2[k,0] = 0.10137×(−0.25019) + 0.04953×0.24994 = −0.012983}.
 */
public final class CellExplainer {

    private static final Pattern NAME = Pattern.compile("(dW|db|dZ|dA|fprime|W|b|Z|A|J)(\\d+)(?:_(\\w+))?");
    private static final int MAX_TERMS = 6;

    private final BackpropTrace t;
    private final int digits;

    private CellExplainer(BackpropTrace trace, int digits) {
        this.t = trace;
        this.digits = digits;
    }

    /** The explanation of {@code table[r,c]}, or an empty string for a table it does not know. */
    public static String explain(BackpropTrace trace, String table, int r, int c, int digits) {
        return new CellExplainer(trace, digits).explain(table, r, c);
    }

    private String explain(String table, int r, int c) {
        String at = "[" + r + "," + c + "]";
        if (table.equals("X") || table.equals("Y")) {
            RealMatrix m = table.equals("X") ? t.batch().x() : t.batch().y();
            return table + at + " = " + n(m.getEntry(r, c))
                    + (table.equals("X") ? ", input " + c : ", label of class " + c) + " of sample " + r;
        }
        if (table.equals("loss")) {
            return lossOfSample(r);
        }
        Matcher m = NAME.matcher(table);
        if (!m.matches()) {
            return "";
        }
        int l = Integer.parseInt(m.group(2)) - 1;
        String suffix = m.group(3);
        if (l < 0 || l >= t.network().architecture().depth()) {
            return "";
        }
        return switch (m.group(1)) {
            case "W", "b" -> parameter(m.group(1).equals("b"), l, suffix, r, c);
            case "Z" -> z(l, r, c);
            case "A" -> "T".equals(suffix) ? transposed(l, r, c) : a(l, r, c);
            case "J" -> jacobian(l, Integer.parseInt(suffix), r, c);
            case "dA" -> dA(l, r, c);
            case "dZ" -> "chain".equals(suffix) ? dZChain(l, r, c) : dZ(l, r, c);
            case "fprime" -> fPrime(l, r, c);
            case "dW", "db" ->
                suffix == null ? gradient(m.group(1).equals("db"), l, r, c) : check(m.group(1), l, suffix, r, c);
            default -> "";
        };
    }

    private String parameter(boolean bias, int l, String suffix, int r, int c) {
        String p = Tables.parameter(bias, l);
        String g = "d" + p;
        double w = (bias ? t.network().bias(l) : t.network().weight(l)).getEntry(r, c);
        double d = (bias ? t.backward().db(l) : t.backward().dW(l)).getEntry(r, c);
        double next = (bias ? t.next().bias(l) : t.next().weight(l)).getEntry(r, c);
        String at = "[" + r + "," + c + "]";
        String alpha = n(t.learningRate());
        if ("step".equals(suffix)) {
            return "−α·" + g + at + " = −" + alpha + "×" + p(d) + " = " + n(-t.learningRate() * d);
        }
        if ("next".equals(suffix)) {
            return p + "_next" + at + " = " + p + at + " − α·" + g + at + " = " + n(w) + " − " + alpha + "×" + p(d)
                    + " = " + n(next);
        }
        return p + at + " = " + n(w) + ";  dL/d" + p + at + " = " + n(d) + ";  after one step: " + n(next);
    }

    private String z(int l, int r, int c) {
        RealMatrix in = t.forward().activation(l, t.batch());
        String inName = l == 0 ? "X" : "A" + l;
        RealMatrix w = t.network().weight(l);
        List<String> terms = terms(in.getColumnDimension(), i -> n(in.getEntry(r, i)) + "×" + p(w.getEntry(i, c)));
        return "Z" + (l + 1) + "[" + r + "," + c + "] = Σ_i " + inName + "[" + r + ",i]·W" + (l + 1) + "[i," + c
                + "] + b"
                + (l + 1) + "[" + c + "] = " + String.join(" + ", terms) + " + "
                + p(t.network().bias(l).getEntry(0, c))
                + " = " + n(t.forward().z().get(l).getEntry(r, c));
    }

    private String a(int l, int r, int c) {
        double z = t.forward().z().get(l).getEntry(r, c);
        double a = t.forward().a().get(l).getEntry(r, c);
        String at = "[" + r + "," + c + "]";
        String name = "A" + (l + 1) + at;
        if (l < t.network().architecture().depth() - 1) {
            HiddenActivation f = t.network().architecture().hidden();
            return name + " = " + f.id() + "(Z" + (l + 1) + at + ") = " + f.id() + "(" + n(z) + ") = " + n(a);
        }
        OutputActivation g = t.network().architecture().output().activation();
        if (g == OutputActivation.SOFTMAX) {
            RealMatrix zs = t.forward().z().get(l);
            List<String> terms = terms(zs.getColumnDimension(), i -> "e^" + p(zs.getEntry(r, i)));
            return "Ŷ" + at + " = " + name + " = e^Z" + (l + 1) + at + " / Σ_i e^Z" + (l + 1) + "[" + r + ",i] = e^"
                    + p(z) + " / (" + String.join(" + ", terms) + ") = " + n(a);
        }
        return "Ŷ" + at + " = " + name + " = " + g.id() + "(" + n(z) + ") = " + n(a);
    }

    private String transposed(int l, int r, int c) {
        return "A" + (l + 1) + "ᵀ[" + r + "," + c + "] = A" + (l + 1) + "[" + c + "," + r + "] = "
                + n(t.forward().a().get(l).getEntry(c, r)) + ", the slope ∂Z" + (l + 2) + "[" + c + ",j]/∂W" + (l + 2)
                + "["
                + r + ",j]";
    }

    private String lossOfSample(int k) {
        RealMatrix yHat = t.forward().yHat();
        RealMatrix y = t.batch().y();
        int classes = y.getColumnDimension();
        double loss = t.forward().lossPerSample()[k];
        if (t.network().architecture().output().loss() == LossFunction.MSE) {
            List<String> terms = terms(classes, j -> "(" + n(yHat.getEntry(k, j)) + " − " + n(y.getEntry(k, j)) + ")²");
            return "L_" + k + " = ½ Σ_j (Ŷ[" + k + ",j] − Y[" + k + ",j])² = ½(" + String.join(" + ", terms) + ") = "
                    + n(loss);
        }
        List<String> terms = new ArrayList<>();
        for (int j = 0; j < classes; j++) {
            if (y.getEntry(k, j) != 0) {
                terms.add(n(y.getEntry(k, j)) + "×log " + n(yHat.getEntry(k, j)));
            }
        }
        String formula = t.network().architecture().output().activation() == OutputActivation.SOFTMAX
                ? "−Σ_j Y[" + k + ",j]·log Ŷ[" + k + ",j]"
                : "−Σ_j (Y·log Ŷ + (1−Y)·log(1−Ŷ))[" + k + ",j]";
        return "L_" + k + " = " + formula + " = −(" + String.join(" + ", terms.isEmpty() ? List.of("0") : terms)
                + ") = " + n(loss) + ";  L = mean over the " + t.batch().size() + " samples = "
                + n(t.forward().loss());
    }

    private String jacobian(int l, int k, int i, int j) {
        RealMatrix yHat = t.forward().yHat();
        double yi = yHat.getEntry(k, i);
        double yj = yHat.getEntry(k, j);
        return "J" + (l + 1) + "_" + k + "[" + i + "," + j + "] = ∂Ŷ[" + k + "," + i + "]/∂Z[" + k + "," + j + "] = Ŷ["
                + k + ","
                + i + "]·(δ_" + i + j + " − Ŷ[" + k + "," + j + "]) = " + n(yi) + "×(" + (i == j ? "1" : "0") + " − "
                + n(yj)
                + ") = " + n(t.backward().softmaxJacobians().get(k).getEntry(i, j));
    }

    private String dA(int l, int r, int c) {
        String at = "[" + r + "," + c + "]";
        int depth = t.network().architecture().depth();
        double value = t.backward().layers().get(l).dA().getEntry(r, c);
        if (l == depth - 1) {
            double yHat = t.forward().yHat().getEntry(r, c);
            double y = t.batch().y().getEntry(r, c);
            int m = t.batch().size();
            var out = t.network().architecture().output();
            String formula = out.loss() == LossFunction.MSE
                    ? "(Ŷ" + at + " − Y" + at + ")/m = (" + n(yHat) + " − " + n(y) + ")/" + m
                    : out.activation() == OutputActivation.SOFTMAX
                            ? "−Y" + at + "/(m·Ŷ" + at + ") = −" + n(y) + "/(" + m + "×" + n(yHat) + ")"
                            : "(−Y/Ŷ + (1−Y)/(1−Ŷ))" + at + "/m = (−" + n(y) + "/" + n(yHat) + " + " + n(1 - y) + "/"
                                    + n(1 - yHat) + ")/" + m;
            return "dL/dA" + (l + 1) + at + " = " + formula + " = " + n(value);
        }
        RealMatrix dZ = t.backward().layers().get(l + 1).dZ();
        RealMatrix w = t.network().weight(l + 1);
        List<String> terms = terms(dZ.getColumnDimension(), j -> p(dZ.getEntry(r, j)) + "×" + p(w.getEntry(c, j)));
        return "dA" + (l + 1) + at + " = Σ_j dZ" + (l + 2) + "[" + r + ",j]·W" + (l + 2) + "[" + c + ",j] = "
                + String.join(" + ", terms) + " = " + n(value);
    }

    private String fPrime(int l, int r, int c) {
        HiddenActivation f = t.network().architecture().hidden();
        double z = t.forward().z().get(l).getEntry(r, c);
        return "f'(Z" + (l + 1) + ")[" + r + "," + c + "] = " + f.id() + "'(" + n(z) + ") = "
                + n(t.backward()
                        .layers()
                        .get(l)
                        .activationDerivative()
                        .orElseThrow()
                        .getEntry(r, c));
    }

    private String dZChain(int l, int r, int c) {
        RealMatrix dA = t.backward().dYHat();
        if (t.backward().softmaxJacobians().isEmpty()) {
            RealMatrix d = t.backward().layers().get(l).activationDerivative().orElseThrow();
            return "dZ" + (l + 1) + "[" + r + "," + c + "] = dA" + (l + 1) + "·g'(Z) = " + p(dA.getEntry(r, c)) + "×"
                    + p(d.getEntry(r, c)) + " = " + n(t.backward().dZChain().getEntry(r, c));
        }
        RealMatrix j = t.backward().softmaxJacobians().get(r);
        List<String> terms = terms(j.getColumnDimension(), i -> p(j.getEntry(c, i)) + "×" + p(dA.getEntry(r, i)));
        return "dZ" + (l + 1) + "[" + r + "," + c + "] by the chain = Σ_i J" + (l + 1) + "_" + r + "[" + c + ",i]·dA"
                + (l + 1) + "[" + r + ",i] = " + String.join(" + ", terms) + " = "
                + n(t.backward().dZChain().getEntry(r, c));
    }

    private String dZ(int l, int r, int c) {
        String at = "[" + r + "," + c + "]";
        double value = t.backward().layers().get(l).dZ().getEntry(r, c);
        if (l == t.network().architecture().depth() - 1) {
            if (t.backward().dZFused().isEmpty()) {
                return dZChain(l, r, c);
            }
            double yHat = t.forward().yHat().getEntry(r, c);
            double y = t.batch().y().getEntry(r, c);
            return "dZ" + (l + 1) + at + " = (Ŷ" + at + " − Y" + at + ")/m = (" + n(yHat) + " − " + n(y) + ")/"
                    + t.batch().size() + " = " + n(value);
        }
        double dA = t.backward().layers().get(l).dA().getEntry(r, c);
        double f = t.backward()
                .layers()
                .get(l)
                .activationDerivative()
                .orElseThrow()
                .getEntry(r, c);
        return "dZ" + (l + 1) + at + " = dA" + (l + 1) + at + "·f'(Z" + (l + 1) + at + ") = " + p(dA) + "×" + p(f)
                + " = " + n(value);
    }

    private String gradient(boolean bias, int l, int r, int c) {
        RealMatrix dZ = t.backward().layers().get(l).dZ();
        String dz = "dZ" + (l + 1);
        if (bias) {
            List<String> terms = terms(dZ.getRowDimension(), k -> p(dZ.getEntry(k, c)));
            return "db" + (l + 1) + "[0," + c + "] = Σ_k " + dz + "[k," + c + "] = " + String.join(" + ", terms) + " = "
                    + n(t.backward().db(l).getEntry(0, c)) + "  (no second 1/m: it is already in " + dz + ")";
        }
        RealMatrix in = t.forward().activation(l, t.batch());
        String inName = l == 0 ? "X" : "A" + l;
        List<String> terms = terms(in.getRowDimension(), k -> n(in.getEntry(k, r)) + "×" + p(dZ.getEntry(k, c)));
        return "dW" + (l + 1) + "[" + r + "," + c + "] = Σ_k " + inName + "[k," + r + "]·" + dz + "[k," + c + "] = "
                + String.join(" + ", terms) + " = " + n(t.backward().dW(l).getEntry(r, c));
    }

    private String check(String kind, int l, String suffix, int r, int c) {
        String p = kind.substring(1) + (l + 1);
        double analytic = (kind.equals("db") ? t.backward().db(l) : t.backward().dW(l)).getEntry(r, c);
        if (GradientCheck.cost(t.network(), t.batch()) > Limits.GRADIENT_CHECK_WORK) {
            return "";
        }
        GradientCheck.MatrixCheck check = GradientCheck.of(t.network(), t.batch(), t.backward()).stream()
                .filter(x -> x.name().equals(p))
                .findFirst()
                .orElseThrow();
        double numeric = check.numeric().getEntry(r, c);
        String at = "[" + r + "," + c + "]";
        if ("numeric".equals(suffix)) {
            return "numeric dL/d" + p + at + " = (8(L(w+h) − L(w−h)) − (L(w+2h) − L(w−2h)))/12h with h = "
                    + n(GradientCheck.STEP) + " = " + n(numeric) + ";  analytic " + n(analytic);
        }
        return "relative error" + at + " = |a − n|/max(|a|,|n|) = |" + n(analytic) + " − " + p(numeric) + "|/"
                + n(Math.max(Math.abs(analytic), Math.abs(numeric))) + " = "
                + n(check.relativeError().getEntry(r, c));
    }

    private List<String> terms(int count, IntFunction<String> term) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(count, MAX_TERMS); i++) {
            out.add(term.apply(i));
        }
        if (count > MAX_TERMS) {
            out.add("… (" + (count - MAX_TERMS) + " more)");
        }
        return out;
    }

    private String n(double v) {
        return Numbers.format(v, digits);
    }

    /** A number in parentheses when negative, as it stands after × or +. */
    private String p(double v) {
        String s = n(v);
        return s.startsWith("−") ? "(" + s + ")" : s;
    }
}
