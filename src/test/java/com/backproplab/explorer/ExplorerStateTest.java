package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.ParameterRef;
import com.backproplab.math.Training;
import com.backproplab.permalink.ColourScale;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every transition of the page's state, with what it keeps and what it resets. */
class ExplorerStateTest {

    private static final CellRef W2_1_0 = CellRef.of("W2", 1, 0);
    private final ExplorerState seed = ExplorerState.of(SeedExample.scenario());

    /** The seed after one applied step: marks set, a note set by a paste that did not fit. */
    private ExplorerState stepped() {
        return seed.applyStep();
    }

    private static Optional<CellRef> selected(ExplorerState s) {
        return Optional.ofNullable(s.view().selected());
    }

    private ExplorerState withNote() {
        return seed.paste(CellRef.of("b1", 0, 2), "1\t2\t3");
    }

    @Test
    void a_valid_edit_changes_the_network_can_be_undone_and_clears_the_note_and_the_step_marks() {
        ExplorerState s = stepped().edit(W2_1_0, "0.5");
        assertEquals(0.5, s.scenario().network().weight(1).getEntry(1, 0));
        assertTrue(s.history().canUndo());
        assertEquals(Map.of(), s.after().stepMarks());
        assertEquals(Optional.empty(), withNote().edit(W2_1_0, "0.5").after().note());
    }

    @Test
    void an_invalid_edit_keeps_the_network_the_history_and_the_marks_and_remembers_the_text() {
        ExplorerState before = stepped();
        ExplorerState s = before.edit(W2_1_0, "abc");
        assertSame(before.scenario(), s.scenario());
        assertEquals(before.history(), s.history());
        assertEquals(before.after().stepMarks(), s.after().stepMarks());
        assertEquals("abc", s.draft().invalid().get(W2_1_0).text());
    }

    @Test
    void an_edit_to_the_same_value_adds_nothing_to_undo() {
        assertFalse(seed.edit(W2_1_0, "-0.0067974").history().canUndo());
    }

    @Test
    void a_paste_that_does_not_fit_says_so_in_the_note() {
        ExplorerState s = withNote();
        assertEquals(1.0, s.scenario().network().bias(0).getEntry(0, 2));
        assertTrue(
                s.after().note().orElseThrow().text().contains("did not fit in b1"),
                s.after().note().toString());
    }

    @Test
    void a_paste_too_large_changes_nothing_and_says_so() {
        String block = "1\t".repeat(10_001);
        ExplorerState s = seed.paste(W2_1_0, block);
        assertSame(seed.scenario(), s.scenario());
        assertTrue(
                s.after().note().orElseThrow().text().startsWith("Nothing pasted"),
                s.after().note().toString());
        assertTrue(s.after().note().orElseThrow().error(), "shown as an error");
    }

    @Test
    void resizing_follows_the_rule_for_new_cells_and_clears_note_and_marks() {
        ExplorerState s = stepped().withNewCells(FillRule.RANDOM, 7).resize(List.of(3, 5, 2), 2);
        assertEquals(List.of(3, 5, 2), s.scenario().network().architecture().sizes());
        assertNotEquals(0.0, s.scenario().network().weight(0).getEntry(0, 4), "a random new cell");
        assertEquals(Map.of(), s.after().stepMarks());
        assertTrue(s.history().canUndo());
        assertEquals(
                Optional.empty(), withNote().resize(List.of(3, 5, 2), 2).after().note());
    }

    @Test
    void resizing_drops_a_selection_that_no_longer_exists_and_keeps_one_that_does() {
        ExplorerState selected = seed.select(CellRef.of("W1", 2, 3));
        assertEquals(Optional.empty(), selected(selected.resize(List.of(3, 3, 2), 2)));
        assertEquals(Optional.of(CellRef.of("W1", 2, 3)), selected(selected.resize(List.of(3, 5, 2), 2)));
    }

