package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.BackpropTrace;
import com.backproplab.permalink.PracticePlan;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dependency rule, the order of a pass, answers, hints and progress, on the worked example. */
class PracticeBoardTest {

    private final BackpropTrace trace = SeedExample.scenario().trace();

    private PracticeBoard board(Practice p) {
        return new PracticeBoard(p, trace, 5);
    }

    private static Practice practising(String link) {
        return Practice.of(PracticePlan.read(link));
    }

    private static TableId t(String name) {
        return TableId.parse(name).orElseThrow();
    }

    /** Every cell of {@code table} answered with its true value. */
    private Practice solved(Practice p, String table) {
        PracticeBoard b = board(p);
        var m = derived().get(t(table));
        for (int r = 0; r < m.getRowDimension(); r++) {
            for (int c = 0; c < m.getColumnDimension(); c++) {
                p = p.answer(new CellRef(t(table), r, c), Double.toString(m.getEntry(r, c)), board(p));
            }
        }
        return p;
    }

    private java.util.Map<TableId, org.apache.commons.math3.linear.RealMatrix> derived() {
        java.util.Map<TableId, org.apache.commons.math3.linear.RealMatrix> all = new java.util.HashMap<>();
        List<CardGroup> groups = new ArrayList<>(ForwardTables.of(trace));
        groups.addAll(BackwardTables.of(trace));
        groups.addAll(StepTables.of(trace));
        groups.forEach(g -> g.cards().forEach(c -> all.put(c.id(), c.value())));
        return all;
    }

    @Test
    void tables_that_read_a_practised_table_are_hidden_and_the_tables_it_reads_stay_visible() {
        PracticeBoard b = board(practising("dZ2"));
        for (String hidden : List.of(
                "dZ2",
                "dW2",
                "db2",
                "dA1",
                "dZ1",
                "dW1",
                "db1",
                "W2_step",
                "W2_next",
                "W1_next",
                "dW2_numeric",
                "dW1_error")) {
            assertTrue(b.hidden(t(hidden)), hidden);
        }
        for (String shown : List.of(
                "X", "Y", "W2", "Z1", "A1", "Z2", "A2", "loss", "dA2", "J2_0", "dZ2_chain", "A1_T", "fprime1")) {
            assertFalse(b.hidden(t(shown)), shown);
        }
        assertEquals(PracticeBoard.Status.OPEN, b.status(t("dZ2")));
        assertEquals(PracticeBoard.Status.WAITING, b.status(t("dW2")));
    }

    @Test
    void a_practised_table_that_reads_another_practised_table_waits_until_that_one_is_solved() {
        Practice p = practising("dW2,dZ2");
        assertEquals(PracticeBoard.Status.WAITING, board(p).status(t("dW2")));
        assertEquals(PracticeBoard.Status.OPEN, board(p).status(t("dZ2")));
        Practice after = solved(p, "dZ2");
        assertEquals(PracticeBoard.Status.SOLVED, board(after).status(t("dZ2")));
        assertEquals(PracticeBoard.Status.OPEN, board(after).status(t("dW2")));
        assertFalse(board(after).hidden(t("dZ2")));
    }

    @Test
    void the_backward_pass_goes_in_the_chain_rules_order_one_table_at_a_time() {
        Practice p = practising("backward");
        PracticeBoard b = board(p);
        assertEquals(
                List.of(
                        "dA2",
                        "J2_0",
                        "J2_1",
                        "dZ2_chain",
                        "dZ2",
                        "A1_T",
                        "dW2",
                        "db2",
                        "dA1",
                        "fprime1",
                        "dZ1",
                        "dW1",
                        "db1"),
                b.order().stream().map(TableId::name).toList());
        assertEquals(PracticeBoard.Status.OPEN, b.status(t("dA2")));
        assertEquals(PracticeBoard.Status.WAITING, b.status(t("J2_0")), "its turn has not come");
        assertEquals("dA2: 0 of 4 · next: J2_0", b.headline());
        Practice after = solved(p, "dA2");
        assertEquals(PracticeBoard.Status.OPEN, board(after).status(t("J2_0")));
        assertEquals("J2_0: 0 of 4 · next: J2_1", board(after).headline());
    }

