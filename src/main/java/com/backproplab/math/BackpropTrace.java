package com.backproplab.math;

/**
 * Everything the product shows for one state: the forward trace, the backward trace and the network after
 * one step of gradient descent with learning rate α.
 */
public record BackpropTrace(
        Network network, Batch batch, double learningRate, ForwardPass forward, BackwardPass backward, Network next) {

    /** Computes the forward pass, the backward pass and the next state W − α·dW. */
    public static BackpropTrace of(Network network, Batch batch, double learningRate) {
        return of(network, batch, learningRate, true);
    }

    /** As {@link #of(Network, Batch, double)}; the softmax Jacobians only if {@code jacobians}. */
    public static BackpropTrace of(Network network, Batch batch, double learningRate, boolean jacobians) {
        ForwardPass forward = ForwardPass.of(network, batch);
        BackwardPass backward = BackwardPass.of(network, batch, forward, jacobians);
        Network next = GradientStep.apply(network, backward.layers(), learningRate);
        return new BackpropTrace(network, batch, learningRate, forward, backward, next);
    }
}
