package com.backproplab.explorer.ui;

import com.backproplab.explorer.BackwardTables;
import com.backproplab.explorer.CardGroup;
import com.backproplab.explorer.CellExplainer;
import com.backproplab.explorer.Diagnostic;
import com.backproplab.explorer.Diagnostics;
import com.backproplab.explorer.ExplorerState;
import com.backproplab.explorer.ForwardTables;
import com.backproplab.explorer.InputTables;
import com.backproplab.explorer.InvalidCells;
import com.backproplab.explorer.LabelCheck;
import com.backproplab.explorer.OptimizerTables;
import com.backproplab.explorer.PracticeBoard;
import com.backproplab.explorer.PracticeCells;
import com.backproplab.explorer.StepTables;
import com.backproplab.explorer.Stepping;
import com.backproplab.explorer.WindowedTables;
import com.backproplab.math.BackpropTrace;
import com.backproplab.math.ParameterRef;
import com.backproplab.math.StepTrace;
import com.backproplab.permalink.ColourScale;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.TableId;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Shows an {@link ExplorerState} in the page's components, touching only what changed since the state
 * shown before: the tables follow the network only while every cell is valid (the last valid tables stay
 * otherwise), and the trace is computed once per network.
 */
final class PageRenderer {

    private static final String PRACTICE_HINT =
            "Work this cell out by hand, type it and press Enter; Hint shows its computation.";

    private static final String WAITING = "Hidden until the tables its computation reads are solved.";

    private final ExplorerView page;
    private final LiveCheck liveCheck;
    private final LinkSync links;
    private BackpropTrace trace;
    private StepTrace stepTrace;
    private Scenario tracedScenario;
    private List<Diagnostic> unitDiagnostics = List.of();
    private ParameterRef charted;
    private boolean chartHidden;
    private PracticeBoard board;
    private double pageMax;

    PageRenderer(ExplorerView page, LiveCheck liveCheck, LinkSync links) {
        this.page = page;
        this.liveCheck = liveCheck;
        this.links = links;
    }

    /** The trace of the tables shown: the last valid state. */
    Optional<BackpropTrace> trace() {
        return Optional.ofNullable(trace);
    }

    /** Shows {@code s}; {@code before} is the state shown until now, or null on the first render. */
    void show(ExplorerState before, ExplorerState s) {
        UI ui = UI.getCurrent();
        Scenario scenario = s.scenario();
        boolean networkChanged = before == null || !before.scenario().equals(scenario);
        if (networkChanged) {
            page.controls.show(scenario);
            page.header.showExample(Gallery.all().stream()
                    .filter(e -> e.scenario().equals(scenario))
                    .findFirst());
        }
        boolean viewChanged = before == null || !before.view().equals(s.view());
        if (viewChanged) {
            page.controls.showView(s.view());
        }
        boolean traced = false;
        if (s.draft().isValid() && (trace == null || !sameNetwork(scenario) || !sameStep(s.stepping()))) {
            stepTrace = s.stepping().trace(scenario);
            trace = stepTrace.trace();
            tracedScenario = scenario;
            unitDiagnostics = Diagnostics.ofUnits(trace);
            List<CardGroup> forward = ForwardTables.of(trace);
            List<CardGroup> backward = BackwardTables.of(trace);
            List<CardGroup> step = s.stepping().isPlain() ? StepTables.of(trace) : OptimizerTables.of(stepTrace);
            // Before the tables are sent: which of them the page windows follows from all their sizes (DD015).
            page.drawWholeUpTo(WindowedTables.drawnWholeUpTo(
                    WindowedTables.sizes(trace.network(), List.of(InputTables.of(scenario), forward, backward, step))));
            page.forward.show(forward);
            page.backward.show(backward);
            page.step.show(step);
            page.optimizer.show(s.stepping(), stepTrace);
            liveCheck.show(ui, trace);
            page.actions.showLoss(trace.forward().loss());
            traced = true;
        }
        ParameterRef parameter = s.chartParameterOrDefault();
        boolean slopeHidden = board(s).map(b -> b.hidden(TableId.gradient(parameter.bias(), parameter.layer() + 1)))
                .orElse(false);
        if (trace != null && (traced || !parameter.equals(charted) || slopeHidden != chartHidden)) {
            if (slopeHidden) {
                page.charts.hideTangent(CellRef.of(parameter).label());
            } else {
                page.charts.show(trace, parameter);
            }
            charted = parameter;
            chartHidden = slopeHidden;
        }
        if (trace != null) {
            page.charts.allowGradients(board(s).isEmpty());
            page.charts.showNetwork(trace, s.view().selected());
        }
        showInputs(s);
        if (traced || before == null || !before.practice().equals(s.practice()) || viewChanged) {
            showPractice(s);
        }
        if (viewChanged || (s.view().heat() == ColourScale.PAGE && (traced || networkChanged))) {
            pageMax = pageMax();
            page.allCards(m -> display(m, s));
            page.controls.legend.show(s.view().heat(), pageMax);
        }
        page.setClassName("stale", !s.draft().isValid());
        page.notices.show(
                s.draft().invalid(), LabelCheck.warnings(scenario), s.after().note(), diagnostics(s));
        page.actions.applyStep.setEnabled(s.draft().isValid());
        page.actions.undo.setEnabled(s.history().canUndo());
        page.actions.redo.setEnabled(s.history().canRedo());
        if (before == null || !before.training().lastRun().equals(s.training().lastRun())) {
            page.charts.showRun(s.training().lastRun());
        }
        page.charts.showStatus(s.training());
        CellRef selected = s.view().selected();
        page.allCards(m -> m.setCursor(selected));
        explain(s);
        links.show(ui, s.link());
    }

