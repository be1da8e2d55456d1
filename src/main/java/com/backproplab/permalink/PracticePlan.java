package com.backproplab.permalink;

import com.backproplab.scenario.InvalidInputException;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The exercise a link sets, its optional {@code practice} parameter: a whole pass to practise in order
 * ({@code practice=backward}, {@code forward}, {@code step}) or chosen tables ({@code practice=dW2,db2}).
 * What a learner typed is not part of it.
 *
 * @param pass the pass practised table by table in the page's order, if the exercise is a pass
 * @param tables the tables chosen, in the link's order, when the exercise is no pass
 */
public record PracticePlan(Optional<Pass> pass, List<TableId> tables) {

    /** No exercise. */
    public static final PracticePlan NONE = new PracticePlan(Optional.empty(), List.of());

    /** The most tables one link may name. */
    static final int MAX_TABLES = 64;

    /** The passes a learner practises in guided order. */
    public enum Pass {
        FORWARD("forward"),
        BACKWARD("backward"),
        STEP("step");

        private final String link;

        Pass(String link) {
            this.link = link;
        }

        /** The word in links. */
        public String link() {
            return link;
        }
    }

    public PracticePlan {
        tables = List.copyOf(tables);
        if (pass.isPresent() && !tables.isEmpty()) {
            throw new IllegalArgumentException("a pass or tables, not both");
        }
    }

    /** Practising the whole {@code p}, table by table. */
    public static PracticePlan of(Pass p) {
        return new PracticePlan(Optional.of(p), List.of());
    }

    /** Practising {@code tables}. */
    public static PracticePlan of(List<TableId> tables) {
        return new PracticePlan(Optional.empty(), tables);
    }

    public boolean isEmpty() {
        return pass.isEmpty() && tables.isEmpty();
    }

    /** The plan with {@code table} added, or taken away when it is there; choosing a table by hand ends a pass. */
    public PracticePlan toggled(TableId table) {
        List<TableId> next = new ArrayList<>(tables);
        if (!next.remove(table)) {
            next.add(table);
        }
        return of(next);
    }

    /**
     * Whether a learner may practise {@code table}: a derived table, not an input, not the check's and not
     * the copy of a parameter before the step.
     */
    public static boolean practisable(TableId table) {
        return !table.editable()
                && table.variant() != TableId.Variant.OLD
                && table.kind() != TableId.Kind.X
                && table.kind() != TableId.Kind.Y
                && table.variant() != TableId.Variant.NUMERIC
                && table.variant() != TableId.Variant.ERROR;
    }

    /** The parameter's value, e.g. {@code backward} or {@code dW2,db2}; empty for no exercise. */
    public String link() {
        return pass.map(Pass::link)
                .orElseGet(() ->
                        String.join(",", tables.stream().map(TableId::name).toList()));
    }

    /** The plan a link's {@code practice} value names (null for none), or a message naming the parameter. */
    public static PracticePlan read(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        for (Pass p : Pass.values()) {
            if (p.link.equals(text)) {
                return of(p);
            }
        }
        String[] names = text.split(",", -1);
        if (names.length > MAX_TABLES) {
            throw new InvalidInputException("practice", "at most " + MAX_TABLES + " tables");
        }
        LinkedHashSet<TableId> tables = new LinkedHashSet<>();
        for (String name : names) {
            TableId id = TableId.parse(name)
                    .filter(PracticePlan::practisable)
                    .orElseThrow(() -> new InvalidInputException(
                            "practice",
                            "'" + Abbreviation.of(name) + "' is not a table to practise; expected forward,"
                                    + " backward, step or tables such as dW2,db2"));
            tables.add(id);
        }
        return of(List.copyOf(tables));
    }
}
