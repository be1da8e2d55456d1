package com.backproplab.explorer.ui;

import com.backproplab.explorer.PracticeBoard;
import com.backproplab.permalink.PracticePlan;
import com.backproplab.scenario.TableId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.apache.commons.math3.linear.RealMatrix;

/** A table with its formula (KaTeX), its shape and one line of explanation. */
class MatrixCard extends Div {

    final MatrixView matrix;
    /** Switches the table to practice and back; only on tables a learner can compute. */
    final Button practise = new Button("Practise");
    /** Asks for a hint on the selected cell (or the first unsolved one) of a table open for practice. */
    final Button hint = new Button("Hint");

    private final Span progress = new Span();
    private final Div practiceLine = new Div();
    private final TexView formula;
    private final Span shape = new Span();
    private final Paragraph explanation = new Paragraph();

    MatrixCard(TableId id, String tex, String label) {
        addClassName("matrix-card");
        matrix = new MatrixView(id, label);
        formula = new TexView(tex);
        formula.addClassName("matrix-formula");
        shape.addClassName("matrix-shape");
        Span badge = new Span(id.name());
        badge.addClassName("matrix-name");
        practise.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        practise.addClassName("practise-toggle");
        practise.getElement().setAttribute("aria-label", "Practise " + id.name());
        practise.setVisible(PracticePlan.practisable(id));
        Div header = new Div(formula, new Div(badge, shape, practise));
        header.addClassName("matrix-header");
        explanation.addClassName("matrix-explanation");
        hint.addThemeVariants(ButtonVariant.LUMO_SMALL);
        hint.getElement().setAttribute("aria-label", "Hint for the selected cell of " + id.name());
        progress.addClassName("practice-progress");
        practiceLine.addClassName("practice-line");
        practiceLine.add(progress, hint);
        practiceLine.setVisible(false);
        add(header, matrix, practiceLine, explanation);
    }

    /**
     * Shows the table's part in the exercise: whether it is practised (the toggle's label), its progress
     * such as {@code dW2: 5 of 8}, whether it takes hints now, and no toggle during a pass.
     */
    void showPractice(PracticeBoard.Status status, boolean practised, String progressText, boolean inPass) {
        Texts.set(practise, practised ? "Show values" : "Practise");
        // A pass is left as a whole (Stop practising); choosing tables by hand would end it.
        practise.setVisible(PracticePlan.practisable(matrix.id()) && !inPass);
        setClassName("practised", status != PracticeBoard.Status.SHOWN);
        getElement().setAttribute("data-practice-mode", status.name().toLowerCase(Locale.ROOT));
        practiceLine.setVisible(practised || status == PracticeBoard.Status.WAITING);
        Texts.set(
                progress,
                status == PracticeBoard.Status.WAITING && !practised
                        ? "Hidden until the tables it reads are solved."
                        : progressText
                                + (status == PracticeBoard.Status.WAITING
                                        ? " · waiting for the tables before it"
                                        : ""));
        hint.setVisible(status == PracticeBoard.Status.OPEN);
    }

    MatrixCard show(RealMatrix m, boolean editable) {
        matrix.setMatrix(m, editable);
        Texts.set(shape, m.getRowDimension() + "×" + m.getColumnDimension());
        return this;
    }

    MatrixCard explain(String text) {
        Texts.set(explanation, text == null ? "" : text);
        return this;
    }

    MatrixCard formula(String tex) {
        formula.setTex(tex);
        return this;
    }
}
