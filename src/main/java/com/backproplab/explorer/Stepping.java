package com.backproplab.explorer;

import com.backproplab.math.Architecture;
import com.backproplab.math.ForwardPass;
import com.backproplab.math.Optimization;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.StepTrace;
import com.backproplab.math.Training;
import com.backproplab.permalink.Permalink;
import com.backproplab.scenario.OptimizerSettings;
import com.backproplab.scenario.Scenario;
import java.util.Optional;

/**
 * How the page steps: the optimizer with its settings, weight decay and batch size ({@link Optimization}),
 * the optimizer's current state (t and its buffers), and the states that undo and redo return to, kept in
 * step with the page's history of networks. The settings themselves are not undone, like the view's.
 */
public record Stepping(Optimization optimization, OptimizerState state, History<OptimizerState> history) {

    /** Plain full-batch gradient descent: the worked example's step, and its tables. */
    public static Stepping plain(Architecture architecture) {
        return of(Optimization.PLAIN, architecture);
    }

    /** The stepping a link describes: plain gradient descent unless it names an optimizer. */
    public static Stepping at(Permalink link) {
        OptimizerSettings o = link.optimizer();
        Architecture architecture = link.scenario().network().architecture();
        Stepping st = new Stepping(o.optimization(), o.stateFor(architecture), History.empty());
        return st.fitting(architecture);
    }

    /** The settings and, once a step was taken, the state, as a link or a request carries them. */
    public OptimizerSettings settings() {
        return new OptimizerSettings(optimization, state.t() > 0 ? Optional.of(state) : Optional.empty());
    }

    /** {@code optimization} from a fresh state, nothing to undo. */
    public static Stepping of(Optimization optimization, Architecture architecture) {
        return new Stepping(
                optimization, OptimizerState.initial(optimization.optimizer(), architecture), History.empty());
    }

    /** Whether the page shows the plain step W − α·dW (gradient descent, no decay, the whole batch). */
    public boolean isPlain() {
        return optimization.equals(Optimization.PLAIN);
    }

    /** The next step of {@code s} from the current state: its batch, tables and the state after. */
    public StepTrace trace(Scenario s) {
        return StepTrace.of(s.network(), s.batch(), s.learningRate(), optimization, state, true);
    }

    /** Whether a run of {@code s} takes its steps on mini-batches (more than one batch an epoch). */
    public boolean batched(Scenario s) {
        return optimization.batches(s.batch().size()) > 1;
    }

    /**
     * {@code steps} steps of the optimizer on {@code s} from the current state, each reported to
     * {@code observer}; equal, step for step, to applying {@link #trace} that many times.
     */
    public Training.OptimizedResult run(Scenario s, int steps, Training.Observer observer) {
        return Training.run(s.network(), s.batch(), s.learningRate(), optimization, state, steps, observer);
    }

    /** What applying a step leaves: the network after it, its marks and losses, and the state after it. */
    record Applied(Scenario next, Aftermath after, Stepping stepping) {}

    /** One step of {@code s} on its batch; the losses watched are the batch's before and after it. */
    Applied apply(Scenario s) {
        StepTrace t = trace(s);
        Scenario next = new Scenario(t.next(), s.batch(), t.learningRate());
        double lossAfter = ForwardPass.of(t.next(), t.batch()).loss();
        LossWatch watch = LossWatch.of(new double[] {t.forward().loss(), lossAfter}, t.learningRate());
        return new Applied(
                next,
                Aftermath.of(StepMarks.of(t.network(), t.next()), watch),
                stepped(t.step().after()));
    }

    /** After a change that undo can return from: the current state is kept for it. */
    Stepping pushed() {
        return new Stepping(optimization, state, history.push(state));
    }

    /** After more steps of a run or a playback that undo already returns from as one: the state after them. */
    Stepping advancedTo(OptimizerState after) {
        return new Stepping(optimization, after, history);
    }

    /** After a step: {@link #pushed()}, then the state after the step. */
    Stepping stepped(OptimizerState after) {
        return new Stepping(optimization, after, history.push(state));
    }

    /** After undo or redo, which is which by the page's history {@code before} and {@code after} it. */
    Stepping restored(History<?> after, History<?> before) {
        return after.undo().size() < before.undo().size() ? undone() : redone();
    }

    /** After undo. */
    Stepping undone() {
        return history.canUndo() ? new Stepping(optimization, history.previous(), history.afterUndo(state)) : this;
    }

    /** After redo. */
    Stepping redone() {
        return history.canRedo() ? new Stepping(optimization, history.following(), history.afterRedo(state)) : this;
    }

    /** With other settings: the state carries over while it fits the optimizer, else starts again. */
    public Stepping with(Optimization next, Architecture architecture) {
        OptimizerState kept = state.fits(next.optimizer(), architecture) && sameOptimizer(next)
                ? state
                : OptimizerState.initial(next.optimizer(), architecture);
        return new Stepping(next, kept, history);
    }

    private boolean sameOptimizer(Optimization next) {
        return next.optimizer().getClass() == optimization.optimizer().getClass();
    }

    /** After opening a link or an example with {@code arrived}'s settings: undo returns to this state. */
    Stepping opened(Stepping arrived) {
        return new Stepping(arrived.optimization, arrived.state, history.push(state));
    }

    /** The page {@code s} with this stepping instead of its own, after choosing settings or a reset. */
    public ExplorerState applyTo(ExplorerState s) {
        return new ExplorerState(
                s.draft(), s.view(), s.chartParameter(), s.history(), s.after(), s.training(), s.practice(), this);
    }

    /** "Reset optimizer state": t = 0 and every buffer zero. */
    public Stepping reset(Architecture architecture) {
        return new Stepping(optimization, OptimizerState.initial(optimization.optimizer(), architecture), history);
    }

    /** This stepping for a network of {@code architecture}: a state that no longer fits starts again. */
    Stepping fitting(Architecture architecture) {
        return state.fits(optimization.optimizer(), architecture) ? this : reset(architecture);
    }
}
