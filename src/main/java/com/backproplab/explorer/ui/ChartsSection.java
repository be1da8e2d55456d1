package com.backproplab.explorer.ui;

import com.backproplab.chart.BoundaryChart;
import com.backproplab.chart.EChart;
import com.backproplab.chart.LossChart;
import com.backproplab.chart.NetworkPicture;
import com.backproplab.chart.NetworkView;
import com.backproplab.chart.Options;
import com.backproplab.chart.OutputChart;
import com.backproplab.chart.TangentChart;
import com.backproplab.chart.TrajectoryChart;
import com.backproplab.explorer.LastRun;
import com.backproplab.explorer.Numbers;
import com.backproplab.explorer.Playback;
import com.backproplab.explorer.TrainingStatus;
import com.backproplab.math.BackpropTrace;
import com.backproplab.math.Batch;
import com.backproplab.math.Network;
import com.backproplab.math.ParameterRef;
import com.backproplab.scenario.CellRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Training and the charts: the loss over the steps of the last run, the worked example's tangent picture for the
 * chosen weight, the outputs against the labels, the decision boundary (2 inputs) and the chosen weight's
 * trajectory.
 */
class ChartsSection extends Section {

    /** The section's anchor. */
    static final String ID = "charts";

    final Button play = new Button("Play", PageIcon.PLAY.create());
    final Button pause = new Button("Pause", PageIcon.PAUSE.create());
    final Button stepOnce = new Button("Step", PageIcon.STEP_FORWARD.create());
    final Select<Integer> speed = new Select<>();
    final IntegerField steps = new IntegerField("Steps");
    final Button run = new Button("Run steps");
    final Button cancel = new Button("Cancel");
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Checkbox logScale = new Checkbox("Log scale");
    final EChart loss = new EChart("loss");
    final EChart tangent = new EChart("tangent");
    final EChart valley = new EChart("valley");
    final Paragraph tangentCaption = new Paragraph();
    private final Paragraph lossCaption = new Paragraph();
    final EChart outputs = new EChart("outputs");
    final EChart boundary = new EChart("boundary");
    final EChart trajectory = new EChart("trajectory");
    final NetworkView network = new NetworkView();
    final Checkbox networkGradients = new Checkbox("Edges show dW and db");
    private BackpropTrace pictured;
    private CellRef pictureSelection;
    private final Div boundaryCard;
    private LastRun lastRun = LastRun.NONE;
    private LastRun here = LastRun.NONE;

    ChartsSection(int maxSteps) {
        setId(ID);
        addClassName("table-section");
        Ranges.whole(steps, 1, maxSteps, "steps");
        steps.setValue(1000);
        steps.setStepButtonsVisible(true);
        play.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        play.setId("play");
        pause.setId("pause");
        stepOnce.setId("step-once");
        stepOnce.setTooltipText("One step of gradient descent, added to the charts' run");
        speed.setLabel("Speed");
        speed.setId("speed");
        speed.setItems(Playback.SPEEDS);
        speed.setItemLabelGenerator(Playback::label);
        speed.setValue(10);
        speed.setWidth("10.5rem");
        cancel.setEnabled(false);
        progress.setVisible(false);
        progress.setWidth("12rem");
        status.addClassName("train-status");
        status.getElement().setAttribute("data-testid", "train-status");
        logScale.addValueChangeListener(e -> showLoss());
        Div watch = new Div(play, pause, stepOnce, speed);
        watch.addClassName("train-group");
        watch.getElement().setAttribute("aria-label", "Watch training");
        Div fast = new Div(steps, run, cancel, progress);
        fast.addClassName("train-group");
        Div controls = new Div(watch, fast, status);
        controls.addClassName("train-controls");
        tangentCaption.addClassName("chart-caption");
        valley.setHeight("220px");
        boundaryCard = card(
                boundary,
                new Paragraph("The network's answer at every point of the input plane;"
                        + " the samples are drawn with their labels. It follows every step of a run."));
        networkGradients.setId("network-gradients");
        networkGradients.addValueChangeListener(e -> drawNetwork());
        Div networkCard = new Div(
                new H3("The network"),
                networkGradients,
                network,
                new Paragraph("Each weight W_l[i, j] is an edge from unit i to unit j of the next layer: blue"
                        + " positive, orange negative, as wide as its size; a unit's fill is its bias. Click an"
                        + " edge or a unit to select its cell. It follows every edit and every step."));
        networkCard.addClassNames("chart-card", "network-card");
        Div grid = new Div(
                networkCard,
                card(loss, logScale, lossCaption),
                card(tangent, tangentCaption, valley),
                card(outputs, new Paragraph("Bars: the outputs Ŷ; diamonds: the labels Y.")),
                boundaryCard,
                card(trajectory, new Paragraph("The chosen weight after each step of the last run.")));
        grid.addClassName("chart-grid");
        Paragraph intro = new Paragraph("Watch the optimizer chosen in the step section train from the current state"
                + " (Play, Pause, Step at a chosen speed; every table and chart follows), or run many steps at once."
                + " Select any cell of a W or b table to draw its loss curve and its trajectory.");
        intro.addClassName("section-intro");
        add(new SectionHeading(this, "Charts and training"), intro, controls, grid);
        showRun(LastRun.NONE);
    }

