package com.backproplab.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

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
        State state = stateOf(trainer, architecture);
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

    /**
     * A run with an optimizer: {@code result.lossHistory()[i]} is the loss step i+1 minimised (its batch's
     * mean plus (λ/2)·ΣW²) and the last element the full-batch loss after the last step; {@code epochLoss}
     * holds the full-batch loss (with its penalty) at the start of every epoch and after the last step, at
     * the steps {@code epochStep} (0-based steps taken before it). {@code state} is the optimizer's state
     * after the run, to continue from.
     */
    public record OptimizedResult(Result result, OptimizerState state, int[] epochStep, double[] epochLoss) {
        public OptimizedResult {
            epochStep = epochStep.clone();
            epochLoss = epochLoss.clone();
        }

        @Override
        public int[] epochStep() {
            return epochStep.clone();
        }

        @Override
        public double[] epochLoss() {
            return epochLoss.clone();
        }
    }

    /**
     * Runs {@code steps} steps of {@code optimization} from {@code state} on the allocation-free trainer; each
     * step equals a step of {@link StepTrace} bit for bit.
     */
    public static OptimizedResult run(
            Network network,
            Batch batch,
            double alpha,
            Optimization optimization,
            OptimizerState state,
            int steps,
            Observer observer) {
        Architecture architecture = network.architecture();
        if (!state.fits(optimization.optimizer(), architecture)) {
            throw new InvalidNetworkException("optimizerState: its buffers do not fit the optimizer and the network");
        }
        Trainer full = new Trainer(network, batch);
        int count = optimization.batches(batch.size());
        Trainer[] trainers = new Trainer[count];
        for (int i = 0; i < count; i++) {
            trainers[i] = count == 1 ? full : new Trainer(full, architecture, optimization.batch(batch, i));
        }
        double[][][] first = buffers(state.first());
        double[][][] second = buffers(state.second());
        State view = stateOf(full, architecture);
        double[] history = new double[steps + 1];
        List<Integer> epochSteps = new ArrayList<>();
        List<Double> epochLosses = new ArrayList<>();
        int t = state.t();
        int taken = 0;
        while (taken < steps) {
            int index = Math.floorMod(t, count);
            if (index == 0 && count > 1) {
                epochSteps.add(taken);
                epochLosses.add(full.forward() + full.penalty(optimization));
            }
            Trainer trainer = trainers[index];
            history[taken] = trainer.forward() + trainer.penalty(optimization);
            if (count == 1) {
                epochSteps.add(taken);
                epochLosses.add(history[taken]);
            }
            t++;
            trainer.backwardAndStep(alpha, optimization, first, second, t);
            taken++;
            if (!observer.afterStep(taken, history[taken - 1], view)) {
                break;
            }
        }
        history[taken] = full.forward() + full.penalty(optimization);
        epochSteps.add(taken);
        epochLosses.add(history[taken]);
        OptimizerState after = new OptimizerState(t, matrices(first), matrices(second));
        return new OptimizedResult(
                new Result(Arrays.copyOf(history, taken + 1), full.network(architecture), taken),
                after,
                epochSteps.stream().mapToInt(Integer::intValue).toArray(),
                epochLosses.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double[][][] buffers(List<RealMatrix> matrices) {
        if (matrices.isEmpty()) {
            return null;
        }
        double[][][] out = new double[matrices.size()][][];
        for (int p = 0; p < out.length; p++) {
            out[p] = Matrices.toArray(matrices.get(p));
        }
        return out;
    }

    private static List<RealMatrix> matrices(double[][][] buffers) {
        if (buffers == null) {
            return List.of();
        }
        List<RealMatrix> out = new ArrayList<>();
        for (double[][] b : buffers) {
            out.add(Matrices.of(b));
        }
        return out;
    }

    /** What an observer reads of {@code trainer}'s run: single parameters, or a snapshot of the network. */
    private static State stateOf(Trainer trainer, Architecture architecture) {
        return new State() {
            @Override
            public double parameter(ParameterRef ref) {
                return trainer.parameter(ref);
            }

            @Override
            public Network network() {
                return trainer.network(architecture);
            }
        };
    }
}