    /** Shows {@code m} with the state's digits and colour scale. */
    void display(MatrixView m, ExplorerState s) {
        ColourScale heat = s.view().heat();
        m.setDisplay(s.view().digits(), heat != ColourScale.OFF, heat == ColourScale.PAGE ? pageMax : 0);
    }

    /** The largest finite |value| of every table shown, for the page's one colour scale. */
    private double pageMax() {
        double[] max = {0};
        page.allCards(m -> {
            if (m.shown() != null) {
                for (double[] row : m.shown().getData()) {
                    for (double v : row) {
                        if (Double.isFinite(v)) {
                            max[0] = Math.max(max[0], Math.abs(v));
                        }
                    }
                }
            }
        });
        return max[0];
    }

    /** What the last step, run or resize tells, then the units of the tables shown (found once per trace). */
    private List<Diagnostic> diagnostics(ExplorerState s) {
        List<Diagnostic> all = new ArrayList<>(Diagnostics.ofActions(
                s.after().losses(), s.after().grown(), s.view().seed()));
        all.addAll(unitDiagnostics);
        return all;
    }

    private boolean sameNetwork(Scenario s) {
        return trace.network().equals(s.network())
                && tracedScenario.batch().equals(s.batch())
                && trace.learningRate() == s.learningRate();
    }

    /** Whether the step shown is the one {@code st} takes next: same settings, same state. */
    private boolean sameStep(Stepping st) {
        return stepTrace.step().optimization().equals(st.optimization())
                && stepTrace.step().before() == st.state();
    }

    private void showInputs(ExplorerState s) {
        page.inputs.show(InputTables.of(s.scenario()));
        for (MatrixCard card : page.inputs.cards()) {
            card.matrix.setInvalid(InvalidCells.of(s.draft(), card.matrix.id()));
            card.matrix.setChanged(s.after().stepMarks().getOrDefault(card.matrix.id(), List.of()));
            boolean samples =
                    card.matrix.id().equals(TableId.X) || card.matrix.id().equals(TableId.Y);
            boolean part = stepTrace != null
                    && !stepTrace.rows().whole(s.scenario().batch().size());
            card.matrix.setBatch(
                    samples && part ? stepTrace.rows().from() : 0,
                    samples && part ? stepTrace.rows().to() : 0);
        }
    }

    /** The formula bar for a cell whose computation would tell a hidden number: the hint, or what to do. */
    private String practiceText(PracticeBoard b, CellRef cell) {
        if (!b.hidden(cell.table())) {
            return cell.label() + " is an input; its gradient is hidden while you practise.";
        }
        String hint = b.hint(cell, liveCheck.latest());
        return !hint.isEmpty() ? hint : b.answerable(cell) ? PRACTICE_HINT : WAITING;
    }

    /** The exercise laid over the tables shown, when there is one and a valid network to check against. */
    Optional<PracticeBoard> board(ExplorerState s) {
        if (trace == null || s.practice().isEmpty()) {
            return Optional.empty();
        }
        if (board == null || !board.isFor(s.practice(), trace, s.view().digits())) {
            board = new PracticeBoard(s.practice(), trace, s.view().digits());
        }
        return Optional.of(board);
    }

    /** Hides what the exercise hides (the values of hidden cells never leave the server) and shows progress. */
    private void showPractice(ExplorerState s) {
        page.practice.show(
                board(s).isPresent(), board(s).map(PracticeBoard::headline).orElse(""));
        page.eachCard(card -> practise(card, s));
    }

    /** Shows {@code card}'s part in the exercise of {@code s}; also for a card made later (the check's). */
    void practise(MatrixCard card, ExplorerState s) {
        TableId id = card.matrix.id();
        Optional<PracticeBoard> found = board(s);
        if (found.isEmpty()) {
            card.matrix.setPractice(PracticeCells.NONE);
            card.showPractice(PracticeBoard.Status.SHOWN, false, "", false);
            return;
        }
        PracticeBoard b = found.get();
        boolean practised = b.order().contains(id);
        int[] p = practised ? b.progress(id) : new int[2];
        card.matrix.setPractice(b.cells(id));
        boolean inPass = s.practice().plan().pass().isPresent();
        card.showPractice(b.status(id), practised, id.name() + ": " + p[0] + " of " + p[1], inPass);
    }

    /** The formula bar for the selected cell, with the numbers of the tables shown; a hidden cell shows its hint. */
    void explain(ExplorerState s) {
        ViewState v = s.view();
        if (v.selected() == null) {
            page.explain.show("ƒx", "");
            return;
        }
        Optional<PracticeBoard> board =
                board(s).filter(b -> b.explanationHidden(v.selected().table()));
        if (board.isPresent()) {
            page.explain.show(v.selected().label(), practiceText(board.get(), v.selected()));
            return;
        }
        String text = stepTrace == null
                ? ""
                : CellExplainer.explain(tracedScenario, stepTrace, liveCheck.latest(), v.selected(), v.digits());
        page.explain.show(v.selected().label(), text);
    }
}