    @Test
    void every_table_a_cells_explanation_names_is_one_the_rule_says_it_reads() {
        Pattern name = Pattern.compile("(?<![A-Za-z∂])(dA|dZ|dW|db|J|A|Z|W|b)(\\d)(_\\d)?|(?<![A-Za-z∂])([XY])\\[|Ŷ");
        int depth = trace.network().architecture().depth();
        for (TableId table : derived().keySet()) {
            String text = CellExplainer.explain(trace, List.of(), new CellRef(table, 0, 0), 5);
            Set<String> reads =
                    new HashSet<>(TableDependencies.reads(table, trace.network().architecture(), 2).stream()
                            .map(TableId::name)
                            .toList());
            reads.add(table.name());
            reads.add(TableId.parameter(table.kind() == TableId.Kind.B, Math.max(table.layer(), 1))
                    .name());
            Matcher m = name.matcher(text);
            while (m.find()) {
                String found = m.group().equals("Ŷ") ? "A" + depth : m.group(4) != null ? m.group(4) : m.group();
                if (found.startsWith("J") && m.group(3) == null) {
                    continue; // "J2_0[…]" only; a bare J is the formula's notation
                }
                if (table.kind() == TableId.Kind.DZ || table.kind() == TableId.Kind.Z) {
                    // dZ1 names its own Z; the fused and chain forms name each other's layer only as notation.
                    if (found.equals("Z" + table.layer()) || found.equals("A" + table.layer())) {
                        continue;
                    }
                }
                assertTrue(
                        reads.contains(found) || found.equals("dZ" + table.layer()),
                        table.name() + " names " + found + " in " + text + " but reads " + reads);
            }
        }
    }

    @Test
    void an_answer_to_five_digits_is_correct_and_a_wrong_one_keeps_its_text() {
        Practice p = practising("dW2");
        CellRef cell = new CellRef(t("dW2"), 1, 0);
        double truth = derived().get(t("dW2")).getEntry(1, 0);
        Practice right = p.answer(cell, Numbers.format(truth, 5), board(p));
        assertEquals(Practice.Verdict.CORRECT, right.answers().get(cell).verdict());
        Practice wrong = p.answer(cell, "0.5", board(p));
        assertEquals(
                new Practice.Answer("0.5", Practice.Verdict.WRONG, ""),
                wrong.answers().get(cell));
        Practice text = p.answer(cell, "abc", board(p));
        assertEquals("'abc' is not a number", text.answers().get(cell).reason());
        assertEquals("dW2: 1 of 8", board(right).headline());
    }

    @Test
    void the_first_hint_is_the_computation_without_its_result_and_the_second_reveals_the_value() {
        Practice p = practising("dW2");
        CellRef cell = new CellRef(t("dW2"), 1, 0);
        Practice once = p.hint(cell, board(p));
        String first = board(once).hint(cell, List.of());
        assertTrue(first.startsWith("dW2[1,0] = Σ_k A1[k,1]·dZ2[k,0] = "), first);
        assertTrue(first.endsWith(" = ?"), first);
        String value = Numbers.format(derived().get(t("dW2")).getEntry(1, 0), 5);
        assertFalse(first.contains(value), first);
        Practice twice = once.hint(cell, board(once));
        assertTrue(
                board(twice).hint(cell, List.of()).endsWith("= " + value),
                board(twice).hint(cell, List.of()));
        assertEquals(Practice.Verdict.REVEALED, twice.answers().get(cell).verdict());
        assertTrue(twice.solved(cell));
        assertEquals(twice, twice.hint(cell, board(twice)), "a revealed cell takes no more hints");
    }

    @Test
    void a_cell_of_a_waiting_table_takes_no_answer() {
        Practice p = practising("dW2,dZ2");
        CellRef cell = new CellRef(t("dW2"), 0, 0);
        assertEquals(p, p.answer(cell, "1", board(p)));
        assertEquals(p, p.hint(cell, board(p)));
    }

