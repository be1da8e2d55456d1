package com.backproplab.math;

import java.util.Optional;

/**
 * The losses of the fourth-order central stencil around one parameter p, at p ± h and p ± 2h, on the
 * trainer's allocation-free forward pass, and whether the stencil crosses a kink of the hidden activation.
 *
 * <p>With ReLU or leaky ReLU every Z is piecewise affine in p, with breaks only where some hidden Z changes
 * sign. If no hidden Z changes its branch (Z &gt; 0 or Z ≤ 0) between p and p + 2h, each layer in turn is
 * affine on [p, p + 2h], so none changes it anywhere in between either: comparing the branches at p, p − 2h
 * and p + 2h is exact, not a bound.
 */
final class Stencil {

    private static final double H = GradientCheck.STEP;

    private final Trainer losses;
    private final Optimization decay;
    private final double loss;
    private final boolean watchKinks;
    private final double[][][] zAt;
    private final double[][][] zAbove;
    private final double[][][] zBelow;

    /** The numeric derivative of one parameter, and the kink its stencil crosses, if any. */
    record Point(double numeric, Optional<GradientCheck.Kink> kink) {}

    Stencil(Network network, Batch batch) {
        this(network, batch, Optimization.PLAIN);
    }

    /** The stencil of the penalised loss L + (λ/2)·ΣW², with λ of {@code decay}. */
    Stencil(Network network, Batch batch, Optimization decay) {
        losses = Trainer.of(network, batch);
        this.decay = decay;
        loss = losses.forward() + losses.penalty(decay);
        watchKinks = network.architecture().hidden().hasKink()
                && network.architecture().depth() > 1;
        zAt = watchKinks ? losses.hiddenZBuffers() : null;
        zAbove = watchKinks ? losses.hiddenZBuffers() : null;
        zBelow = watchKinks ? losses.hiddenZBuffers() : null;
        if (watchKinks) {
            losses.copyHiddenZ(zAt);
        }
    }

    /** L at the parameters as they are. */
    double loss() {
        return loss;
    }

    /** dL/dp by (8(L(p+h) − L(p−h)) − (L(p+2h) − L(p−2h)))/12h, and the kink inside [p−2h, p+2h], if any. */
    Point at(ParameterRef ref) {
        double p = losses.parameter(ref);
        double twoUp = losses.lossWith(ref, p + 2 * H, decay);
        if (watchKinks) {
            losses.copyHiddenZ(zAbove);
        }
        double up = losses.lossWith(ref, p + H, decay);
        double down = losses.lossWith(ref, p - H, decay);
        double twoDown = losses.lossWith(ref, p - 2 * H, decay);
        if (watchKinks) {
            losses.copyHiddenZ(zBelow);
        }
        // Differences first, so that a parameter the loss does not depend on gets exactly 0.
        double numeric = (8 * (up - down) - (twoUp - twoDown)) / (12 * H);
        if (!watchKinks) {
            return new Point(numeric, Optional.empty());
        }
        return new Point(numeric, kink(ref.layer(), up, twoUp, down, twoDown));
    }

    /**
     * The hidden Z nearest to 0 whose branch differs at p + 2h or p − 2h from its branch at p; only the Z of
     * weight layer {@code from} and later can move. The one-sided difference of second order comes from the
     * side no Z crosses, when there is one.
     */
    private Optional<GradientCheck.Kink> kink(int from, double up, double twoUp, double down, double twoDown) {
        int crossings = 0;
        boolean above = false;
        boolean below = false;
        int[] nearest = null;
        for (int l = from; l < zAt.length; l++) {
            for (int k = 0; k < zAt[l].length; k++) {
                for (int j = 0; j < zAt[l][k].length; j++) {
                    boolean branch = zAt[l][k][j] > 0;
                    boolean crossesAbove = (zAbove[l][k][j] > 0) != branch;
                    boolean crossesBelow = (zBelow[l][k][j] > 0) != branch;
                    if (crossesAbove || crossesBelow) {
                        crossings++;
                        above |= crossesAbove;
                        below |= crossesBelow;
                        if (nearest == null
                                || Math.abs(zAt[l][k][j]) < Math.abs(zAt[nearest[0]][nearest[1]][nearest[2]])) {
                            nearest = new int[] {l, k, j};
                        }
                    }
                }
            }
        }
        if (nearest == null) {
            return Optional.empty();
        }
        Optional<GradientCheck.OneSided> oneSided = Optional.empty();
        if (above && !below) {
            oneSided = Optional.of(new GradientCheck.OneSided(false, (3 * loss - 4 * down + twoDown) / (2 * H)));
        } else if (below && !above) {
            oneSided = Optional.of(new GradientCheck.OneSided(true, (-3 * loss + 4 * up - twoUp) / (2 * H)));
        }
        int l = nearest[0];
        int k = nearest[1];
        int j = nearest[2];
        return Optional.of(
                new GradientCheck.Kink(l, k, j, zAt[l][k][j], zBelow[l][k][j], zAbove[l][k][j], crossings, oneSided));
    }
}
