package com.backproplab.explorer;

import com.backproplab.math.ForwardPass;
import com.backproplab.math.Network;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.ParameterRef;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.TableId;
import java.util.List;
import java.util.Map;

/**
 * The transitions of a page's training: a fast run in the background (its start, its progress, which the
 * tables follow, and its end) and a playback taken frame by frame at a chosen pace, or one step at a time.
 * A change of the network by the learner pauses either (see {@link TrainingStatus#interruptedBy}).
 */
public final class Runs {

    private final ExplorerState s;

    Runs(ExplorerState s) {
        this.s = s;
    }

    /** After a fast run of {@code steps} steps was accepted; it waits behind {@code ahead} others, or none. */
    public ExplorerState started(int steps, int ahead) {
        TrainingStatus t = s.training().interruptedBy("a run started");
        return s.withTraining(ahead > 0 ? t.waiting(ahead, steps) : t.running(0, steps, t.lastRun()));
    }

    /**
     * After a fast run reached {@code step} of {@code of}: the tables show {@code snapshot}, the charts what the
     * run recorded so far; undo returns to before the run. A report after a pause is ignored.
     */
    public ExplorerState progress(int step, int of, Network snapshot, OptimizerState state, LastRun soFar) {
        if (!s.training().active() || s.training().phase() == TrainingStatus.Phase.PLAYING) {
            return s;
        }
        Scenario now = new Scenario(snapshot, s.scenario().batch(), s.scenario().learningRate());
        return continued(now, state, s.after(), s.training().running(step, of, soFar));
    }

    /**
     * The page at {@code now} with the optimizer at {@code state}, after steps of a run or playback: its first
     * steps are kept for undo, its later ones join them.
     */
    private ExplorerState continued(Scenario now, OptimizerState state, Aftermath a, TrainingStatus t) {
        boolean first = s.training().taken() == 0 || !s.training().active();
        History<Scenario> h = first ? s.history().push(s.scenario()) : s.history();
        Stepping st = first ? s.stepping().stepped(state) : s.stepping().advancedTo(state);
        return s.changed(Draft.of(now), h, a, t, st);
    }

    /** After a run was refused before it started, with the reason. */
    public ExplorerState refused(String reason) {
        return s.withTraining(s.training().idle(reason));
    }

    /**
     * After a fast run ended (finished, cancelled or stopped): its result becomes the network, with undo back to
     * where it started. A run the learner paused by changing the network already left its steps; the rest of
     * its report is ignored.
     */
    public ExplorerState finished(TrainingRun.Outcome o) {
        if (s.training().phase() != TrainingStatus.Phase.RUNNING) {
            return s;
        }
        Scenario trained =
                new Scenario(o.trained(), o.start().batch(), o.start().learningRate());
        LossWatch watch = o.lastRun().watch(o.start().learningRate());
        TrainingStatus t = TrainingStatus.ended(TrainingStatus.finished(o), o.lastRun());
        return continued(trained, o.state(), Aftermath.of(Map.of(), watch), t);
    }

    /** After Play at {@code pace}: a playback starts from the network shown (nothing while a cell is invalid). */
    public ExplorerState play(String pace, int most) {
        if (!s.draft().isValid() || s.training().active()) {
            return s;
        }
        return s.withTraining(TrainingStatus.playing(0, most, pace, runFromHere()));
    }

    /** After Pause: the playback stops where it is. */
    public ExplorerState pause() {
        if (s.training().phase() != TrainingStatus.Phase.PLAYING) {
            return s;
        }
        return s.withTraining(
                s.training().idle("Paused after " + s.training().taken() + " steps; press Play to go on."));
    }

    /**
     * After a frame of a playback at {@code pace}, or after Step when no playback is on: the network after the
     * frame's steps, the run's charts extended by them; undo returns to before the playback or the step.
     */
    public ExplorerState played(Playback.Frame f, String pace) {
        boolean playing = s.training().phase() == TrainingStatus.Phase.PLAYING;
        if (!s.draft().isValid() || s.training().active() && !playing) {
            return s;
        }
        LastRun run = (playing ? s.training().lastRun() : runFromHere()).extendedBy(f);
        int taken = (playing ? s.training().taken() : 0) + f.steps();
        TrainingStatus t = playing
                ? TrainingStatus.playing(taken, s.training().of(), pace, run)
                : TrainingStatus.ended("Took one step: " + run.steps() + " steps in this run.", run);
        Map<TableId, List<Integer>> marks = playing
                ? Map.of()
                : StepMarks.of(s.scenario().network(), f.after().network());
        Aftermath a = Aftermath.of(marks, run.watch(s.scenario().learningRate()));
        return continued(f.after(), f.state(), a, t);
    }

    /** The last run when it ended at the network shown (a playback goes on from it), else a new one. */
    private LastRun runFromHere() {
        ParameterRef p = s.chartParameterOrDefault();
        String label = CellRef.of(p).label();
        Scenario here = s.scenario();
        double loss = ForwardPass.of(here.network(), here.batch()).loss()
                + s.stepping().optimization().penalty(here.network());
        double value = s.scenario().network().parameter(p);
        LastRun last = s.training().lastRun();
        return last.endsAt(loss, label, value) ? last : LastRun.startingAt(loss, label, value);
    }
}