    @Test
    void a_changed_network_starts_the_exercise_over_and_the_plan_stays() {
        Practice p = solved(practising("dA2"), "dA2");
        ExplorerState s = ExplorerState.of(SeedExample.scenario()).withPractice(p);
        ExplorerState edited = s.edit(CellRef.of("X", 0, 0), "3");
        assertEquals(Practice.of(p.plan()), edited.practice());
        assertEquals("dA2", edited.link().practice().link());
        assertEquals(p, s.edit(CellRef.of("X", 0, 0), "abc").practice(), "an invalid cell changes no network");
        assertEquals(Practice.of(p.plan()), s.applyStep().practice());
        ExplorerState arrived = ExplorerState.arrive(s.link(), java.util.Optional.empty());
        assertEquals(Practice.of(p.plan()), arrived.practice(), "a link brings the exercise, not the answers");
        ExplorerState selected = s.select(CellRef.of("W1", 0, 0));
        assertEquals(p, selected.practice(), "a selection keeps the answers");
    }

    @Test
    void the_forward_and_step_passes_go_in_the_pages_order_without_the_copies_of_the_parameters() {
        assertEquals(
                List.of("Z1", "A1", "Z2", "A2", "loss"),
                board(practising("forward")).order().stream().map(TableId::name).toList());
        assertEquals(
                List.of("W1_step", "W1_next", "b1_step", "b1_next", "W2_step", "W2_next", "b2_step", "b2_next"),
                board(practising("step")).order().stream().map(TableId::name).toList());
    }

    @Test
    void the_hint_goes_to_the_selected_cell_or_else_the_tables_first_open_cell() {
        PracticeBoard b = board(practising("dW2"));
        assertEquals(
                new CellRef(t("dW2"), 2, 1),
                b.hintCell(t("dW2"), new CellRef(t("dW2"), 2, 1)).orElseThrow());
        assertEquals(
                new CellRef(t("dW2"), 0, 0),
                b.hintCell(t("dW2"), CellRef.of("W1", 0, 0)).orElseThrow());
        assertTrue(b.hintCell(t("dA2"), null).isEmpty());
    }

    @Test
    void every_example_has_an_acyclic_rule_that_hides_its_whole_backward_pass() {
        for (var e : Gallery.all()) {
            BackpropTrace tr = e.scenario().trace();
            PracticeBoard b = new PracticeBoard(practising("backward"), tr, 5);
            assertFalse(b.order().isEmpty(), e.id());
            b.order().forEach(table -> assertTrue(b.hidden(table), e.id() + " " + table));
        }
    }

    @Test
    void an_input_table_is_never_hidden_but_its_explanation_is_while_its_gradient_is() {
        PracticeBoard b = board(practising("dW2"));
        assertFalse(b.hidden(t("W2")));
        assertTrue(b.explanationHidden(t("W2")), "W2's explanation tells dW2 and W2_next");
        assertFalse(b.explanationHidden(t("W1")));
        assertFalse(b.explanationHidden(t("X")));
    }

    @Test
    void an_example_link_takes_an_exercise_and_an_exercise_it_cannot_have_is_named() {
        var codec = new com.backproplab.permalink.PermalinkCodec(com.backproplab.scenario.Limits.DEFAULT);
        var ok = Arrival.of(
                        java.util.Map.of("example", List.of("seed"), "practice", List.of("dW2")),
                        "example=seed&practice=dW2",
                        codec,
                        com.backproplab.scenario.Limits.DEFAULT)
                .orElseThrow();
        assertEquals("dW2", ok.link().practice().link());
        var bad = Arrival.of(
                        java.util.Map.of("example", List.of("xor"), "practice", List.of("J2_0")),
                        "example=xor&practice=J2_0",
                        codec,
                        com.backproplab.scenario.Limits.DEFAULT)
                .orElseThrow();
        assertTrue(bad.link().practice().isEmpty());
        assertEquals(
                "The exercise cannot be set: practice: this network has no table J2_0.",
                bad.message().orElseThrow().text());
    }

