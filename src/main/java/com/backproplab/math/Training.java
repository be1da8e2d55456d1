package com.backproplab.math;

import java.util.List;

/** Full-batch gradient descent for a number of steps. */
public final class Training {

    private Training() {}

    /**
     * Watches a run: called after each step with its number (1-based), the loss before that step and the
     * new network; returning false stops the run there.
     */
    @FunctionalInterface
    public interface Observer {
        boolean afterStep(int step, double lossBefore, Network network);

        /** An observer that never stops the run. */
        static Observer none() {
            return (step, loss, network) -> true;
        }
    }

    /**
     * The result: {@code lossHistory[i]} is the loss before step i+1 and the last element the loss after
     * the last step taken, so a full run of N steps has N+1 values.
     */
    public record Result(double[] lossHistory, Network network, int stepsTaken) {
        public Result {
            lossHistory = lossHistory.clone();
        }

        @Override
        public double[] lossHistory() {
            return lossHistory.clone();
        }
    }

    /** Runs {@code steps} steps of W ← W − α·dW on the whole batch. */
    public static Result run(Network network, Batch batch, double alpha, int steps) {
        return run(network, batch, alpha, steps, Observer.none());
    }

    /** As {@link #run(Network, Batch, double, int)}, reporting each step to {@code observer}. */
    public static Result run(Network network, Batch batch, double alpha, int steps, Observer observer) {
        double[] history = new double[steps + 1];
        Network current = network;
        int taken = 0;
        while (taken < steps) {
            ForwardPass forward = ForwardPass.of(current, batch);
            history[taken] = forward.loss();
            List<LayerGradients> gradients = BackwardPass.gradients(current, batch, forward);
            current = GradientStep.apply(current, gradients, alpha);
            taken++;
            if (!observer.afterStep(taken, history[taken - 1], current)) {
                break;
            }
        }
        history[taken] = ForwardPass.of(current, batch).loss();
        return new Result(java.util.Arrays.copyOf(history, taken + 1), current, taken);
    }
}
