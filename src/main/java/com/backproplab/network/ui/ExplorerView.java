package com.backproplab.network.ui;

import com.backproplab.math.BackpropTrace;
import com.backproplab.network.Scenario;
import com.backproplab.network.SeedExample;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/** The explorer at {@code /}: the seed network and its numbers. */
@Route("")
@PageTitle("Backprop Lab")
class ExplorerView extends Main {

    final Span loss = new Span();

    ExplorerView() {
        addClassName("explorer");
        Scenario scenario = SeedExample.scenario();
        BackpropTrace trace = scenario.trace();

        H1 title = new H1("Backprop Lab");
        Paragraph intro = new Paragraph("See every number of backpropagation and gradient descent: the forward"
                + " pass, each derivative table of the chain rule and the step W − α·dW, for a small network"
                + " whose inputs, labels, weights and biases you can change.");
        intro.addClassName("lead");

        loss.setText(Numbers.format(trace.forward().loss(), 10));
        loss.getElement()
                .setAttribute("data-value", Double.toString(trace.forward().loss()));
        loss.addClassName("loss-value");

        Div card = new Div(
                new H2("The seed example"),
                fact("Network", "3-4-2, fully connected"),
                fact("Hidden activation", "ReLU"),
                fact("Output", "softmax with mean cross-entropy over m = 2 samples"),
                fact("Learning rate α", "0.1"),
                fact("Loss L", loss));
        card.addClassName("card");
        add(title, intro, card);
    }

    private static Div fact(String label, String value) {
        return fact(label, new Span(value));
    }

    private static Div fact(String label, Span value) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Div row = new Div(name, value);
        row.addClassName("fact");
        return row;
    }
}
