package com.backproplab.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
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

        /** The optimizer's state now (t and copies of its buffers); a plain run keeps no buffers. */
        OptimizerState optimizerState();

        /**
         * The full-batch loss (with its penalty) at the start of every epoch so far, at the steps taken before
         * it; a plain run has none.
         */
        Epochs epochs();
    }

    /**
     * Full-batch losses of a run with mini-batches, once per epoch: {@code loss[i]} with {@code steps[i]} steps
     * taken before it.
     */
    public record Epochs(int[] steps, double[] loss) {
        /** No epochs recorded. */
        public static final Epochs NONE = new Epochs(new int[0], new double[0]);

        public Epochs {
            if (steps.length != loss.length) {
                throw new IllegalArgumentException(steps.length + " steps for " + loss.length + " losses");
            }
            steps = steps.clone();
            loss = loss.clone();
        }

        @Override
        public int[] steps() {
            return steps.clone();
        }

        @Override
        public double[] loss() {
            return loss.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Epochs e && Arrays.equals(steps, e.steps) && Arrays.equals(loss, e.loss);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(steps) * 31 + Arrays.hashCode(loss);
        }

        @Override
        public String toString() {
            return "Epochs" + Arrays.toString(steps) + Arrays.toString(loss);
        }
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
        Trainer trainer = Trainer.of(network, batch);
        Architecture architecture = network.architecture();
        int[] taken = {0};
        State state = stateOf(
                trainer, architecture, () -> new OptimizerState(taken[0], List.of(), List.of()), () -> Epochs.NONE);
        double[] history = new double[steps + 1];
        while (taken[0] < steps) {
            history[taken[0]] = trainer.forward();
            trainer.backwardAndStep(alpha);
            taken[0]++;
            if (!observer.afterStep(taken[0], history[taken[0] - 1], state)) {
                break;
            }
        }
        int n = taken[0];
        history[n] = trainer.forward();
        return new Result(Arrays.copyOf(history, n + 1), trainer.network(architecture), n);
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
        Trainer full = Trainer.of(network, batch);
        int count = optimization.batches(batch.size());
        Trainer[] trainers = new Trainer[count];
        for (int i = 0; i < count; i++) {
            trainers[i] = count == 1 ? full : Trainer.sharing(full, architecture, optimization.batch(batch, i));
        }
        double[][][] first = buffers(state.first());
        double[][][] second = buffers(state.second());
        int[] t = {state.t()};
        EpochLog epochs = new EpochLog(steps / count + 2);
        State view = stateOf(
                full,
                architecture,
                () -> new OptimizerState(t[0], matrices(first), matrices(second)),
                epochs::recorded);
        double[] history = new double[steps + 1];
        int taken = 0;
        while (taken < steps) {
            int index = Math.floorMod(t[0], count);
            if (index == 0 && count > 1) {
                epochs.add(taken, full.forward() + full.penalty(optimization));
            }
            Trainer trainer = trainers[index];
            history[taken] = trainer.forward() + trainer.penalty(optimization);
            if (count == 1) {
                epochs.add(taken, history[taken]);
            }
            t[0]++;
            trainer.backwardAndStep(alpha, optimization, first, second, t[0]);
            taken++;
            if (!observer.afterStep(taken, history[taken - 1], view)) {
                break;
            }
        }
        history[taken] = full.forward() + full.penalty(optimization);
        epochs.add(taken, history[taken]);
        Epochs recorded = epochs.recorded();
        OptimizerState after = new OptimizerState(t[0], matrices(first), matrices(second));
        return new OptimizedResult(
                new Result(Arrays.copyOf(history, taken + 1), full.network(architecture), taken),
                after,
                recorded.steps(),
                recorded.loss());
    }

    /** The epoch losses of a run as it goes, in arrays sized for the run. */
    private static final class EpochLog {
        private final int[] steps;
        private final double[] loss;
        private int size;

        EpochLog(int capacity) {
            steps = new int[capacity];
            loss = new double[capacity];
        }

        void add(int step, double value) {
            steps[size] = step;
            loss[size++] = value;
        }

        Epochs recorded() {
            return new Epochs(Arrays.copyOf(steps, size), Arrays.copyOf(loss, size));
        }
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

    /**
     * What an observer reads of {@code trainer}'s run: single parameters, or a snapshot of the network, of
     * the optimizer's state or of the epoch losses.
     */
    private static State stateOf(
            Trainer trainer,
            Architecture architecture,
            Supplier<OptimizerState> optimizerState,
            Supplier<Epochs> epochs) {
        return new State() {
            @Override
            public double parameter(ParameterRef ref) {
                return trainer.parameter(ref);
            }

            @Override
            public Network network() {
                return trainer.network(architecture);
            }

            @Override
            public OptimizerState optimizerState() {
                return optimizerState.get();
            }

            @Override
            public Epochs epochs() {
                return epochs.get();
            }
        };
    }
}
