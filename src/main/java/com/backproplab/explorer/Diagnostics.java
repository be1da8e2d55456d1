package com.backproplab.explorer;

import com.backproplab.math.BackpropTrace;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a network cannot learn, or learns badly, read from the numbers the engine produced: dead ReLU units,
 * units that are copies of each other, saturated sigmoid or tanh units, steps that raised the loss or made
 * it NaN, and new units grown with zeros. Each names the layer and the units, and the table that shows it.
 */
public final class Diagnostics {

    private Diagnostics() {}

    /** Everything worth saying about {@code trace}, the last step or run, and the last resize. */
    public static List<Diagnostic> of(
            BackpropTrace trace, Optional<LossWatch> losses, Optional<ZeroGrowth> grown, long seed) {
        List<Diagnostic> out = new ArrayList<>(ofActions(losses, grown, seed));
        out.addAll(ofUnits(trace));
        return List.copyOf(out);
    }

    /** What the last step or run and the last resize tell: new units with zeros, rises of the loss, NaN. */
    public static List<Diagnostic> ofActions(Optional<LossWatch> losses, Optional<ZeroGrowth> grown, long seed) {
        List<Diagnostic> out = new ArrayList<>();
        grown.ifPresent(g -> out.add(grownWithZeros(g, seed)));
        losses.ifPresent(w -> out.addAll(losses(w)));
        return List.copyOf(out);
    }

    /** The hidden units of {@code trace} that are dead, copies of each other, or saturated. */
    public static List<Diagnostic> ofUnits(BackpropTrace trace) {
        List<Diagnostic> out = new ArrayList<>(UnitDiagnostics.deadUnits(trace));
        out.addAll(UnitDiagnostics.symmetricUnits(trace.network()));
        out.addAll(UnitDiagnostics.saturatedUnits(trace));
        return List.copyOf(out);
    }

    /** The steps of the last step or run that raised the loss, or after which it was NaN or infinite. */
    static List<Diagnostic> losses(LossWatch w) {
        List<Diagnostic> out = new ArrayList<>();
        String alpha = "α = " + Numbers.format(w.alpha(), 6);
        if (w.notFinite() > 0) {
            String which = w.steps() == 1 ? "The step" : "Step " + w.notFinite() + " of the run";
            out.add(new Diagnostic(
                    Diagnostic.Kind.LOSS_NOT_FINITE,
                    (w.steps() == 1 ? "the step" : "step " + w.notFinite()) + " made the loss "
                            + Numbers.format(w.notFiniteValue(), 6),
                    which + " made the loss " + Numbers.format(w.notFiniteValue(), 6) + " (it was "
                            + Numbers.format(w.beforeNotFinite(), 6) + " before): with " + alpha + " the step"
                            + " overshot so far that the numbers overflowed. Undo, and try a smaller α.",
                    TableId.LOSS));
        }
        if (w.rises() > 0) {
            String change = "from " + Numbers.format(w.riseFrom(), 6) + " to " + Numbers.format(w.riseTo(), 6);
            String text;
            if (w.steps() == 1) {
                text = "The step raised the loss " + change + ": " + alpha + " is too large here, and the step"
                        + " overshot the minimum along −dW. Undo, and try a smaller α.";
            } else {
                boolean lower = w.last() < w.first();
                text = w.rises() + " of the " + w.steps() + " steps raised the loss, the first of them step "
                        + w.firstRise() + " (" + change + "): " + alpha + " overshoots there. "
                        + (lower
                                ? "The run still lowered L from " + Numbers.format(w.first(), 6) + " to "
                                        + Numbers.format(w.last(), 6) + "; a smaller α descends smoothly."
                                : "The run ended no lower than it began: α is too large; undo, and try a smaller"
                                        + " one.");
            }
            String headline = w.steps() == 1
                    ? "the step raised the loss"
                    : w.rises() + " of the " + w.steps() + " steps raised the loss";
            out.add(new Diagnostic(Diagnostic.Kind.LOSS_RAISED, headline, text, TableId.LOSS));
        }
        return out;
    }

    /** New hidden units that start at zero, and the offer of small random values from the seed instead. */
    static Diagnostic grownWithZeros(ZeroGrowth g, long seed) {
        List<String> layers = new ArrayList<>();
        for (ZeroGrowth.Grown grown : g.grown()) {
            List<Integer> units = new ArrayList<>();
            for (int j = grown.from(); j < grown.to(); j++) {
                units.add(j);
            }
            layers.add("hidden layer " + grown.layer() + ": " + new UnitDiagnostics.Units(units, grown.to()).list());
        }
        return new Diagnostic(
                Diagnostic.Kind.GROWN_WITH_ZEROS,
                "the new units start at zero and cannot learn",
                "The new units (" + String.join("; ", layers) + ") start with zero weights: units with equal"
                        + " weights get equal gradients and stay equal, and with ReLU or tanh a unit whose weights"
                        + " in and out are all zero gets no gradient at all, so the new units cannot learn. Fill"
                        + " them with small random values from seed " + seed + " instead.",
                TableId.weight(g.grown().getFirst().layer()));
    }
}
