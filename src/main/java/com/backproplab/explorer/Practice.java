package com.backproplab.explorer;

import com.backproplab.permalink.PracticePlan;
import com.backproplab.scenario.CellParser;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.TableId;
import java.util.HashMap;
import java.util.Map;

/**
 * The exercise on the page: the plan (a pass or chosen tables, as in the link), what the learner typed
 * into each cell with its verdict, and the hints used per cell. Immutable; every action returns the next
 * value. Whether a table is hidden, and the true values, come from a {@link PracticeBoard}.
 *
 * @param answers the last answer of each cell answered
 * @param hints how many hints each cell has had: 1 shows the computation, 2 the value
 */
public record Practice(PracticePlan plan, Map<CellRef, Answer> answers, Map<CellRef, Integer> hints) {

    /** No exercise. */
    public static final Practice NONE = of(PracticePlan.NONE);

    /** What a cell holds: correct or wrong as typed, or revealed by the second hint. */
    public enum Verdict {
        CORRECT,
        WRONG,
        REVEALED
    }

    /** The text typed into a cell and its verdict; {@code reason} says why text is no number, else empty. */
    public record Answer(String text, Verdict verdict, String reason) {}

    public Practice {
        answers = Map.copyOf(answers);
        hints = Map.copyOf(hints);
    }

    /** A fresh exercise of {@code plan}. */
    public static Practice of(PracticePlan plan) {
        return new Practice(plan, Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return plan.isEmpty();
    }

    /** The same exercise with nothing answered, for a network that changed. */
    public Practice restarted() {
        return answers.isEmpty() && hints.isEmpty() ? this : of(plan);
    }

    /** After switching {@code table} to practice, or back; its answers are kept. */
    public Practice toggled(TableId table) {
        return PracticePlan.practisable(table) ? new Practice(plan.toggled(table), answers, hints) : this;
    }

    /** Whether a cell is solved: answered correctly, or revealed. */
    public boolean solved(CellRef cell) {
        Answer a = answers.get(cell);
        return a != null && a.verdict() != Verdict.WRONG;
    }

    /**
     * After the learner typed {@code text} into {@code cell}, checked against the board's true value to the
     * digits shown. Nothing for a cell that cannot be answered now (not active, or already solved).
     */
    public Practice answer(CellRef cell, String text, PracticeBoard board) {
        if (!board.answerable(cell)) {
            return this;
        }
        Answer a = switch (CellParser.parse(text)) {
            case CellParser.Result.Value v ->
                new Answer(
                        text,
                        Tolerance.accepts(v.value(), board.truth(cell), board.digits())
                                ? Verdict.CORRECT
                                : Verdict.WRONG,
                        "");
            case CellParser.Result.Invalid bad -> new Answer(text, Verdict.WRONG, bad.reason());
        };
        Map<CellRef, Answer> next = new HashMap<>(answers);
        next.put(cell, a);
        return new Practice(plan, next, hints);
    }

    /** After asking for a hint on {@code cell}: the first shows the computation, the second reveals the value. */
    public Practice hint(CellRef cell, PracticeBoard board) {
        if (!board.answerable(cell)) {
            return this;
        }
        int used = Math.min(2, hints.getOrDefault(cell, 0) + 1);
        Map<CellRef, Integer> h = new HashMap<>(hints);
        h.put(cell, used);
        Map<CellRef, Answer> a = new HashMap<>(answers);
        if (used == 2) {
            Answer before = answers.get(cell);
            a.put(cell, new Answer(before == null ? "" : before.text(), Verdict.REVEALED, ""));
        }
        return new Practice(plan, a, h);
    }
}
