package com.backproplab.network.ui;

import com.backproplab.chart.BoundaryChart;
import com.backproplab.chart.EChart;
import com.backproplab.chart.LossChart;
import com.backproplab.chart.OutputChart;
import com.backproplab.chart.TangentChart;
import com.backproplab.chart.TrajectoryChart;
import com.backproplab.math.BackpropTrace;
import com.backproplab.math.Network;
import com.backproplab.math.ParameterRef;
import com.backproplab.network.Numbers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * Training and the charts: the loss over the steps of the last run, the seed's tangent picture for the
 * chosen weight, the outputs against the labels, the decision boundary (2 inputs) and the chosen weight's
 * trajectory.
 */
class ChartsSection extends Section {

    static final int MAX_STEPS = 100_000;

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
    private double[] history;

    ChartsSection() {
        setId("charts");
        addClassName("table-section");
        steps.setMin(1);
        steps.setMax(MAX_STEPS);
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
        add(new H2("Charts and training"), intro, controls, grid);
        showLoss();
        trajectory.setOption(TrajectoryChart.option("The chosen weight", new double[0], new double[0]));
    }

    private static Div card(EChart chart, com.vaadin.flow.component.Component... below) {
        Div d = new Div(chart);
        d.add(below);
        d.addClassName("chart-card");
        return d;
    }

    /** {@code chosen} when it exists in {@code n}, otherwise W_L[1,0] (W2[1,0] in the seed). */
    static ParameterRef parameterOrDefault(Network n, ParameterRef chosen) {
        if (chosen != null
                && chosen.layer() < n.architecture().depth()
                && chosen.row() < (chosen.bias() ? 1 : n.weight(chosen.layer()).getRowDimension())
                && chosen.col() < n.bias(chosen.layer()).getColumnDimension()) {
            return chosen;
        }
        int last = n.architecture().depth() - 1;
        return ParameterRef.weight(last, Math.min(1, n.weight(last).getRowDimension() - 1), 0);
    }

    /** The charts of one state; {@code parameter} is the weight of the tangent picture. */
    void show(BackpropTrace t, ParameterRef parameter) {
        TangentChart.Step s = TangentChart.step(t, parameter);
        tangent.setOption(TangentChart.option(t, parameter));
        String name = parameter.matrixName() + "[" + parameter.row() + "," + parameter.col() + "]";
        tangent.getElement().setAttribute("data-parameter", name);
        tangent.getElement().setAttribute("data-slope", Double.toString(s.slope()));
        tangentCaption.setText("The curve is the loss as " + name + " alone varies; the dashed tangent at w_old = "
                + Numbers.format(s.wOld(), 5) + " has slope dL/dw = " + Numbers.format(s.slope(), 5)
                + "; the arrow is the step to w_new = w_old − α·dL/dw = " + Numbers.format(s.wNew(), 5)
                + ", where L = " + Numbers.format(s.lossNew(), 6) + ".");
        outputs.setOption(OutputChart.option(t));
        showBoundary(t.network(), t);
    }

    /** Redraws the decision boundary for {@code n} (also during a run). */
    void showBoundary(Network n, BackpropTrace t) {
        boolean applies = BoundaryChart.applies(n);
        boundaryCard.setClassName("hidden", !applies);
        if (applies) {
            boundary.setOption(BoundaryChart.option(n, t.batch()));
        }
    }

    void showHistory(double[] lossHistory, String parameter, double[] at, double[] values) {
        history = lossHistory;
        showLoss();
        trajectory.setOption(TrajectoryChart.option(parameter, at, values));
    }

    private void showLoss() {
        loss.setOption(LossChart.option(history == null ? new double[0] : history, logScale.getValue()));
        loss.getElement().setAttribute("data-steps", String.valueOf(history == null ? 0 : history.length - 1));
    }

    void running(boolean on) {
        run.setEnabled(!on);
        cancel.setEnabled(on);
        progress.setVisible(on);
        progress.setValue(0);
    }
}
