package com.backproplab.math;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A test-only engine with a deliberately broken derivative: the backward pass of {@link BackwardPass}, but
 * with f'(Z) of every hidden layer multiplied by {@code factor} (1.1 is tanh' off by 10 %). The gradient
 * check must call its gradients wrong.
 */
final class BrokenEngine {

    private BrokenEngine() {}

    /** Every backward table of {@code network} on {@code batch}, with f' of the hidden layers times {@code factor}. */
    static BackwardPass backward(Network network, Batch batch, double factor) {
        ForwardPass forward = ForwardPass.of(network, batch);
        BackwardPass right = BackwardPass.of(network, batch, forward);
        HiddenActivation f = network.architecture().hidden();
        int depth = network.architecture().depth();
        List<LayerGradients> layers = new ArrayList<>(Collections.nCopies(depth, null));
        LayerGradients last = right.layers().getLast();
        RealMatrix dA = last.dA();
        Optional<RealMatrix> derivative = last.activationDerivative();
        RealMatrix dZ = last.dZ();
        for (int l = depth - 1; l >= 0; l--) {
            RealMatrix dW = Matrices.multTransA(forward.activation(l, batch), dZ);
            layers.set(l, new LayerGradients(dA, derivative, dZ, dW, Matrices.sumColumns(dZ)));
            if (l > 0) {
                dA = Matrices.multTransB(dZ, network.weight(l));
                RealMatrix broken = f.derivative(
                                forward.z().get(l - 1), forward.a().get(l - 1))
                        .scalarMultiply(factor);
                derivative = Optional.of(broken);
                dZ = Matrices.elementMult(dA, broken);
            }
        }
        return new BackwardPass(right.dYHat(), right.softmaxJacobians(), right.dZChain(), right.dZFused(), layers);
    }
}
