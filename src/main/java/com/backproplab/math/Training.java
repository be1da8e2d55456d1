package com.backproplab.math;

import java.util.Arrays;

/** Full-batch gradient descent for a number of steps. */
public final class Training {

    private Training() {}

    /** What an observer can read of a run after a step: cheap single parameters, or the whole network. */
    public interface State {
        /** The current value of one parameter. */
        double parameter(ParameterRef ref);

        /** The current network, as a snapshot; costs a copy of every parameter. */
        Network network();
    }

    /**
     * Watches a run: called after each step with its number (1-based) and the loss before that step;
     * returning false stops the run there.
     */
    @FunctionalInterface
    public interface Observer {
        boolean afterStep(int step, double lossBefore, State state);

        /** An observer that never stops the run. */
        static Observer none() {
            return (step, loss, state) -> true;
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
        Trainer trainer = new Trainer(network, batch);
        Architecture architecture = network.architecture();
        State state = new State() {
            @Override
            public double parameter(ParameterRef ref) {
                return trainer.parameter(ref);
            }

            @Override
            public Network network() {
                return trainer.network(architecture);
            }
        };
        double[] history = new double[steps + 1];
        int taken = 0;
        while (taken < steps) {
            history[taken] = trainer.forward();
            trainer.backwardAndStep(alpha);
            taken++;
            if (!observer.afterStep(taken, history[taken - 1], state)) {
                break;
            }
        }
        history[taken] = trainer.forward();
        return new Result(Arrays.copyOf(history, taken + 1), trainer.network(architecture), taken);
    }
}
