package com.backproplab.explorer.ui;

import com.backproplab.explorer.Draft;
import com.backproplab.explorer.Note;
import com.backproplab.scenario.CellRef;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The messages above the tables: invalid cells (error), label warnings, and one-off notes. */
class Notices extends Div {

    Notices() {
        addClassName("notices");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(Map<CellRef, Draft.Invalid> invalid, List<String> warnings, Optional<Note> note) {
        removeAll();
        if (!invalid.isEmpty()) {
            Div error = notice("error", "invalid-notice");
            invalid.forEach((cell, bad) -> error.add(line(cell + ": " + bad.reason())));
            error.add(line("The tables below show the last valid state until every cell holds a number."));
            add(error);
        }
        if (!warnings.isEmpty()) {
            Div warning = notice("warning", "label-warning");
            warnings.forEach(w -> warning.add(line(w)));
            add(warning);
        }
        note.ifPresent(n -> {
            Div shown = notice(n.error() ? "error" : "info", "note");
            shown.add(line(n.text()));
            add(shown);
        });
    }

    private static Div notice(String kind, String testId) {
        Div d = new Div();
        d.addClassNames("notice", "notice-" + kind);
        d.getElement().setAttribute("role", kind.equals("error") ? "alert" : "status");
        d.getElement().setAttribute("data-testid", testId);
        return d;
    }

    private static Div line(String text) {
        Div d = new Div(new Span(text));
        d.addClassName("notice-line");
        return d;
    }
}