    private static Div card(EChart chart, com.vaadin.flow.component.Component... below) {
        Div d = new Div(chart);
        d.add(below);
        d.addClassName("chart-card");
        return d;
    }

    /** The charts of one state; {@code parameter} is the weight of the tangent picture. */
    void show(BackpropTrace t, ParameterRef parameter) {
        TangentChart.Picture picture = TangentChart.of(t, parameter);
        TangentChart.Step s = picture.step();
        tangent.setOption(picture.zoomed());
        valley.setOption(picture.valley());
        String name = CellRef.of(parameter).label();
        tangent.getElement().setAttribute("data-parameter", name);
        tangent.getElement().setAttribute("data-slope", Double.toString(s.slope()));
        Texts.set(
                tangentCaption,
                "The curve is the loss as " + name + " alone varies; the dashed tangent at w_old = "
                        + Numbers.format(s.wOld(), 5) + " has slope dL/dw = " + Numbers.format(s.slope(), 5)
                        + "; the orange arrow is the step to w_new = w_old − α·dL/dw = " + Numbers.format(s.wNew(), 5)
                        + ", where L = " + Numbers.format(s.lossNew(), 6) + ". The dots are the next steps along "
                        + name + " alone. Below: the whole valley, the zoomed window shaded.");
        here = LastRun.startingAt(t.forward().loss(), name, s.wOld());
        if (lastRun.steps() == 0) {
            showRun(lastRun);
        }
        outputs.setOption(OutputChart.option(t));
        showBoundary(t.network(), t.batch());
    }

    /** The picture of {@code t}'s network with {@code selected} marked. */
    void showNetwork(BackpropTrace t, CellRef selected) {
        if (t == pictured && java.util.Objects.equals(selected, pictureSelection)) {
            return;
        }
        pictured = t;
        pictureSelection = selected;
        drawNetwork();
    }

    private void drawNetwork() {
        if (pictured != null) {
            network.show(NetworkPicture.of(pictured, networkGradients.getValue(), pictureSelection));
        }
    }

    /**
     * Whether the network picture may show dW and db: not while a table is being practised, since its edges
     * would give the gradients away.
     */
    void allowGradients(boolean allowed) {
        networkGradients.setEnabled(allowed);
        networkGradients.setHelperText(allowed ? null : "Not while practising");
        if (!allowed && networkGradients.getValue()) {
            networkGradients.setValue(false);
        }
    }

    /**
     * Leaves out the tangent picture of {@code name} while its gradient is being practised: its slope is the
     * answer. The other charts stay.
     */
    void hideTangent(String name) {
        var option = JsonNodeFactory.instance.objectNode();
        option.putObject("title")
                .put("text", "Hidden while d" + name.charAt(0) + " is practised")
                .put("left", "center")
                .put("top", "middle");
        tangent.setOption(option);
        tangent.getElement().setAttribute("data-parameter", name);
        tangent.getElement().removeAttribute("data-slope");
        Texts.set(tangentCaption, "The tangent picture of " + name + " is hidden while its gradient is practised.");
    }

    /** Redraws the decision boundary for {@code n} (also during a run). */
    void showBoundary(Network n, Batch batch) {
        boolean applies = BoundaryChart.applies(n);
        boundaryCard.setClassName("hidden", !applies);
        if (applies) {
            boundary.setOption(BoundaryChart.option(n, batch));
        }
    }

    /** The loss and trajectory charts of the last run. */
    void showRun(LastRun last) {
        lastRun = last;
        showLoss();
        LastRun run = shown();
        ObjectNode option = TrajectoryChart.option(run.parameter(), run.at(), run.values());
        if (last.steps() == 0) {
            Options.hint(option, "Its value after each step is drawn here.");
        }
        trajectory.setOption(option);
    }

    /** The last run, or before any run the network shown as step 0 with a hint. */
    private LastRun shown() {
        return lastRun.steps() > 0 ? lastRun : here;
    }

    private void showLoss() {
        LastRun run = shown();
        ObjectNode option = LossChart.option(
                run.lossHistory(), run.epochs().steps(), run.epochs().loss(), logScale.getValue());
        if (lastRun.steps() == 0) {
            Options.hint(option, "Press Play, Step or Run steps to draw the loss.");
        }
        loss.setOption(option);
        loss.getElement().setAttribute("data-steps", String.valueOf(lastRun.steps()));
        loss.getElement()
                .setAttribute("data-epochs", String.valueOf(lastRun.epochs().steps().length));
    }

    /** The buttons, the progress bar and the status line of a training status. */
    void showStatus(TrainingStatus status) {
        boolean on = status.active();
        boolean fastRun = on && status.phase() != TrainingStatus.Phase.PLAYING;
        run.setEnabled(!on);
        play.setEnabled(!on);
        stepOnce.setEnabled(!on);
        pause.setEnabled(status.phase() == TrainingStatus.Phase.PLAYING);
        cancel.setEnabled(fastRun);
        progress.setVisible(fastRun);
        getElement().setAttribute("data-training", status.phase().name().toLowerCase(java.util.Locale.ROOT));
        progress.setIndeterminate(status.phase() == TrainingStatus.Phase.WAITING);
        progress.setValue(Math.max(0, Math.min(1, status.done())));
        Texts.set(this.status, status.message());
    }
}
