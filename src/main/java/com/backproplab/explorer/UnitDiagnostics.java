package com.backproplab.explorer;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.Network;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The diagnostics of hidden units: dead, copies of each other, or saturated. */
final class UnitDiagnostics {

    /** A unit is saturated when f'(Z) stays below this share of f' at 0 for every sample. */
    static final double SATURATED = 0.01;

    private UnitDiagnostics() {}

    /** ReLU units whose column of A is 0 for every sample: Z ≤ 0 there, so f'(Z) = 0 and no gradient passes. */
    static List<Diagnostic> deadUnits(BackpropTrace t) {
        List<Diagnostic> out = new ArrayList<>();
        if (t.network().architecture().hidden() != HiddenActivation.RELU) {
            return out;
        }
        for (int l = 0; l + 1 < t.network().architecture().depth(); l++) {
            double[][] a = t.forward().a().get(l).getData();
            List<Integer> dead = new ArrayList<>();
            for (int j = 0; j < a[0].length; j++) {
                final int unit = j;
                if (Arrays.stream(a).allMatch(row -> row[unit] == 0)) {
                    dead.add(j);
                }
            }
            if (!dead.isEmpty()) {
                int n = l + 1;
                Units u = new Units(dead, a[0].length);
                out.add(new Diagnostic(
                        Diagnostic.Kind.DEAD_UNITS,
                        "hidden layer " + n + ": " + u.shortSubject() + " dead",
                        "Hidden layer " + n + ": " + u.subject() + " dead: Z" + n + " ≤ 0 for every sample in "
                                + u.their() + ", so A" + n + " and f'(Z" + n + ") are 0 there. W" + n + " and b" + n
                                + " get no gradient for " + u.them() + " (dW" + n + " = db" + n + " = 0 in "
                                + u.their() + ")"
                                + (n == 1
                                        ? ", and gradient descent cannot bring " + u.them() + " back."
                                        : "; only a change in the layers before can bring " + u.them() + " back."),
                        TableId.of(TableId.Kind.A, n)));
            }
        }
        return out;
    }

    /**
     * Units of a hidden layer with the same incoming weights, bias and outgoing weights: they compute the
     * same values, get the same gradients, and so stay the same forever.
     */
    static List<Diagnostic> symmetricUnits(Network network) {
        List<Diagnostic> out = new ArrayList<>();
        for (int l = 0; l + 1 < network.architecture().depth(); l++) {
            // Each unit's incoming weights and bias as one row, and its outgoing weights as another.
            double[][] in = network.weight(l).transpose().getData();
            double[] bias = network.bias(l).getRow(0);
            double[][] outgoing = network.weight(l + 1).getData();
            int units = in.length;
            boolean[] grouped = new boolean[units];
            for (int i = 0; i < units; i++) {
                if (grouped[i]) {
                    continue;
                }
                List<Integer> same = new ArrayList<>(List.of(i));
                for (int j = i + 1; j < units; j++) {
                    if (!grouped[j]
                            && bias[i] == bias[j]
                            && Arrays.equals(in[i], in[j])
                            && Arrays.equals(outgoing[i], outgoing[j])) {
                        same.add(j);
                        grouped[j] = true;
                    }
                }
                if (same.size() > 1) {
                    int n = l + 1;
                    Units u = new Units(same, units);
                    out.add(new Diagnostic(
                            Diagnostic.Kind.SYMMETRIC_UNITS,
                            "hidden layer " + n + ": " + u.shortSubject() + " identical",
                            "Hidden layer " + n + ": " + u.subject() + " identical: the same incoming weights (W" + n
                                    + "), bias (b" + n + ") and outgoing weights (W" + (n + 1) + "), so they get the"
                                    + " same gradients and stay identical forever, as if the layer had one unit in"
                                    + " their place. Give them different starting values, such as small random ones.",
                            TableId.weight(n)));
                }
            }
        }
        return out;
    }

