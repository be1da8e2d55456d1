package com.backproplab.explorer.ui;

import com.backproplab.explorer.Arrival;
import com.backproplab.explorer.BackgroundWork;
import com.backproplab.explorer.ExplorerState;
import com.backproplab.explorer.ExportSnapshot;
import com.backproplab.explorer.Note;
import com.backproplab.explorer.Practice;
import com.backproplab.explorer.WindowedTables;
import com.backproplab.math.HiddenActivation;
import com.backproplab.permalink.ColourScale;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.permalink.PracticePlan;
import com.backproplab.permalink.PracticePlan.Pass;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.EasyNumbers;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.ScenarioValidator;
import com.backproplab.scenario.SeedExample;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The explorer at {@code /}: wires the components to the transitions of {@link ExplorerState} and renders
 * each new state with {@link PageRenderer}. It holds no other state than the current one.
 */
@Route("")
@PageTitle("Backprop Lab")
class ExplorerView extends Main implements BeforeEnterObserver, AfterNavigationObserver {

    final AppHeader header = new AppHeader();
    final ControlsPanel controls;
    final OptimizerControls optimizer = new OptimizerControls(
            o -> apply(s -> s.stepping().with(o, s.draft().architecture()).applyTo(s)),
            () -> apply(s -> s.stepping().reset(s.draft().architecture()).applyTo(s)));
    final ActionBar actions = new ActionBar();
    final PracticeBar practice = new PracticeBar();
    final ExplainBar explain = new ExplainBar();
    final Notices notices = new Notices(() -> apply(ExplorerState::randomNewCells));
    final TableSection inputs = new TableSection(PageSection.INPUTS, this::wire);
    final TableSection forward = new TableSection(PageSection.FORWARD, this::wire);
    final TableSection backward = new TableSection(PageSection.BACKWARD, this::wire);
    final TableSection step = new TableSection(PageSection.STEP, this::wire);
    final TableSection check = new TableSection(PageSection.CHECK, this::wire);
    final ChartsSection charts;
    final SharePanel share;

    private final Limits limits;
    private final PermalinkCodec codec;
    private final ScenarioValidator validator;
    private final LinkSync links;
    private final LiveCheck liveCheck;
    private final PageRenderer renderer;
    private final TrainingControl training;
    private ExplorerState state = ExplorerState.of(SeedExample.scenario());
    private int drawnWholeUpTo = WindowedTables.DRAWN_WHOLE;