    @Test
    void a_cell_outside_its_table_takes_no_answer_or_hint() {
        // dW2 is 4×2: row 4 and column 2 are outside it.
        Practice p = practising("dW2");
        PracticeBoard b = board(p);
        assertTrue(b.answerable(new CellRef(t("dW2"), 3, 1)));
        for (CellRef outside : List.of(new CellRef(t("dW2"), 4, 0), new CellRef(t("dW2"), 0, 2))) {
            assertFalse(b.answerable(outside), outside.label());
            assertEquals(p, p.answer(outside, "1", b), outside.label());
            assertEquals(p, p.hint(outside, b), outside.label());
        }
    }

    @Test
    void progress_counts_only_the_cells_of_the_table() {
        // dW2 is 4×2: answers held for [4,0] and [0,2], outside it, do not count; the one for [3,1] does.
        Practice.Answer right = new Practice.Answer("0", Practice.Verdict.CORRECT, "");
        Practice p = new Practice(
                PracticePlan.read("dW2"),
                java.util.Map.of(
                        new CellRef(t("dW2"), 4, 0), right,
                        new CellRef(t("dW2"), 0, 2), right,
                        new CellRef(t("dW2"), 3, 1), right),
                java.util.Map.of());
        assertArrayEquals(new int[] {1, 8}, board(p).progress(t("dW2")));
    }

    @Test
    void a_board_is_for_one_exercise_one_network_and_one_number_of_digits() {
        Practice p = practising("dW2");
        PracticeBoard b = board(p);
        assertEquals(5, b.digits());
        assertTrue(b.isFor(p, trace, 5));
        assertFalse(b.isFor(practising("dZ2"), trace, 5));
        assertFalse(b.isFor(p, SeedExample.scenario().trace(), 5), "another trace of the same numbers");
        assertFalse(b.isFor(p, trace, 4));
    }

    @Test
    void the_cells_of_an_open_table_carry_each_answer_and_a_waiting_or_unpractised_table_none() {
        Practice p = practising("dW2,dZ2");
        CellRef right = new CellRef(t("dZ2"), 0, 1);
        CellRef wrong = new CellRef(t("dZ2"), 1, 0);
        p = p.answer(right, Double.toString(derived().get(t("dZ2")).getEntry(0, 1)), board(p));
        p = p.answer(wrong, "7", board(p));
        PracticeCells open = board(p).cells(t("dZ2"));
        assertEquals(PracticeBoard.Status.OPEN, open.mode());
        assertEquals(
                java.util.Map.of(
                        "0,0", new PracticeCells.Mark("hidden", "", ""),
                        "0,1",
                                new PracticeCells.Mark(
                                        "correct",
                                        Double.toString(derived().get(t("dZ2")).getEntry(0, 1)),
                                        ""),
                        "1,0", new PracticeCells.Mark("wrong", "7", ""),
                        "1,1", new PracticeCells.Mark("hidden", "", "")),
                open.cells());
        assertTrue(open.hides(0, 0), "an unanswered cell");
        assertTrue(open.hides(1, 0), "a wrong answer");
        assertFalse(open.hides(0, 1), "a correct answer");
        assertSame(PracticeCells.WAITING, board(p).cells(t("dW2")));
        assertTrue(PracticeCells.WAITING.hides(0, 0));
        assertSame(PracticeCells.NONE, board(p).cells(t("Z1")));
        assertFalse(PracticeCells.NONE.hides(0, 0));
        assertSame(PracticeCells.NONE, board(p).cells(t("W1")), "an input table is never practised");
    }

    @Test
    void a_solved_table_shows_its_answers_and_a_revealed_cell_as_revealed() {
        Practice p = practising("db2");
        CellRef cell = new CellRef(t("db2"), 0, 0);
        p = p.hint(cell, board(p));
        p = p.hint(cell, board(p));
        p = p.answer(
                new CellRef(t("db2"), 0, 1),
                Double.toString(derived().get(t("db2")).getEntry(0, 1)),
                board(p));
        PracticeCells solved = board(p).cells(t("db2"));
        assertEquals(PracticeBoard.Status.SOLVED, solved.mode());
        assertEquals(new PracticeCells.Mark("revealed", "", ""), solved.cells().get("0,0"));
        assertFalse(solved.hides(0, 0));
        assertEquals("Solved: every practised table is done.", board(p).headline());
    }