    @Test
    void changing_the_functions_clears_the_step_marks_and_the_note() {
        ExplorerState s =
                stepped().withFunctions(HiddenActivation.TANH, OutputActivation.SOFTMAX, LossFunction.CROSS_ENTROPY);
        assertEquals(
                HiddenActivation.TANH, s.scenario().network().architecture().hidden());
        assertEquals(Map.of(), s.after().stepMarks());
        assertEquals(
                Optional.empty(),
                withNote()
                        .withFunctions(HiddenActivation.TANH, OutputActivation.SOFTMAX, LossFunction.CROSS_ENTROPY)
                        .after()
                        .note());
    }

    @Test
    void changing_alpha_clears_a_stale_note_and_can_be_undone() {
        ExplorerState s = withNote().withLearningRate(0.5);
        assertEquals(0.5, s.scenario().learningRate());
        assertEquals(Optional.empty(), s.after().note());
        assertEquals(0.1, s.undo().scenario().learningRate());
    }

    @Test
    void a_step_applies_w_minus_alpha_dw_and_marks_exactly_the_cells_it_changed() {
        BackpropTrace t = SeedExample.scenario().trace();
        ExplorerState s = seed.applyStep();
        assertEquals(t.next(), s.scenario().network());
        // Columns 0 and 2 of dW1 are exactly 0 in the golden values (dead ReLU units): those cells stay.
        assertEquals(List.of(1, 3, 5, 7, 9, 11), s.after().stepMarks().get(TableId.weight(1)));
        assertEquals(List.of(0, 1), s.after().stepMarks().get(TableId.bias(2)));
    }

    @Test
    void a_step_while_a_cell_is_invalid_does_nothing() {
        ExplorerState invalid = seed.edit(W2_1_0, "x");
        assertSame(invalid, invalid.applyStep());
        assertSame(invalid, invalid.runs().play("10 steps/s", 100), "nor does Play");
    }

    @Test
    void undo_and_redo_walk_the_history_and_clear_marks_note_and_the_training_message() {
        ExplorerState trained = finish(seed, outcome(seed.scenario(), 10));
        ExplorerState undone = trained.undo();
        assertEquals(seed.scenario(), undone.scenario());
        assertEquals("", undone.training().message());
        assertEquals(trained.training().lastRun(), undone.training().lastRun(), "the charts keep the last run");
        ExplorerState redone = undone.redo();
        assertEquals(trained.scenario(), redone.scenario());
        assertEquals(Map.of(), stepped().undo().after().stepMarks());
        assertSame(seed, seed.undo(), "nothing to undo");
        assertSame(seed, seed.redo(), "nothing to redo");
    }

    @Test
    void undo_keeps_invalid_cells_that_still_fit() {
        ExplorerState s =
                seed.edit(CellRef.of("X", 0, 0), "3").edit(W2_1_0, "?").undo();
        assertEquals(2.0, s.scenario().batch().x().getEntry(0, 0));
        assertEquals("?", s.draft().invalid().get(W2_1_0).text());
    }

    @Test
    void selecting_any_cell_makes_it_the_one_selection_and_a_gradient_cell_moves_the_charts_parameter() {
        ExplorerState dW = seed.select(CellRef.of("dW2", 1, 0));
        assertEquals(Optional.of(CellRef.of("dW2", 1, 0)), selected(dW));
        assertEquals(ParameterRef.weight(1, 1, 0), dW.chartParameterOrDefault());
        ExplorerState dZ = dW.select(CellRef.of("dZ2", 0, 0));
        assertEquals(Optional.of(CellRef.of("dZ2", 0, 0)), selected(dZ));
        assertEquals(ParameterRef.weight(1, 1, 0), dZ.chartParameterOrDefault(), "dZ2 names no parameter");
        ExplorerState b = dZ.select(CellRef.of("b1_next", 0, 3));
        assertEquals(ParameterRef.bias(0, 3), b.chartParameterOrDefault());
        assertEquals("b1_next:0,3", b.link().view().selected().table().name() + ":0,3");
    }

