package com.backproplab.math;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/** One step of gradient descent: W_l ← W_l − α·dW_l and b_l ← b_l − α·db_l for every layer. */
public final class GradientStep {

    private GradientStep() {}

    /** The network after one step of size α along the given gradients. */
    public static Network apply(Network network, List<LayerGradients> gradients, double alpha) {
        List<RealMatrix> w = new ArrayList<>();
        List<RealMatrix> b = new ArrayList<>();
        for (int l = 0; l < gradients.size(); l++) {
            w.add(Matrices.subtractScaled(
                    network.weight(l), alpha, gradients.get(l).dW()));
            b.add(Matrices.subtractScaled(
                    network.bias(l), alpha, gradients.get(l).db()));
        }
        return new Network(network.architecture(), w, b);
    }
}
