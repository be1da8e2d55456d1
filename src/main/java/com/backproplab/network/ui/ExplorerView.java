package com.backproplab.network.ui;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.ParameterRef;
import com.backproplab.network.BackgroundWork;
import com.backproplab.network.CellExplainer;
import com.backproplab.network.CellRef;
import com.backproplab.network.Draft;
import com.backproplab.network.History;
import com.backproplab.network.LabelCheck;
import com.backproplab.network.Limits;
import com.backproplab.network.Scenario;
import com.backproplab.network.ScenarioEditor;
import com.backproplab.network.ScenarioValidator;
import com.backproplab.network.SeedExample;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.permalink.ViewState;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The explorer at {@code /}: edit X, Y and every parameter, and see the forward pass, every derivative
 * table, the gradient-descent step and the gradient check, recomputed on each edit in one round trip.
 */
@Route("")
@PageTitle("Backprop Lab")
class ExplorerView extends Main implements BeforeEnterObserver, AfterNavigationObserver {

    final AppHeader header = new AppHeader();
    final ControlsPanel controls;
    final ActionBar actions = new ActionBar();
    final ExplainBar explain = new ExplainBar();
    final Notices notices = new Notices();
    final TableSection inputs = TableSection.inputs(this::wire);
    final TableSection forward = TableSection.forward(this::wire);
    final TableSection backward = TableSection.backward(this::wire);
    final TableSection step = TableSection.step(this::wire);
    final TableSection check = TableSection.check(this::wire);

    private final History<Scenario> history = new History<>();
    private final LinkSync links;
    private final PermalinkCodec codec;
    private final ScenarioValidator validator;
    final SharePanel share;
    private CellRef selected;
    private final LiveCheck liveCheck;
    final ChartsSection charts = new ChartsSection();
    private ParameterRef chartParameter;
    private Draft draft = Draft.of(SeedExample.scenario());
    private BackpropTrace trace;
    private Map<String, List<Integer>> changedByStep = Map.of();
    private String note;
    private int digits = 5;
    private boolean heat;

    ExplorerView(BackgroundWork background, Limits limits) {
        this.liveCheck = new LiveCheck(check, background);
        this.codec = new PermalinkCodec(limits);
        this.links = new LinkSync(codec);
        this.validator = new ScenarioValidator(limits);
        this.share = new SharePanel(
                () -> Exports.json(draft.scenario()),
                () -> Exports.csvZip(allTables()),
                () -> Exports.numpy(draft.scenario()),
                this::importJson);
        addClassName("explorer");
        controls = new ControlsPanel(new ControlsListener());
        actions.applyStep.addClickListener(e -> applyStep());
        actions.undo.addClickListener(e -> history.undo(draft.scenario()).ifPresent(this::restore));
        actions.redo.addClickListener(e -> history.redo(draft.scenario()).ifPresent(this::restore));
        actions.copyLink.addClickListener(e -> links.copy(UI.getCurrent()));
        new TrainingControl(charts, background, () -> draft, () -> trace, this::chartParameter, this::applyTrained);
        Div sticky = new Div(explain, notices);
        sticky.addClassName("sticky-bar");
        Div content =
                new Div(intro(), controls, actions, share, sticky, inputs, forward, backward, step, charts, check);
        content.addClassName("content");
        add(header, content);
        header.onExample(e -> {
            history.push(draft.scenario());
            open(new Arrival(new Permalink(e.scenario(), ViewState.DEFAULT), e.lookAt()));
        });
        controls.show(draft.scenario());
        render();
    }

    private static Div intro() {
        Paragraph lead = new Paragraph("A small network, its forward pass, each derivative table of the chain rule"
                + " and the step W − α·dW, computed live. Edit any input, label, weight or bias and every table"
                + " follows; select a cell to see its computation.");
        lead.addClassName("lead");
        Div intro = new Div(new H1("See every number of backpropagation"), lead);
        intro.addClassName("intro");
        return intro;
    }

    private void wire(MatrixCard card) {
        MatrixView m = card.matrix;
        m.setDigits(digits);
        m.setHeat(heat);
        m.addEditListener(e -> {
            m.resend();
            update(draft.edit(new CellRef(m.name(), e.row, e.col), e.text), null);
        });
        m.addPasteListener(e -> {
            m.resend();
            try {
                Draft.Pasted pasted = draft.paste(new CellRef(m.name(), e.row, e.col), e.text);
                update(pasted.draft(), pasted.notice());
            } catch (IllegalArgumentException tooLarge) {
                note = "Nothing pasted: " + tooLarge.getMessage() + ".";
                render();
            }
        });
        m.addSelectListener(e -> explain(m.name(), e.row, e.col));
    }

    private void update(Draft next, String notice) {
        if (next.isValid() && !next.scenario().equals(draft.scenario())) {
            history.push(draft.scenario());
            changedByStep = Map.of();
        }
        draft = next;
        note = notice;
        render();
    }

    private void restore(Scenario s) {
        draft = draft.with(s);
        changedByStep = Map.of();
        note = null;
        controls.show(s);
        render();
    }

    private void applyStep() {
        if (trace == null || !draft.isValid()) {
            return;
        }
        Map<String, List<Integer>> changed = new HashMap<>();
        for (int l = 0; l < trace.network().architecture().depth(); l++) {
            changed.put(
                    "W" + (l + 1),
                    StepHighlight.changed(
                            trace.network().weight(l), trace.next().weight(l)));
            changed.put(
                    "b" + (l + 1),
                    StepHighlight.changed(trace.network().bias(l), trace.next().bias(l)));
        }
        history.push(draft.scenario());
        draft = Draft.of(new Scenario(trace.next(), trace.batch(), trace.learningRate()));
        changedByStep = changed;
        note = null;
        render();
    }

