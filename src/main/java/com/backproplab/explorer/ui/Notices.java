package com.backproplab.explorer.ui;

import com.backproplab.explorer.Diagnostic;
import com.backproplab.explorer.Draft;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.TableId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages above the tables: invalid cells (error), label warnings, one-off notes, and the diagnostics
 * of why the network cannot learn, each with a button that brings its table into view.
 */
class Notices extends Div {

    private final Runnable onRandomNewCells;
    private List<Object> shown;

    /** {@code onRandomNewCells} runs when the offer of small random values for new units is taken. */
    Notices(Runnable onRandomNewCells) {
        this.onRandomNewCells = onRandomNewCells;
        addClassName("notices");
        getElement().setAttribute("aria-live", "polite");
    }

    void show(
            Map<CellRef, Draft.Invalid> invalid,
            List<String> warnings,
            Optional<String> note,
            List<Diagnostic> diagnostics) {
        List<Object> content = List.of(new ArrayList<>(invalid.entrySet()), warnings, note, diagnostics);
        if (content.equals(shown)) {
            return;
        }
        shown = content;
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
        note.ifPresent(text -> {
            Div info = notice("info", "note");
            info.add(line(text));
            add(info);
        });
        if (!diagnostics.isEmpty()) {
            Div found = notice("warning", "diagnostics");
            diagnostics.forEach(d -> found.add(diagnostic(d)));
            add(found);
        }
    }

    private Div diagnostic(Diagnostic d) {
        Div line = line(d.message());
        line.getElement().setAttribute("data-diagnostic", d.kind().id());
        Button show = new Button("Show " + d.table().name(), e -> bringIntoView(d.table()));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        show.getElement().setAttribute("data-table", d.table().name());
        line.add(show);
        if (d.kind() == Diagnostic.Kind.GROWN_WITH_ZEROS) {
            Button random = new Button("Use small random values", e -> onRandomNewCells.run());
            random.addThemeVariants(ButtonVariant.LUMO_SMALL);
            random.getElement().setAttribute("data-testid", "random-new-cells");
            line.add(random);
        }
        return line;
    }

    private void bringIntoView(TableId table) {
        getElement()
                .executeJs(
                        "const t = document.querySelector(`[data-matrix=\"${CSS.escape($0)}\"]`);"
                                + " if (t) t.scrollIntoView({block: 'center'});",
                        table.name());
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
