package com.backproplab.explorer.ui;

import com.backproplab.explorer.Diagnostic;
import com.backproplab.explorer.Draft;
import com.backproplab.explorer.Note;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.TableId;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages above the tables: invalid cells (error), label warnings, one-off notes, and the diagnostics
 * of why the network cannot learn. The diagnostics fold into one line of headlines, so that they do not
 * fill the bar that stays on screen; they unfold at once when the last step, run or resize brought one (and
 * fold again when the next change takes it away), and each has a button that brings its table into view.
 */
class Notices extends Div {

    private final Runnable onRandomNewCells;
    private final NativeDetails diagnostics = new NativeDetails();
    private List<Object> shown;
    private List<Diagnostic> shownActions = List.of();

    /** {@code onRandomNewCells} runs when the offer of small random values for new units is taken. */
    Notices(Runnable onRandomNewCells) {
        this.onRandomNewCells = onRandomNewCells;
        addClassName("notices");
        getElement().setAttribute("aria-live", "polite");
        diagnostics.addClassNames("notice", "notice-warning");
        diagnostics.getElement().setAttribute("role", "status");
        diagnostics.getElement().setAttribute("data-testid", "diagnostics");
    }

    void show(Map<CellRef, Draft.Invalid> invalid, List<String> warnings, Optional<Note> note, List<Diagnostic> found) {
        List<Object> content = List.of(new ArrayList<>(invalid.entrySet()), warnings, note, found);
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
        note.ifPresent(n -> {
            Div shown = notice(n.error() ? "error" : "info", "note");
            shown.add(line(n.text()));
            add(shown);
        });
        showDiagnostics(found);
        if (!found.isEmpty()) {
            add(diagnostics);
        }
    }

    private void showDiagnostics(List<Diagnostic> found) {
        if (found.isEmpty()) {
            diagnostics.setOpen(false);
            shownActions = List.of();
            return;
        }
        String headlines =
                String.join("; ", found.stream().map(Diagnostic::headline).toList());
        diagnostics.setSummaryText(Character.toUpperCase(headlines.charAt(0)) + headlines.substring(1) + ".");
        Div lines = new Div();
        found.forEach(d -> lines.add(diagnostic(d)));
        diagnostics.setContent(lines);
        List<Diagnostic> actions = found.stream().filter(Notices::fromAnAction).toList();
        if (!actions.isEmpty() && !actions.equals(shownActions)) {
            diagnostics.setOpen(true);
        } else if (actions.isEmpty() && !shownActions.isEmpty()) {
            diagnostics.setOpen(false);
        }
        shownActions = actions;
    }

    /** Whether the last step, run or resize brought it, rather than the network as it stands. */
    private static boolean fromAnAction(Diagnostic d) {
        return switch (d.kind()) {
            case LOSS_RAISED, LOSS_NOT_FINITE, GROWN_WITH_ZEROS -> true;
            default -> false;
        };
    }

    private Div diagnostic(Diagnostic d) {
        Div line = line(d.message());
        line.getElement().setAttribute("data-diagnostic", d.kind().id());
        Button show = new Button("Show " + d.table().name(), e -> bringIntoView(d.table()));
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        show.getElement().setAttribute("data-table", d.table().name());
        line.add(new Text(" "), show);
        if (d.kind() == Diagnostic.Kind.GROWN_WITH_ZEROS) {
            Button random = new Button("Use small random values", e -> onRandomNewCells.run());
            random.addThemeVariants(ButtonVariant.LUMO_SMALL);
            random.getElement().setAttribute("data-testid", "random-new-cells");
            line.add(new Text(" "), random);
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