    /** Shows the draft: editable grids always, the derived tables when every cell is valid. */
    private void render() {
        Scenario s = draft.scenario();
        if (draft.isValid()) {
            trace = s.trace();
            forward.show(ForwardTables.of(trace));
            backward.show(BackwardTables.of(trace));
            step.show(StepTables.of(trace));
            liveCheck.show(UI.getCurrent(), trace);
            charts.show(trace, chartParameter());
            actions.showLoss(trace.forward().loss());
        }
        inputs.show(InputTables.of(s));
        for (MatrixCard card : inputs.cards()) {
            String name = card.matrix.name();
            card.matrix.setInvalid(InvalidCells.of(draft, name));
            card.matrix.setChanged(changedByStep.getOrDefault(name, List.of()));
        }
        setClassName("stale", !draft.isValid());
        notices.show(draft.invalid(), LabelCheck.warnings(s), note);
        actions.applyStep.setEnabled(draft.isValid());
        syncLink();
        actions.undo.setEnabled(history.canUndo());
        actions.redo.setEnabled(history.canRedo());
    }

    /** The weight of the tangent picture: the last W or b cell selected, else W_L[1,0] (W2[1,0] in the seed). */
    private ParameterRef chartParameter() {
        return ChartsSection.parameterOrDefault(draft.scenario().network(), chartParameter);
    }

    /** A trained scenario becomes the current state, with undo back to where the run started. */
    private void applyTrained(Scenario trained) {
        history.push(draft.scenario());
        draft = Draft.of(trained);
        changedByStep = Map.of();
        render();
    }

    private void explain(String table, int row, int col) {
        if (table.matches("[Wb]\\d+")) {
            boolean bias = table.charAt(0) == 'b';
            chartParameter = new ParameterRef(bias, Integer.parseInt(table.substring(1)) - 1, bias ? 0 : row, col);
            if (trace != null && draft.isValid()) {
                charts.show(trace, chartParameter());
            }
        }
        selected = new CellRef(table, row, col);
        syncLink();
        String where = table + "[" + row + "," + col + "]";
        if (trace == null) {
            explain.show(where, "");
            return;
        }
        explain.show(where, CellExplainer.explain(trace, table, row, col, digits));
    }

    private ViewState viewState() {
        return new ViewState(selected, digits, heat, controls.fill.getValue(), controls.seed());
    }

    private void syncLink() {
        links.show(UI.getCurrent(), new Permalink(draft.scenario(), viewState()));
    }

    /** Opens the state a link or an example describes; a bad link shows its message and the seed example. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Arrival arrival = Arrival.of(event.getLocation().getQueryParameters(), codec);
        if (arrival != null) {
            open(arrival);
        }
    }

    /** The router writes the address it navigated to last; the link of what is shown goes after it. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        links.forget();
        syncLink();
    }

    /** Every table the page shows for the current state, for the CSV export. */
    private List<CardGroup> allTables() {
        List<CardGroup> all = new java.util.ArrayList<>(InputTables.of(draft.scenario()));
        if (trace != null) {
            all.addAll(ForwardTables.of(trace));
            all.addAll(BackwardTables.of(trace));
            all.addAll(StepTables.of(trace));
        }
        return all;
    }

    /** Opens a JSON file in the API's request format, with the API's validation and messages. */
    private void importJson(byte[] data) {
        try {
            Scenario s = Arrival.imported(data, validator);
            history.push(draft.scenario());
            open(new Arrival(new Permalink(s, ViewState.DEFAULT), "Imported the file."));
        } catch (IllegalArgumentException e) {
            note = "The file cannot be imported: " + e.getMessage();
            render();
        }
        share.upload.clearFileList();
    }

    private void open(Arrival arrival) {
        Permalink link = arrival.link();
        ViewState v = link.view();
        draft = Draft.of(link.scenario());
        changedByStep = Map.of();
        note = arrival.message();
        digits = v.digits();
        heat = v.heat();
        controls.show(link.scenario());
        controls.showView(v);
        allCards(m -> {
            m.setDigits(digits);
            m.setHeat(heat);
        });
        render();
        if (v.selected() != null) {
            explain(v.selected().matrix(), v.selected().row(), v.selected().col());
        }
    }

    private void allCards(java.util.function.Consumer<MatrixView> action) {
        for (TableSection section : List.of(inputs, forward, backward, step, check)) {
            section.cards().forEach(card -> action.accept(card.matrix));
        }
    }

    private final class ControlsListener implements ControlsPanel.Listener {
        @Override
        public void resize(List<Integer> sizes, int samples) {
            Scenario s =
                    ScenarioEditor.resized(draft.scenario(), sizes, samples, controls.fill.getValue(), controls.seed());
            history.push(draft.scenario());
            draft = draft.with(s);
            changedByStep = Map.of();
            note = null;
            render();
        }

        @Override
        public void functions(HiddenActivation hidden, OutputChoice output) {
            history.push(draft.scenario());
            draft = draft.withFunctions(
                    hidden, output.layer().activation(), output.layer().loss());
            note = null;
            render();
        }

        @Override
        public void learningRate(double alpha) {
            history.push(draft.scenario());
            draft = draft.with(ScenarioEditor.withLearningRate(draft.scenario(), alpha));
            render();
        }

        @Override
        public void newCells() {
            syncLink();
        }

        @Override
        public void display(int newDigits, boolean newHeat) {
            digits = newDigits;
            heat = newHeat;
            syncLink();
            allCards(m -> {
                m.setDigits(digits);
                m.setHeat(heat);
            });
        }
    }
}