    @Test
    void a_text_that_is_no_number_is_marked_wrong_with_its_reason() {
        Practice p = practising("db2");
        p = p.answer(new CellRef(t("db2"), 0, 0), "1,5", board(p));
        PracticeCells.Mark m = board(p).cells(t("db2")).cells().get("0,0");
        assertEquals("wrong", m.state());
        assertEquals("1,5", m.text());
        assertFalse(m.message().isEmpty(), m.message());
    }

    @Test
    void with_chosen_tables_the_headline_follows_the_open_table_not_the_first_one() {
        // dW2 reads dZ2, so dW2 waits and dZ2 (2×2) is the table open for answers.
        Practice p = practising("dW2,dZ2");
        assertEquals("dZ2: 0 of 4", board(p).headline());
        assertEquals("dW2: 0 of 8", board(solved(p, "dZ2")).headline());
        assertEquals("", board(Practice.NONE).headline());
    }

    @Test
    void the_last_table_of_a_pass_names_no_next_table() {
        Practice p = practising("forward");
        for (String table : List.of("Z1", "A1", "Z2", "A2")) {
            p = solved(p, table);
        }
        assertEquals("loss: 0 of 2", board(p).headline());
        assertEquals(PracticeBoard.Status.OPEN, board(p).status(t("loss")));
    }

    @Test
    void the_hint_goes_to_the_first_open_cell_after_a_solved_row() {
        Practice p = practising("dW2");
        var dW2 = derived().get(t("dW2"));
        for (int c = 0; c < 2; c++) {
            p = p.answer(new CellRef(t("dW2"), 0, c), Double.toString(dW2.getEntry(0, c)), board(p));
        }
        assertEquals(
                new CellRef(t("dW2"), 1, 0), board(p).hintCell(t("dW2"), null).orElseThrow());
        assertArrayEquals(new int[] {2, 8}, board(p).progress(t("dW2")));
    }

    @Test
    void the_hint_without_its_result_replaces_the_last_whole_result_only() {
        assertEquals("a = ?", PracticeBoard.withoutResult("a = 1.5", "1.5"));
        assertEquals("= ?", PracticeBoard.withoutResult("= 2", "2"), "a result at the very start");
        assertEquals("x = ? = 1.5", PracticeBoard.withoutResult("x = 1 = 1.5", "1"), "1.5 is not the result 1");
        assertEquals(
                "x = ? and y = 12", PracticeBoard.withoutResult("x = 1 and y = 12", "1"), "12 is not the result 1");
        assertEquals("y = 1e-5", PracticeBoard.withoutResult("y = 1e-5", "1"), "1e-5 is not the result 1");
        assertEquals("z = 3", PracticeBoard.withoutResult("z = 3", "4"), "no result to hide");
    }

    @Test
    void an_exercise_restarts_without_its_answers_and_toggles_only_practisable_tables() {
        assertTrue(Practice.NONE.isEmpty());
        Practice p = practising("dW2");
        assertFalse(p.isEmpty());
        assertSame(p, p.restarted(), "nothing to forget");
        Practice answered = p.answer(new CellRef(t("dW2"), 0, 0), "1", board(p));
        assertEquals(Practice.of(p.plan()), answered.restarted());
        Practice hinted = p.hint(new CellRef(t("dW2"), 0, 0), board(p));
        assertEquals(Practice.of(p.plan()), hinted.restarted());
        assertEquals("dW2,db2", answered.toggled(t("db2")).plan().link());
        assertEquals(answered.answers(), answered.toggled(t("db2")).answers(), "toggling keeps the answers");
        assertSame(answered, answered.toggled(t("W1")), "an input table cannot be practised");
    }
}
