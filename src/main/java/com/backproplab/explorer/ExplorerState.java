package com.backproplab.explorer;

import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.ParameterRef;
import com.backproplab.permalink.ColourScale;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.TableShape;
import java.util.List;
import java.util.Optional;

/**
 * Everything the explorer page shows, as one immutable value: the draft being edited, the view (the one
 * selected cell, digits, colour scale, rule for new cells), the parameter the charts follow, undo and redo,
 * the cells the last step changed, a one-off note, the training status, what the losses of the last step or
 * run say, a resize that grew hidden units with zeros, and the exercise of practice mode. Every user action is
 * a method that returns the next state; the page only renders states. What each action resets: DD003.
 *
 * @param chartParameter the parameter of the tangent and trajectory charts, once a parameter cell was chosen
 * @param after what the last action left to show: step marks, a note, losses, growth with zeros
 * @param stepping the optimizer, its settings and its state (t and buffers), kept in step with undo and redo
 */
public record ExplorerState(
        Draft draft,
        ViewState view,
        Optional<ParameterRef> chartParameter,
        History<Scenario> history,
        Aftermath after,
        TrainingStatus training,
        Practice practice,
        Stepping stepping) {

    /** A page showing {@code s} with the default view and nothing to undo. */
    public static ExplorerState of(Scenario s) {
        return arrive(new Permalink(s, ViewState.DEFAULT), Optional.empty());
    }

    /** The network being edited (its last valid values where a cell is invalid). */
    public Scenario scenario() {
        return draft.scenario();
    }

    /** What the address bar holds for this state. */
    public Permalink link() {
        return new Permalink(draft.scenario(), view, practice.plan(), stepping.settings());
    }

    /** After a change of the exercise: a table to practise, an answer, a hint. */
    public ExplorerState withPractice(Practice p) {
        return new ExplorerState(draft, view, chartParameter, history, after, training, p, stepping);
    }

    /** The parameter of the tangent and trajectory charts: the one chosen while it exists, else W_L[1,0]. */
    public ParameterRef chartParameterOrDefault() {
        return ChartParameter.orDefault(chartParameter, scenario());
    }

    /** After typing {@code text} into an editable cell. */
    public ExplorerState edit(CellRef cell, String text) {
        return changedTo(draft.edit(cell, text), Optional.empty());
    }

    /** After pasting a block with its top-left cell at {@code at}. */
    public ExplorerState paste(CellRef at, String text) {
        Draft.Pasted pasted = draft.paste(at, text);
        return changedTo(pasted.draft(), pasted.notice());
    }

    /** After choosing other layer sizes or another number of samples; new cells follow the view's rule. */
    public ExplorerState resize(List<Integer> sizes, int samples) {
        Scenario s = ScenarioEditor.resized(scenario(), sizes, samples, view.fill(), view.seed());
        ExplorerState next = changedTo(draft.with(s), Optional.empty());
        Optional<ZeroGrowth> zeros =
                view.fill() == FillRule.ZEROS ? ZeroGrowth.of(scenario(), sizes, samples) : Optional.empty();
        return next.scenario().equals(scenario()) ? next : next.withGrown(zeros);
    }

    /** After accepting the offer of a resize with zeros: the same resize with random values (the new rule). */
    public ExplorerState randomNewCells() {
        if (after.grown().isEmpty()) {
            return this;
        }
        ZeroGrowth g = after.grown().get();
        Scenario s = ScenarioEditor.resized(g.before(), g.sizes(), g.samples(), FillRule.RANDOM, view.seed());
        Draft d = draft.with(s);
        ViewState v = new ViewState(view.selected(), view.digits(), view.heat(), FillRule.RANDOM, view.seed());
        return new ExplorerState(
                d,
                v.withSelected(keptSelection(s)),
                chartParameter,
                history,
                Aftermath.NONE,
                training,
                practice,
                stepping);
    }

    private ExplorerState withGrown(Optional<ZeroGrowth> g) {
        return withAfter(after.withGrown(g));
    }

    /** After choosing other functions. */
    public ExplorerState withFunctions(HiddenActivation hidden, OutputActivation output, LossFunction loss) {
        return changedTo(draft.withFunctions(hidden, output, loss), Optional.empty());
    }

    /** After choosing another learning rate. */
    public ExplorerState withLearningRate(double alpha) {
        return changedTo(draft.with(ScenarioEditor.withLearningRate(scenario(), alpha)), Optional.empty());
    }

    /**
     * The draft {@code next} with the note {@code notice}: a valid change of the network can be undone and
     * clears the step's marks; an invalid cell keeps the network (and the marks) as they were.
     */
    private ExplorerState changedTo(Draft next, Optional<Note> notice) {
        boolean changed = next.isValid() && !next.scenario().equals(scenario());
        Interruption i = interruption(!next.equals(draft), "the network was edited", notice);
        if (!changed) {
            return changed(next, history, after.withNote(i.note()), i.training());
        }
        return changed(next, history.push(scenario()), Aftermath.of(i.note()), i.training());
    }

    /** What a change by the learner does to an active run: it pauses, and the note says so. */
    private record Interruption(TrainingStatus training, Optional<Note> note) {}

    private Interruption interruption(boolean changes, String why, Optional<Note> notice) {
        if (!changes || !training.active()) {
            return new Interruption(training, notice);
        }
        TrainingStatus paused = training.interruptedBy(why);
        return new Interruption(paused, notice.or(() -> Optional.of(Note.info(paused.message()))));
    }

    /** The state with another draft, history, aftermath and training; a selection that no longer exists goes. */
    ExplorerState changed(Draft d, History<Scenario> h, Aftermath a, TrainingStatus t) {
        return changed(d, h, a, t, h == history ? stepping : stepping.pushed());
    }

    ExplorerState changed(Draft d, History<Scenario> h, Aftermath a, TrainingStatus t, Stepping st) {
        ViewState v = view.withSelected(keptSelection(d.scenario()));
        Practice p = d.scenario().equals(scenario()) ? practice : practice.restarted();
        return new ExplorerState(d, v, chartParameter, h, a, t, p, st.fitting(d.architecture()));
    }

    /** After choosing the digits shown and the colour scale. */
    public ExplorerState withDisplay(int digits, ColourScale heat) {
        return withView(new ViewState(view.selected(), digits, heat, view.fill(), view.seed()));
    }

    /** After choosing how new cells are filled. */
    public ExplorerState withNewCells(FillRule fill, long seed) {
        return withView(new ViewState(view.selected(), view.digits(), view.heat(), fill, seed));
    }

    /** After selecting {@code cell}; a cell of W2, dW2, W2_next, dW2_error, … also becomes the charts' parameter. */
    public ExplorerState select(CellRef cell) {
        Optional<ParameterRef> parameter = cell.parameter().or(() -> chartParameter);
        return new ExplorerState(
                draft, view.withSelected(cell), parameter, history, after, training, practice, stepping);
    }

    private ExplorerState withView(ViewState v) {
        return new ExplorerState(draft, v, chartParameter, history, after, training, practice, stepping);
    }

    /** After a message about something that changed nothing, such as a file that cannot be imported. */
    public ExplorerState withNote(Note message) {
        return withAfter(after.withNote(Optional.of(message)));
    }

    private ExplorerState withAfter(Aftermath a) {
        return new ExplorerState(draft, view, chartParameter, history, a, training, practice, stepping);
    }

    /**
     * After applying one step of the optimizer (on its batch), which advances its state; its changed cells
     * are marked and the batch's losses before and after it watched. Nothing while a cell is invalid.
     */
    public ExplorerState applyStep() {
        if (!draft.isValid()) {
            return this;
        }
        Stepping.Applied a = stepping.apply(scenario());
        Interruption i = interruption(true, "a step was applied", Optional.empty());
        Aftermath after = i.note().isPresent() ? a.after().withNote(i.note()) : a.after();
        return changed(Draft.of(a.next()), history.push(scenario()), after, i.training(), a.stepping());
    }

    /** After undo: the network before the last change; invalid cells that still fit are kept. */
    public ExplorerState undo() {
        return history.canUndo() ? restored(history.previous(), history.afterUndo(scenario())) : this;
    }

    /** After redo: the network the last undo left. */
    public ExplorerState redo() {
        return history.canRedo() ? restored(history.following(), history.afterRedo(scenario())) : this;
    }

    private ExplorerState restored(Scenario s, History<Scenario> h) {
        Interruption i = interruption(true, "of undo or redo", Optional.empty());
        Stepping st = stepping.restored(h, history);
        return changed(draft.with(s), h, Aftermath.of(i.note()), i.training().quiet(), st);
    }

    /** The page as a link describes it, with {@code message} beside it; nothing to undo. */
    public static ExplorerState arrive(Permalink link, Optional<Note> message) {
        Optional<ParameterRef> charted =
                Optional.ofNullable(link.view().selected()).flatMap(CellRef::parameter);
        Draft d = Draft.of(link.scenario());
        Practice p = Practice.of(link.practice());
        Stepping st = Stepping.at(link);
        return new ExplorerState(
                d, link.view(), charted, History.empty(), Aftermath.of(message), TrainingStatus.NONE, p, st);
    }

    /** After opening an example, a link or a file from this page: undo returns to what was shown. */
    public ExplorerState open(Permalink link, Optional<Note> message) {
        ExplorerState a = arrive(link, message);
        TrainingStatus t =
                training.active() ? training.interruptedBy("another network was opened") : TrainingStatus.NONE;
        Stepping st = stepping.opened(a.stepping);
        return new ExplorerState(
                a.draft, a.view, a.chartParameter, history.push(scenario()), a.after, t, a.practice, st);
    }

    /** The transitions of training runs and playback from this state. */
    public Runs runs() {
        return new Runs(this);
    }

    ExplorerState withTraining(TrainingStatus t) {
        return new ExplorerState(draft, view, chartParameter, history, after, t, practice, stepping);
    }

    /** The selected cell if {@code s} still has it, else none. */
    private CellRef keptSelection(Scenario s) {
        CellRef cell = view.selected();
        return cell == null || TableShape.contains(s, cell) ? cell : null;
    }
}
