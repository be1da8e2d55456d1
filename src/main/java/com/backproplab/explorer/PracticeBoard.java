package com.backproplab.explorer;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.permalink.PracticePlan;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * An exercise laid over one network: which tables are practised, in which order, which are hidden, and the
 * true value of every practised cell. A table is hidden while it is practised and unsolved, or reads
 * (through {@link TableDependencies}) a hidden table; a practised table is open for answers when it is
 * hidden for itself only, and, in a pass, when it is the first unsolved table of the pass.
 */
public final class PracticeBoard {

    /** How a table takes part in the exercise. */
    public enum Status {
        /** Not part of it: shown as always. */
        SHOWN,
        /** Practised and open: its unsolved cells take answers. */
        OPEN,
        /** Hidden until the tables before it are solved. */
        WAITING,
        /** Practised and solved. */
        SOLVED
    }

    private final Practice practice;
    private final BackpropTrace trace;
    private final int digits;
    private final Map<TableId, RealMatrix> values = new LinkedHashMap<>();
    private final List<TableId> order;
    private final Map<TableId, Boolean> hidden = new HashMap<>();

    public PracticeBoard(Practice practice, BackpropTrace trace, int digits) {
        this.practice = practice;
        this.trace = trace;
        this.digits = digits;
        List<CardGroup> derived = new ArrayList<>(ForwardTables.of(trace));
        derived.addAll(BackwardTables.of(trace));
        derived.addAll(StepTables.of(trace));
        for (CardGroup g : derived) {
            g.cards().forEach(c -> values.put(c.id(), c.value()));
        }
        this.order = practised(practice.plan());
    }

    private List<TableId> practised(PracticePlan plan) {
        if (plan.pass().isEmpty()) {
            return plan.tables().stream().filter(values::containsKey).toList();
        }
        List<CardGroup> groups = switch (plan.pass().get()) {
            case FORWARD -> ForwardTables.of(trace);
            case BACKWARD -> BackwardTables.of(trace);
            case STEP -> StepTables.of(trace);
        };
        return groups.stream()
                .flatMap(g -> g.cards().stream())
                .map(CardSpec::id)
                .filter(PracticePlan::practisable)
                .toList();
    }

    /** Whether this board is the one of {@code p} over {@code t} with {@code d} digits shown. */
    public boolean isFor(Practice p, BackpropTrace t, int d) {
        return practice.equals(p) && trace == t && digits == d;
    }

    public int digits() {
        return digits;
    }

    /** The practised tables, in the order they are worked through. */
    public List<TableId> order() {
        return order;
    }

    /** The true value of {@code cell}, a cell of a derived table. */
    double truth(CellRef cell) {
        return values.get(cell.table()).getEntry(cell.row(), cell.col());
    }

    /** How many cells of {@code table} are solved, and how many it has. */
    public int[] progress(TableId table) {
        RealMatrix m = values.get(table);
        int solved = 0;
        for (int r = 0; r < m.getRowDimension(); r++) {
            for (int c = 0; c < m.getColumnDimension(); c++) {
                solved += practice.solved(new CellRef(table, r, c)) ? 1 : 0;
            }
        }
        return new int[] {solved, m.getRowDimension() * m.getColumnDimension()};
    }

    private boolean solved(TableId table) {
        int[] p = progress(table);
        return p[0] == p[1];
    }

    /** The table a pass is at: its first unsolved table; for chosen tables, none. */
    public Optional<TableId> current() {
        if (practice.plan().pass().isEmpty()) {
            return Optional.empty();
        }
        return order.stream().filter(t -> !solved(t)).findFirst();
    }

    /** Whether the page must not show the numbers of {@code table}; an input table (X, Y, W, b) never is. */
    public boolean hidden(TableId table) {
        if (table.editable()) {
            return false;
        }
        Boolean known = hidden.get(table);
        if (known != null) {
            return known;
        }
        boolean h = (order.contains(table) && !solved(table)) || blocked(table);
        hidden.put(table, h);
        return h;
    }

    private boolean blocked(TableId table) {
        return TableDependencies.reads(
                        table, trace.network().architecture(), trace.batch().size())
                .stream()
                .anyMatch(this::hidden);
    }

