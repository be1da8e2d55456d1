package com.backproplab.explorer.ui;

import com.backproplab.chart.BoundaryChart;
import com.backproplab.chart.EChart;
import com.backproplab.chart.LossChart;
import com.backproplab.chart.OutputChart;
import com.backproplab.chart.TangentChart;
import com.backproplab.chart.TrajectoryChart;
import com.backproplab.explorer.LastRun;
import com.backproplab.explorer.Numbers;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Training and the charts: the loss over the steps of the last run, the worked example's tangent picture for the
 * chosen weight, the outputs against the labels, the decision boundary (2 inputs) and the chosen weight's
 * trajectory.
 */
class ChartsSection extends Section {

    /** The section's anchor. */
    static final String ID = "charts";

    final IntegerField steps = new IntegerField("Steps");
    final Button run = new Button("Run steps");
    final Button cancel = new Button("Cancel");
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Checkbox logScale = new Checkbox("Log scale");
    final EChart loss = new EChart("loss");
    final EChart tangent = new EChart("tangent");
    final Paragraph tangentCaption = new Paragraph();
    final EChart outputs = new EChart("outputs");
    final EChart boundary = new EChart("boundary");
    final EChart trajectory = new EChart("trajectory");
    private final Div boundaryCard;
    private LastRun lastRun = LastRun.NONE;

    ChartsSection(int maxSteps) {
        setId(ID);
        addClassName("table-section");
        Ranges.whole(steps, 1, maxSteps, "steps");
        steps.setValue(1000);
        steps.setStepButtonsVisible(true);
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setEnabled(false);
        progress.setVisible(false);
        progress.setWidth("12rem");
        status.addClassName("train-status");
        status.getElement().setAttribute("data-testid", "train-status");
        logScale.addValueChangeListener(e -> showLoss());
        Div controls = new Div(steps, run, cancel, progress, status);
        controls.addClassName("train-controls");
        tangentCaption.addClassName("chart-caption");
        boundaryCard = card(
                boundary,
                new Paragraph("The network's answer at every point of the input plane;"
                        + " the samples are drawn with their labels. It follows every step of a run."));
        Div grid = new Div(
                card(
                        loss,
                        logScale,
                        new Paragraph("The loss before each step of the last run and after its last step.")),
                card(tangent, tangentCaption),
                card(outputs, new Paragraph("Bars: the outputs Ŷ; diamonds: the labels Y.")),
                boundaryCard,
                card(trajectory, new Paragraph("The chosen weight after each step of the last run.")));
        grid.addClassName("chart-grid");
        Paragraph intro = new Paragraph("Run full-batch gradient descent from the current state; select any cell of a"
                + " W or b table to draw its loss curve and its trajectory.");
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
        TangentChart.Step s = TangentChart.step(t, parameter);
        tangent.setOption(TangentChart.option(t, parameter));
        String name = CellRef.of(parameter).label();
        tangent.getElement().setAttribute("data-parameter", name);
        tangent.getElement().setAttribute("data-slope", Double.toString(s.slope()));
        tangentCaption.setText("The curve is the loss as " + name + " alone varies; the dashed tangent at w_old = "
                + Numbers.format(s.wOld(), 5) + " has slope dL/dw = " + Numbers.format(s.slope(), 5)
                + "; the arrow is the step to w_new = w_old − α·dL/dw = " + Numbers.format(s.wNew(), 5)
                + ", where L = " + Numbers.format(s.lossNew(), 6) + ".");
        outputs.setOption(OutputChart.option(t));
        showBoundary(t.network(), t.batch());
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
        tangentCaption.setText("The tangent picture of " + name + " is hidden while its gradient is practised.");
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
        trajectory.setOption(TrajectoryChart.option(last.parameter(), last.at(), last.values()));
    }

    private void showLoss() {
        loss.setOption(LossChart.option(lastRun.lossHistory(), logScale.getValue()));
        loss.getElement().setAttribute("data-steps", String.valueOf(lastRun.steps()));
    }

    /** The buttons, the progress bar and the status line of a training status. */
    void showStatus(TrainingStatus status) {
        boolean on = status.active();
        run.setEnabled(!on);
        cancel.setEnabled(on);
        progress.setVisible(on);
        progress.setIndeterminate(status.phase() == TrainingStatus.Phase.WAITING);
        progress.setValue(Math.max(0, Math.min(1, status.done())));
        this.status.setText(status.message());
    }
}