    @Test
    void the_charts_parameter_defaults_to_w_l_1_0_and_falls_back_when_its_cell_is_gone() {
        assertEquals(ParameterRef.weight(1, 1, 0), seed.chartParameterOrDefault());
        ExplorerState s = seed.select(CellRef.of("W1", 2, 3)).resize(List.of(3, 2, 2), 2);
        assertEquals(ParameterRef.weight(1, 1, 0), s.chartParameterOrDefault());
    }

    @Test
    void the_display_and_the_rule_for_new_cells_change_the_view_only() {
        ExplorerState s = seed.withDisplay(8, ColourScale.TABLE).withNewCells(FillRule.RANDOM, 9);
        assertEquals(new ViewState(null, 8, ColourScale.TABLE, FillRule.RANDOM, 9), s.view());
        assertSame(seed.scenario(), s.scenario());
        assertFalse(s.history().canUndo());
    }

    @Test
    void arriving_by_a_link_starts_afresh_with_its_view_and_selection() {
        ViewState view = new ViewState(CellRef.of("dW2", 1, 0), 7, ColourScale.TABLE, FillRule.ZEROS, 42);
        Scenario xor = Gallery.byId("xor").orElseThrow().scenario();
        ExplorerState s = ExplorerState.arrive(new Permalink(xor, view), Optional.empty());
        assertEquals(xor, s.scenario());
        assertEquals(view, s.view());
        assertEquals(ParameterRef.weight(1, 1, 0), s.chartParameterOrDefault());
        assertFalse(s.history().canUndo());
    }

    @Test
    void opening_an_example_or_a_file_can_be_undone_and_brings_its_message() {
        Scenario xor = Gallery.byId("xor").orElseThrow().scenario();
        ExplorerState s = stepped().open(new Permalink(xor, ViewState.DEFAULT), Optional.of(Note.info("Look here.")));
        assertEquals(xor, s.scenario());
        assertEquals(Optional.of(Note.info("Look here.")), s.after().note());
        assertEquals(Map.of(), s.after().stepMarks());
        assertEquals(stepped().scenario(), s.undo().scenario());
    }

    @Test
    void a_failed_import_only_says_why() {
        ExplorerState s = stepped().withNote(Note.error("The file cannot be imported: x: missing"));
        assertEquals(stepped().scenario(), s.scenario());
        assertEquals(stepped().after().stepMarks(), s.after().stepMarks());
        assertEquals(
                Optional.of(Note.error("The file cannot be imported: x: missing")),
                s.after().note());
    }

    @Test
    void training_waits_runs_and_ends_with_its_result_applied_and_undoable() {
        ExplorerState waiting = seed.runs().started(1000, 2);
        assertEquals("Waiting: 2 runs ahead.", waiting.training().message());
        assertTrue(waiting.training().active());
        ExplorerState running = waiting.runs().started(1000, 0);
        assertEquals("Step 0 of 1000", running.training().message());
        TrainingRun.Outcome o = outcome(seed.scenario(), 10);
        ExplorerState done = running.withNote(Note.info("old")).runs().finished(o);
        assertEquals(o.trained(), done.scenario().network());
        assertFalse(done.training().active());
        assertTrue(
                done.training().message().startsWith("Trained 10 steps: L went from 0.693404 to "),
                done.training().message());
        assertEquals(Optional.empty(), done.after().note(), "applying a trained result clears the note");
        assertEquals(seed.scenario(), done.undo().scenario());
    }

    @Test
    void the_tables_follow_a_runs_progress_and_one_undo_returns_to_before_the_run() {
        Training.Result five =
                Training.run(seed.scenario().network(), seed.scenario().batch(), 0.1, 5);
        ExplorerState at5 =
                seed.runs().started(10, 0).runs().progress(5, 10, five.network(), gdState(5), lastRun(five));
        assertEquals(five.network(), at5.scenario().network());
        assertEquals(0.5, at5.training().done());
        assertEquals(5, at5.training().lastRun().steps());
        ExplorerState done = at5.runs().finished(outcome(seed.scenario(), 10));
        assertEquals(outcome(seed.scenario(), 10).trained(), done.scenario().network());
        assertEquals(seed.scenario(), done.undo().scenario(), "the progress made no history of its own");
    }

