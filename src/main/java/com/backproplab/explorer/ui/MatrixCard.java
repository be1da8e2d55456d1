package com.backproplab.explorer.ui;

import com.backproplab.scenario.TableId;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.apache.commons.math3.linear.RealMatrix;

/** A table with its formula (KaTeX), its shape and one line of explanation. */
class MatrixCard extends Div {

    final MatrixView matrix;
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
        Div header = new Div(formula, new Div(badge, shape));
        header.addClassName("matrix-header");
        explanation.addClassName("matrix-explanation");
        add(header, matrix, explanation);
    }

    MatrixCard show(RealMatrix m, boolean editable) {
        matrix.setMatrix(m, editable);
        shape.setText(m.getRowDimension() + "×" + m.getColumnDimension());
        return this;
    }

    MatrixCard explain(String text) {
        explanation.setText(text == null ? "" : text);
        return this;
    }

    MatrixCard formula(String tex) {
        formula.setTex(tex);
        return this;
    }
}