    /** Whether the formula bar's computation for a cell of {@code table} would tell a hidden number. */
    public boolean explanationHidden(TableId table) {
        return hidden(table) || blocked(table);
    }

    public Status status(TableId table) {
        if (!order.contains(table)) {
            return hidden(table) ? Status.WAITING : Status.SHOWN;
        }
        if (solved(table)) {
            return Status.SOLVED;
        }
        boolean turn = current().map(table::equals).orElse(true);
        return turn && !blocked(table) ? Status.OPEN : Status.WAITING;
    }

    /** Whether {@code cell} takes an answer or a hint now; a cell outside its table never does. */
    public boolean answerable(CellRef cell) {
        RealMatrix m = values.get(cell.table());
        return m != null
                && cell.row() < m.getRowDimension()
                && cell.col() < m.getColumnDimension()
                && status(cell.table()) == Status.OPEN
                && !practice.solved(cell);
    }

    /** What the page shows of {@code table} in this exercise; a waiting table hides every cell. */
    public PracticeCells cells(TableId table) {
        Status status = status(table);
        RealMatrix m = values.get(table);
        if (status == Status.SHOWN || status == Status.WAITING || m == null) {
            return status == Status.WAITING ? PracticeCells.WAITING : PracticeCells.NONE;
        }
        Map<String, PracticeCells.Mark> cells = new HashMap<>();
        for (int r = 0; r < m.getRowDimension(); r++) {
            for (int c = 0; c < m.getColumnDimension(); c++) {
                Practice.Answer a = practice.answers().get(new CellRef(table, r, c));
                cells.put(r + "," + c, PracticeCells.Mark.of(a));
            }
        }
        return new PracticeCells(status, cells);
    }

    /**
     * The cell a hint on {@code table} is for: {@code selected} when it is one of the table's cells that
     * takes answers, else the table's first such cell; empty when the table takes none.
     */
    public Optional<CellRef> hintCell(TableId table, CellRef selected) {
        if (selected != null && selected.table().equals(table) && answerable(selected)) {
            return Optional.of(selected);
        }
        RealMatrix m = values.get(table);
        for (int r = 0; m != null && r < m.getRowDimension(); r++) {
            for (int c = 0; c < m.getColumnDimension(); c++) {
                if (answerable(new CellRef(table, r, c))) {
                    return Optional.of(new CellRef(table, r, c));
                }
            }
        }
        return Optional.empty();
    }

    /** The line that says where the exercise is, e.g. {@code dW2: 5 of 8}, or empty without an exercise. */
    public String headline() {
        if (order.isEmpty()) {
            return "";
        }
        Optional<TableId> at = current()
                .or(() -> order.stream().filter(t -> status(t) == Status.OPEN).findFirst());
        if (at.isEmpty()) {
            return order.stream().allMatch(this::solved) ? "Solved: every practised table is done." : "";
        }
        TableId t = at.get();
        int[] p = progress(t);
        String line = t.name() + ": " + p[0] + " of " + p[1];
        int next = order.indexOf(t) + 1;
        if (current().isPresent() && next < order.size()) {
            line += " · next: " + order.get(next).name();
        }
        return line;
    }

    /**
     * The hint for {@code cell}: nothing before one is asked for, then its formula-bar computation with the
     * numbers filled in but the result as {@code ?}, then the whole computation.
     */
    public String hint(CellRef cell, List<GradientCheck.MatrixCheck> checks) {
        int used = practice.hints().getOrDefault(cell, 0);
        if (used == 0 || !values.containsKey(cell.table())) {
            return "";
        }
        String full = CellExplainer.explain(trace, checks, cell, digits);
        return used >= 2 ? full : withoutResult(full, new Writing(digits).n(truth(cell)));
    }

    /** {@code text} with its last {@code = result} written as {@code = ?}. */
    static String withoutResult(String text, String result) {
        String needle = "= " + result;
        int at = text.lastIndexOf(needle);
        while (at >= 0) {
            int end = at + needle.length();
            if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '.') {
                return text.substring(0, at) + "= ?" + text.substring(end);
            }
            at = text.lastIndexOf(needle, at - 1);
        }
        return text;
    }
}