    @Test
    void an_edit_during_a_run_pauses_it_keeps_its_steps_and_says_so() {
        Training.Result five =
                Training.run(seed.scenario().network(), seed.scenario().batch(), 0.1, 5);
        ExplorerState at5 =
                seed.runs().started(10, 0).runs().progress(5, 10, five.network(), gdState(5), lastRun(five));
        ExplorerState edited = at5.edit(W2_1_0, "0.5");
        assertEquals(0.5, edited.scenario().network().parameter(ParameterRef.weight(1, 1, 0)));
        assertEquals(
                five.network().parameter(ParameterRef.weight(0, 0, 0)),
                edited.scenario().network().parameter(ParameterRef.weight(0, 0, 0)),
                "the run's five steps are kept");
        String line = "Paused at step 5 of 10 because the network was edited; the steps before it are kept.";
        assertEquals(line, edited.training().message());
        assertFalse(edited.training().active());
        assertEquals(Optional.of(Note.info(line)), edited.after().note());
        assertSame(edited, edited.runs().finished(outcome(seed.scenario(), 10)), "the rest of the run is ignored");
        assertSame(
                edited,
                edited.runs().progress(6, 10, five.network(), gdState(6), lastRun(five)),
                "so are late reports");
        ExplorerState typed = at5.edit(W2_1_0, "abc");
        assertFalse(typed.training().active(), "an invalid edit pauses too: the typed text stays");
        assertEquals("abc", typed.draft().invalid().get(W2_1_0).text());
    }

    @Test
    void applying_a_step_or_undo_during_a_playback_pauses_it() {
        ExplorerState playing = seed.runs().play("10 steps/s", 100);
        ExplorerState stepped = playing.applyStep();
        assertEquals(
                "Paused at step 0 because a step was applied; the steps before it are kept.",
                stepped.training().message());
        assertEquals(stepped().scenario(), stepped.scenario());
        ExplorerState moved =
                playing.runs().played(Playback.advance(playing.scenario(), playing.stepping(), W2_10, 3), "x");
        assertFalse(moved.undo().training().active());
        assertEquals(seed.scenario(), moved.undo().scenario());
        assertSame(seed, seed.runs().pause(), "nothing to pause");
    }

    @Test
    void a_playback_takes_the_engines_steps_frame_by_frame_and_one_undo_returns_before_it() {
        ExplorerState playing = seed.runs().play("10 steps/s", 100);
        assertEquals(TrainingStatus.Phase.PLAYING, playing.training().phase());
        ExplorerState three =
                playing.runs().played(Playback.advance(playing.scenario(), playing.stepping(), W2_10, 3), "10 steps/s");
        ExplorerState five =
                three.runs().played(Playback.advance(three.scenario(), three.stepping(), W2_10, 2), "10 steps/s");
        Training.Result expected =
                Training.run(seed.scenario().network(), seed.scenario().batch(), 0.1, 5);
        assertEquals(expected.network(), five.scenario().network(), "bit for bit");
        assertArrayEquals(expected.lossHistory(), five.training().lastRun().lossHistory());
        assertEquals(
                expected.network().parameter(W2_10), five.training().lastRun().values()[5]);
        assertEquals("Playing at 10 steps/s: 5 steps so far.", five.training().message());
        assertEquals(seed.scenario(), five.undo().scenario());
        ExplorerState paused = five.runs().pause();
        assertEquals(
                "Paused after 5 steps; press Play to go on.", paused.training().message());
        ExplorerState again = paused.runs().play("1 step/s", 100);
        assertEquals(5, again.training().lastRun().steps(), "Play goes on from the last run where it ended");
    }

