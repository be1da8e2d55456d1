package com.backproplab.math;

/**
 * Everything one optimizer step shows: the rows of its mini-batch, the forward and backward traces on that
 * batch, the loss as the batch mean plus the penalty (λ/2)·ΣW², and the optimizer's step. With
 * {@link Optimization#PLAIN} and a fresh state it holds the same numbers as {@link BackpropTrace}, bit for bit.
 */
public record StepTrace(
        Network network,
        Batch batch,
        Optimization.Rows rows,
        double learningRate,
        ForwardPass forward,
        BackwardPass backward,
        double penalty,
        OptimizerStep step) {

    /** The step {@code state.t()} of {@code optimization} on the samples {@code all}. */
    public static StepTrace of(
            Network network,
            Batch all,
            double learningRate,
            Optimization optimization,
            OptimizerState state,
            boolean jacobians) {
        Optimization.Rows rows = optimization.rows(all.size(), state.t());
        Batch batch = optimization.batch(all, state.t());
        ForwardPass forward = ForwardPass.of(network, batch);
        BackwardPass backward = BackwardPass.of(network, batch, forward, jacobians);
        OptimizerStep step = OptimizerStep.of(network, backward.layers(), learningRate, optimization, state);
        return new StepTrace(
                network, batch, rows, learningRate, forward, backward, optimization.penalty(network), step);
    }

    /** The loss the optimizer minimises on this batch: its mean loss plus (λ/2)·ΣW². */
    public double loss() {
        return forward.loss() + penalty;
    }

    /** The forward and backward traces of this step's batch, with the optimizer's next network. */
    public BackpropTrace trace() {
        return new BackpropTrace(network, batch, learningRate, forward, backward, step.next());
    }

    /** The network after the step. */
    public Network next() {
        return step.next();
    }
}