    /** Sigmoid or tanh units whose f'(Z) is below 1 % of f'(0) for every sample: they barely learn. */
    static List<Diagnostic> saturatedUnits(BackpropTrace t) {
        List<Diagnostic> out = new ArrayList<>();
        HiddenActivation f = t.network().architecture().hidden();
        double slope = switch (f) {
            case SIGMOID -> 0.25;
            case TANH -> 1.0;
            default -> 0;
        };
        if (slope == 0) {
            return out;
        }
        for (int l = 0; l + 1 < t.network().architecture().depth(); l++) {
            double[][] z = t.forward().z().get(l).getData();
            double[][] a = t.forward().a().get(l).getData();
            List<Integer> saturated = new ArrayList<>();
            double smallestZ = Double.POSITIVE_INFINITY;
            double largestSlope = 0;
            for (int j = 0; j < z[0].length; j++) {
                double minZ = Double.POSITIVE_INFINITY;
                double maxSlope = 0;
                for (int k = 0; k < z.length; k++) {
                    minZ = Math.min(minZ, Math.abs(z[k][j]));
                    maxSlope = Math.max(maxSlope, f.derivative(z[k][j], a[k][j]));
                }
                if (maxSlope < SATURATED * slope) {
                    saturated.add(j);
                    smallestZ = Math.min(smallestZ, minZ);
                    largestSlope = Math.max(largestSlope, maxSlope);
                }
            }
            if (!saturated.isEmpty()) {
                int n = l + 1;
                Units u = new Units(saturated, z[0].length);
                out.add(new Diagnostic(
                        Diagnostic.Kind.SATURATED_UNITS,
                        "hidden layer " + n + ": " + u.shortSubject() + " saturated",
                        "Hidden layer " + n + ": " + u.subject() + " saturated: |Z" + n + "| ≥ "
                                + Numbers.format(smallestZ, 3) + " for every sample in " + u.their() + ", so f'(Z" + n
                                + ") ≤ " + Numbers.format(largestSlope, 3) + ", less than 1 % of " + f.id()
                                + "'s slope at 0, and the weights into " + u.them() + " learn almost nothing."
                                + " Smaller weights or inputs bring " + u.them() + " back to where " + f.id()
                                + " bends.",
                        TableId.of(TableId.Kind.FPRIME, n)));
            }
        }
        return out;
    }

    /** How the messages name a set of units of a layer of {@code size} units. */
    record Units(List<Integer> units, int size) {

        /** How many units a headline lists by number; more are counted. */
        private static final int LISTED = 3;

        /** "unit 2", "units 0 and 2", "units 0, 1 and 4–63" (runs of four or more as ranges). */
        String list() {
            if (units.size() == 1) {
                return "unit " + units.getFirst();
            }
            List<String> names = runs();
            if (names.size() == 1) {
                return "units " + names.getFirst();
            }
            return "units " + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        }

        /** The units as numbers and ranges: [0, 1, 4–63]. */
        private List<String> runs() {
            List<String> out = new ArrayList<>();
            int i = 0;
            while (i < units.size()) {
                int j = i;
                while (j + 1 < units.size() && units.get(j + 1) == units.get(j) + 1) {
                    j++;
                }
                if (j - i >= 3) {
                    out.add(units.get(i) + "–" + units.get(j));
                } else {
                    for (int k = i; k <= j; k++) {
                        out.add(String.valueOf(units.get(k)));
                    }
                }
                i = j + 1;
            }
            return out;
        }

        /** "unit 2 is", "units 0 and 2 are", "all 3 units (0, 1 and 2) are". */
        String subject() {
            if (units.size() == size && size > 1) {
                return "all " + size + " units (" + list().substring("units ".length()) + ") are";
            }
            return list() + (units.size() == 1 ? " is" : " are");
        }

        /** As {@link #subject()} for a few units; "all 64 units are" or "62 units are" for more. */
        String shortSubject() {
            if (units.size() <= LISTED) {
                return subject();
            }
            return (units.size() == size ? "all " : "") + units.size() + " units are";
        }

        String their() {
            return units.size() == 1 ? "its column" : "their columns";
        }

        String them() {
            return units.size() == 1 ? "it" : "them";
        }
    }
}
