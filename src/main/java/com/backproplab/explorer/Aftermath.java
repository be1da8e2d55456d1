package com.backproplab.explorer;

import com.backproplab.scenario.TableId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the last action left for the page to show until the network changes otherwise: the cells of W and b
 * a step changed (row-major indices), a one-off note, what the losses of the last step or applied run say,
 * and a resize that grew hidden units with zeros.
 */
public record Aftermath(
        Map<TableId, List<Integer>> stepMarks,
        Optional<Note> note,
        Optional<LossWatch> losses,
        Optional<ZeroGrowth> grown) {

    /** Nothing to show. */
    public static final Aftermath NONE = new Aftermath(Map.of(), Optional.empty(), Optional.empty(), Optional.empty());

    public Aftermath {
        stepMarks = Map.copyOf(stepMarks);
    }

    /** Only {@code note}, or nothing. */
    static Aftermath of(Optional<Note> note) {
        return new Aftermath(Map.of(), note, Optional.empty(), Optional.empty());
    }

    /** A step's marks and losses, or an applied run's losses (with no marks). */
    static Aftermath of(Map<TableId, List<Integer>> marks, LossWatch losses) {
        return new Aftermath(marks, Optional.empty(), Optional.of(losses), Optional.empty());
    }

    Aftermath withNote(Optional<Note> n) {
        return new Aftermath(stepMarks, n, losses, grown);
    }

    Aftermath withGrown(Optional<ZeroGrowth> g) {
        return new Aftermath(stepMarks, note, losses, g);
    }
}