    @Test
    void step_takes_one_marked_step_that_extends_the_last_run_until_the_network_is_edited() {
        ExplorerState one = seed.runs().played(Playback.advance(seed.scenario(), seed.stepping(), W2_10, 1), "");
        assertEquals(stepped().scenario(), one.scenario());
        assertEquals(stepped().after().stepMarks(), one.after().stepMarks());
        ExplorerState two = one.runs().played(Playback.advance(one.scenario(), one.stepping(), W2_10, 1), "");
        assertEquals(2, two.training().lastRun().steps());
        assertEquals("Took one step: 2 steps in this run.", two.training().message());
        ExplorerState edited = two.edit(W2_1_0, "0.5");
        ExplorerState fresh =
                edited.runs().played(Playback.advance(edited.scenario(), edited.stepping(), W2_10, 1), "");
        assertEquals(1, fresh.training().lastRun().steps());
        ExplorerState invalid = seed.edit(W2_1_0, "x");
        assertSame(
                invalid, invalid.runs().played(Playback.advance(invalid.scenario(), invalid.stepping(), W2_10, 1), ""));
    }

    @Test
    void a_cancelled_run_says_after_how_many_steps_and_a_refused_one_why() {
        TrainingRun.Outcome partial =
                new TrainingRun.Outcome(seed.scenario(), seed.scenario().network(), gdState(4), 4, 10, LastRun.NONE);
        assertEquals("Cancelled after 4 steps", finish(seed, partial).training().message());
        ExplorerState refused = seed.runs().refused("Not started: too large.");
        assertEquals("Not started: too large.", refused.training().message());
        assertFalse(refused.training().active());
    }

    @Test
    void a_step_watches_the_loss_before_and_after_it_and_any_other_change_forgets_it() {
        ExplorerState s = seed.withLearningRate(200).applyStep();
        LossWatch w = s.after().losses().orElseThrow();
        assertEquals(1, w.steps());
        assertEquals(200, w.alpha());
        assertEquals(seed.scenario().trace().forward().loss(), w.first());
        assertEquals(s.scenario().trace().forward().loss(), w.last());
        assertEquals(1, w.rises(), "α = 200 overshoots");
        assertEquals(Optional.of(w), s.select(W2_1_0).after().losses(), "selecting keeps it");
        assertEquals(Optional.of(w), s.withDisplay(7, ColourScale.TABLE).after().losses(), "the display keeps it");
        assertEquals(Optional.of(w), s.edit(W2_1_0, "abc").after().losses(), "an invalid edit keeps it");
        assertEquals(Optional.empty(), s.edit(W2_1_0, "0.5").after().losses());
        assertEquals(Optional.empty(), s.undo().after().losses());
        assertEquals(Optional.empty(), seed.after().losses());
    }

    @Test
    void an_applied_run_watches_its_losses_and_one_not_applied_does_not() {
        ExplorerState done = finish(seed, outcome(seed.scenario(), 100));
        assertEquals(100, done.after().losses().orElseThrow().steps());
        ExplorerState edited = finish(seed, outcome(seed.scenario(), 100)).edit(W2_1_0, "0.5");
        assertEquals(Optional.empty(), edited.after().losses());
    }

    @Test
    void growing_hidden_layers_with_zeros_remembers_the_resize_until_the_network_changes_otherwise() {
        ExplorerState grown = seed.resize(List.of(3, 5, 5, 2), 2);
        ZeroGrowth g = grown.after().grown().orElseThrow();
        assertEquals(seed.scenario(), g.before());
        assertEquals(List.of(3, 5, 5, 2), g.sizes());
        assertEquals(Optional.of(g), grown.select(W2_1_0).after().grown());
        assertEquals(Optional.empty(), grown.edit(W2_1_0, "0.5").after().grown());
        assertEquals(Optional.empty(), grown.applyStep().after().grown());
        assertEquals(Optional.empty(), grown.undo().after().grown());
        assertEquals(
                Optional.empty(),
                seed.withNewCells(FillRule.RANDOM, 42)
                        .resize(List.of(3, 5, 5, 2), 2)
                        .after()
                        .grown(),
                "random values are no growth with zeros");
        assertEquals(
                Optional.empty(), seed.resize(List.of(3, 4, 2), 3).after().grown(), "new samples are no new units");
    }