    ExplorerView(BackgroundWork background, Limits limits) {
        this.limits = limits;
        this.codec = new PermalinkCodec(limits);
        this.validator = new ScenarioValidator(limits);
        this.links = new LinkSync(codec, background);
        this.liveCheck = new LiveCheck(check, background, limits, this::explainSelected);
        this.renderer = new PageRenderer(this, liveCheck, links);
        this.controls = new ControlsPanel(limits, new ControlsListener());
        // The optimizer belongs to the step: its settings sit above the step's tables, beside what they change.
        step.addControls(optimizer);
        this.charts = new ChartsSection(limits.maxSteps());
        this.share = new SharePanel(
                limits.maxBodyBytes(),
                () -> new ExportSnapshot(state.scenario(), state.stepping(), liveCheck.latest()),
                this::importJson,
                message -> apply(s -> s.withNote(Note.error("The file cannot be imported: " + message))));
        this.training = new TrainingControl(charts, background, limits, () -> state, this::apply);
        addClassName("explorer");
        actions.applyStep.addClickListener(e -> apply(ExplorerState::applyStep));
        charts.network.addSelectListener(e -> Pictured.cell(e.table(), e.row(), e.col(), state.scenario())
                .ifPresent(cell -> apply(s -> s.select(cell))));
        actions.undo.addClickListener(e -> apply(ExplorerState::undo));
        actions.redo.addClickListener(e -> apply(ExplorerState::redo));
        actions.copyLink.addClickListener(e -> links.copy(UI.getCurrent()));
        practice.backward.addClickListener(
                e -> apply(s -> s.withPractice(Practice.of(PracticePlan.of(Pass.BACKWARD)))));
        practice.stop.addClickListener(e -> apply(s -> s.withPractice(Practice.NONE)));
        practice.easy.addClickListener(e -> apply(ExplorerView::easyNumbers));
        header.onExample(e -> {
            links.pushNext();
            apply(s -> s.open(new Permalink(e.scenario(), ViewState.DEFAULT), Optional.of(Note.info(e.lookAt()))));
        });
        Div sticky = new Div(explain, practice.status, notices);
        sticky.addClassName("sticky-bar");
        // On a phone the bar is one line; a tap shows all of it (and every notice), another folds it again.
        sticky.addClickListener(e -> sticky.getClassNames().set("expanded", !sticky.hasClassName("expanded")));
        Div content = new Div(
                intro(), controls, actions, practice, share, sticky, inputs, forward, backward, step, charts, check);
        content.addClassName("content");
        add(header, content);
        renderer.show(null, state);
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

    /** Explains the selected cell again, when the gradient check it may show has come in. */
    private void explainSelected() {
        renderer.explain(state);
    }

    /** Moves to the state {@code action} makes of the current one, and shows it. */
    void apply(UnaryOperator<ExplorerState> action) {
        ExplorerState before = state;
        state = action.apply(before);
        renderer.show(before, state);
        training.follow(state);
    }

    /** Connects a new card's events to the transitions, and shows it with the current view. */
    private void wire(MatrixCard card) {
        MatrixView m = card.matrix;
        m.drawWholeUpTo(drawnWholeUpTo);
        renderer.display(m, state);
        renderer.practise(card, state);
        m.setCursor(state.view().selected());
        m.addEditListener(e -> {
            if (!m.id().editable()) {
                apply(s -> renderer.board(s)
                        .map(b -> s.withPractice(s.practice().answer(m.cell(e.row, e.col), e.text, b)))
                        .orElse(s));
                return;
            }
            m.resend();
            apply(s -> s.edit(m.cell(e.row, e.col), e.text));
        });
        card.practise.addClickListener(
                e -> apply(s -> s.withPractice(s.practice().toggled(m.id()))));
        card.hint.addClickListener(e -> apply(s -> renderer.board(s)
                .flatMap(b -> b.hintCell(m.id(), s.view().selected())
                        .map(cell -> s.select(cell).withPractice(s.practice().hint(cell, b))))
                .orElse(s)));
        m.addPasteListener(e -> {
            m.resend();
            apply(s -> s.paste(m.cell(e.row, e.col), e.text));
        });
        m.addSelectListener(e -> apply(s -> s.select(m.cell(e.row, e.col))));
    }

    /** The worked-out network with easy numbers from the seed in the controls; undo returns to the one before. */
    private static ExplorerState easyNumbers(ExplorerState s) {
        long seed = s.view().seed();
        Note note = Note.info("Easy numbers from seed " + seed + ": small integers for X and Y, one-decimal weights,"
                + " zero biases. Another seed in the controls gives other numbers.");
        return s.open(
                new Permalink(
                        EasyNumbers.of(s.scenario(), seed),
                        s.view(),
                        s.practice().plan(),
                        s.stepping().settings()),
                Optional.of(note));
    }

    /** Every card of the page. */
    void eachCard(Consumer<MatrixCard> action) {
        for (TableSection section : List.of(inputs, forward, backward, step, check)) {
            section.cards().forEach(action);
        }
    }

    /** Windows every table of more than {@code cells} cells, now and as cards come (DD015). */
    void drawWholeUpTo(int cells) {
        drawnWholeUpTo = cells;
        allCards(m -> m.drawWholeUpTo(cells));
    }

    /** Every matrix of the page. */
    void allCards(Consumer<MatrixView> action) {
        for (TableSection section : List.of(inputs, forward, backward, step, check)) {
            section.cards().forEach(card -> action.accept(card.matrix));
        }
    }

    /** Opens the state a link or an example describes; a bad link shows its message and the worked example. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        Arrival.of(q.getParameters(), q.getQueryString(), codec, limits)
                .ifPresent(arrival -> apply(s -> ExplorerState.arrive(arrival.link(), arrival.message())));
    }

    /** The router writes the address it navigated to last; the link of what is shown goes after it. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        links.forget();
        links.show(UI.getCurrent(), state.link());
    }

    /** Opens a JSON file in the API's request format, with the API's validation and messages. */
    private void importJson(byte[] data) {
        switch (Arrival.imported(data, validator, limits)) {
            case Arrival.Imported.Opened opened -> {
                links.pushNext();
                apply(s -> s.open(
                        new Permalink(opened.scenario(), ViewState.DEFAULT, PracticePlan.NONE, opened.optimizer()),
                        Optional.of(Note.info("Imported the file."))));
            }
            case Arrival.Imported.Refused refused ->
                apply(s -> s.withNote(Note.error("The file cannot be imported: " + refused.message())));
        }
        share.upload.clearFileList();
    }

    private final class ControlsListener implements ControlsPanel.Listener {
        @Override
        public void resize(List<Integer> sizes, int samples) {
            apply(s -> s.resize(sizes, samples));
        }

        @Override
        public void functions(HiddenActivation hidden, OutputChoice output) {
            apply(s -> s.withFunctions(
                    hidden, output.layer().activation(), output.layer().loss()));
        }

        @Override
        public void learningRate(double alpha) {
            apply(s -> s.withLearningRate(alpha));
        }

        @Override
        public void newCells(FillRule fill, long seed) {
            apply(s -> s.withNewCells(fill, seed));
        }

        @Override
        public void display(int digits, ColourScale heat) {
            apply(s -> s.withDisplay(digits, heat));
        }
    }
}