    @Test
    void taking_the_offer_of_random_values_redoes_the_resize_with_them_and_undo_returns_to_before_it() {
        ExplorerState grown = seed.resize(List.of(3, 5, 5, 2), 2);
        ExplorerState random = grown.randomNewCells();
        assertEquals(
                ScenarioEditor.resized(seed.scenario(), List.of(3, 5, 5, 2), 2, FillRule.RANDOM, 42),
                random.scenario());
        assertEquals(FillRule.RANDOM, random.view().fill(), "random values become the rule for new cells");
        assertEquals(Optional.empty(), random.after().grown());
        assertEquals(seed.scenario(), random.undo().scenario());
        assertSame(seed, seed.randomNewCells(), "nothing to redo without a growth with zeros");
    }

    private static void assertNotSame(Object a, Object b) {
        assertFalse(a == b, "different objects");
    }

    private static final ParameterRef W2_10 = ParameterRef.weight(1, 1, 0);

    /** {@code s} after a run that started and ended with {@code o}. */
    private static ExplorerState finish(ExplorerState s, TrainingRun.Outcome o) {
        return s.runs().started(o.requested(), 0).runs().finished(o);
    }

    private static LastRun lastRun(Training.Result r) {
        double[] at = new double[r.lossHistory().length];
        double[] values = new double[at.length];
        return new LastRun(r.lossHistory(), "W2[1,0]", at, values);
    }

    private static TrainingRun.Outcome outcome(Scenario start, int steps) {
        Training.Result r = Training.run(start.network(), start.batch(), start.learningRate(), steps);
        LastRun run = new LastRun(r.lossHistory(), "W2[1,0]", new double[] {0}, new double[] {-0.0067974});
        return new TrainingRun.Outcome(start, r.network(), gdState(steps), r.stepsTaken(), steps, run);
    }

    /** Gradient descent's state after {@code t} steps: t and no buffers. */
    private static OptimizerState gdState(int t) {
        return new OptimizerState(t, List.of(), List.of());
    }

    @Test
    void selecting_a_cell_that_names_no_parameter_keeps_the_charts_parameter() {
        ExplorerState w1 = seed.select(CellRef.of("W1", 0, 2));
        assertEquals(ParameterRef.weight(0, 0, 2), w1.chartParameterOrDefault());
        ExplorerState z1 = w1.select(CellRef.of("Z1", 1, 3));
        assertEquals(ParameterRef.weight(0, 0, 2), z1.chartParameterOrDefault(), "Z1 names no parameter");
    }

    @Test
    void the_charts_default_parameter_of_a_one_unit_last_hidden_layer_is_its_only_row() {
        ExplorerState narrow = seed.resize(List.of(3, 1, 2), 2);
        assertEquals(ParameterRef.weight(1, 0, 0), narrow.chartParameterOrDefault(), "W2 is 1×2: W2[0,0]");
    }

    @Test
    void applying_a_step_or_opening_a_network_during_a_run_pauses_it_and_says_so() {
        Training.Result five =
                Training.run(seed.scenario().network(), seed.scenario().batch(), 0.1, 5);
        ExplorerState at5 =
                seed.runs().started(10, 0).runs().progress(5, 10, five.network(), gdState(5), lastRun(five));
        ExplorerState stepped = at5.applyStep();
        String step = "Paused at step 5 of 10 because a step was applied; the steps before it are kept.";
        assertEquals(step, stepped.training().message());
        assertEquals(Optional.of(Note.info(step)), stepped.after().note());
        ExplorerState opened = at5.open(seed.link(), Optional.empty());
        assertEquals(
                "Paused at step 5 of 10 because another network was opened; the steps before it are kept.",
                opened.training().message());
        assertFalse(opened.training().active());
        assertEquals(
                TrainingStatus.NONE, seed.open(seed.link(), Optional.empty()).training(), "no run to pause");
    }
}
