package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import com.backproplab.math.Training;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each diagnostic, on the case that shows it and on the cases that must not. */
class DiagnosticsTest {

    private static List<Diagnostic> units(Scenario s) {
        return Diagnostics.ofUnits(s.trace());
    }

    private static Scenario example(String id) {
        return Gallery.byId(id).orElseThrow().scenario();
    }

    /** 1-2-1 with the given hidden activation and W1 = [[w0, w1]], W2 = [[1], [−1]], on x = 1 and x = 2. */
    private static Scenario twoUnits(HiddenActivation hidden, double w0, double w1) {
        Architecture a =
                new Architecture(List.of(1, 2, 1), hidden, new OutputLayer(OutputActivation.LINEAR, LossFunction.MSE));
        Network n = new Network(
                a,
                List.of(Matrices.of(new double[] {w0, w1}), Matrices.of(new double[] {1}, new double[] {-1})),
                List.of(Matrices.of(new double[] {0, 0}), Matrices.of(new double[] {0})));
        return new Scenario(
                n,
                new Batch(Matrices.of(new double[] {1}, new double[] {2}), Matrices.of(new double[] {0}, new double[] {1
                })),
                0.1);
    }

    @Test
    void the_dead_relu_example_names_every_dead_unit_of_its_layer_and_the_table_that_shows_it() {
        List<Diagnostic> found = units(example("dead-relu"));
        assertEquals(1, found.size());
        Diagnostic d = found.getFirst();
        assertEquals(Diagnostic.Kind.DEAD_UNITS, d.kind());
        assertEquals(TableId.of(TableId.Kind.A, 1), d.table());
        assertTrue(
                d.message().startsWith("Hidden layer 1: all 3 units (0, 1 and 2) are dead: Z1 ≤ 0 for every sample"),
                d.message());
        assertTrue(d.message().contains("gradient descent cannot bring them back"), d.message());
    }

    @Test
    void the_worked_example_s_units_0_and_2_are_dead_and_stay_so_after_1000_steps() {
        Scenario seed = SeedExample.scenario();
        Network trained = Training.run(seed.network(), seed.batch(), 0.1, 1000).network();
        for (Scenario s : List.of(seed, new Scenario(trained, seed.batch(), 0.1))) {
            List<Diagnostic> found = units(s);
            assertEquals(1, found.size());
            assertTrue(found.getFirst().message().startsWith("Hidden layer 1: units 0 and 2 are dead"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xor", "binary", "regression", "spirals"})
    void the_examples_that_learn_have_no_dead_identical_or_saturated_unit(String id) {
        assertEquals(List.of(), units(example(id)));
    }

    @Test
    void a_dead_unit_in_a_later_layer_could_still_come_back_through_the_layers_before() {
        Scenario grown = ScenarioEditor.resized(SeedExample.scenario(), List.of(3, 5, 5, 2), 2, FillRule.ZEROS, 42);
        Diagnostic layer2 = units(grown).stream()
                .filter(d -> d.table().equals(TableId.of(TableId.Kind.A, 2)))
                .findFirst()
                .orElseThrow();
        assertTrue(layer2.message().contains("only a change in the layers before can bring them back"));
    }

    @Test
    void units_with_the_same_weights_in_and_out_are_named_as_identical() {
        // Layers 3-4-2 grown to 3-5-5-2 with zeros: units 2, 3 and 4 of layer 2 have zero weights in and out.
        Scenario grown = ScenarioEditor.resized(SeedExample.scenario(), List.of(3, 5, 5, 2), 2, FillRule.ZEROS, 42);
        List<Diagnostic> symmetric = units(grown).stream()
                .filter(d -> d.kind() == Diagnostic.Kind.SYMMETRIC_UNITS)
                .toList();
        assertEquals(1, symmetric.size());
        assertEquals(TableId.weight(2), symmetric.getFirst().table());
        assertTrue(symmetric.getFirst().message().startsWith("Hidden layer 2: units 2, 3 and 4 are identical"));
    }

    @Test
    void long_runs_of_units_are_written_as_ranges_and_headlines_count_them() {
        Scenario wide = ScenarioEditor.resized(SeedExample.scenario(), List.of(2, 64, 64, 1), 2, FillRule.ZEROS, 42);
        Diagnostic dead = units(wide).getFirst();
        assertEquals("hidden layer 1: 62 units are dead", dead.headline());
        assertTrue(dead.message().startsWith("Hidden layer 1: units 0, 1 and 4–63 are dead"), dead.message());
        Diagnostic allDead = units(wide).get(1);
        assertEquals("hidden layer 2: all 64 units are dead", allDead.headline());
        assertTrue(allDead.message().startsWith("Hidden layer 2: all 64 units (0–63) are dead"), allDead.message());
    }

    @Test
    void units_with_the_same_weights_in_but_different_weights_out_are_not_identical() {
        // W1 = [[0.5, 0.5]] but W2 = [[1], [−1]]: the two units get gradients of opposite sign.
        assertEquals(List.of(), units(twoUnits(HiddenActivation.TANH, 0.5, 0.5)));
    }

    @Test
    void a_tanh_unit_with_large_z_for_every_sample_is_saturated_and_one_with_small_z_is_not() {
        // Z1[·,0] = 10x (10 and 20): tanh' ≤ 8.2e−9; Z1[·,1] = 0.1x: tanh' ≈ 0.96.
        List<Diagnostic> found = units(twoUnits(HiddenActivation.TANH, 10, 0.1));
        assertEquals(1, found.size());
        Diagnostic d = found.getFirst();
        assertEquals(Diagnostic.Kind.SATURATED_UNITS, d.kind());
        assertEquals(TableId.of(TableId.Kind.FPRIME, 1), d.table());
        assertTrue(
                d.message().startsWith("Hidden layer 1: unit 0 is saturated: |Z1| ≥ 10 for every sample"), d.message());
        assertTrue(d.message().contains("f'(Z1) ≤ 8.24e−9"), d.message());
    }

    @Test
    void a_sigmoid_unit_is_saturated_below_one_percent_of_its_slope_at_zero() {
        // sigmoid'(7) = 9.1e−4 < 0.0025; sigmoid'(5) = 6.6e−3 is not.
        assertEquals(1, units(twoUnits(HiddenActivation.SIGMOID, 7, 0.1)).size());
        assertEquals(List.of(), units(twoUnits(HiddenActivation.SIGMOID, 5, 0.1)));
        assertEquals(List.of(), units(twoUnits(HiddenActivation.RELU, 10, 0.1)), "ReLU does not saturate");
    }

    @Test
    void a_step_that_raised_the_loss_says_from_what_to_what_and_blames_alpha() {
        List<Diagnostic> found = Diagnostics.ofActions(
                Optional.of(LossWatch.of(new double[] {0.693404, 5.61012}, 200)), Optional.empty(), 42);
        assertEquals(1, found.size());
        assertEquals(Diagnostic.Kind.LOSS_RAISED, found.getFirst().kind());
        assertEquals(TableId.LOSS, found.getFirst().table());
        assertEquals(
                "The step raised the loss from 0.693404 to 5.61012: α = 200 is too large here, and the step overshot"
                        + " the minimum along −dW. Undo, and try a smaller α.",
                found.getFirst().message());
    }

    @Test
    void a_run_names_its_first_step_that_raised_the_loss_and_whether_it_still_went_down() {
        List<Diagnostic> lower = Diagnostics.ofActions(
                Optional.of(LossWatch.of(new double[] {1, 0.5, 0.6, 0.4}, 0.1)), Optional.empty(), 42);
        assertEquals(
                "1 of the 3 steps raised the loss, the first of them step 2 (from 0.5 to 0.6): α = 0.1 overshoots"
                        + " there. The run still lowered L from 1 to 0.4; a smaller α descends smoothly.",
                lower.getFirst().message());
        List<Diagnostic> higher =
                Diagnostics.ofActions(Optional.of(LossWatch.of(new double[] {1, 2, 1.5, 3}, 9)), Optional.empty(), 42);
        assertTrue(
                higher.getFirst().message().startsWith("2 of the 3 steps raised the loss, the first of them step 1"));
        assertTrue(higher.getFirst()
                .message()
                .endsWith("The run ended no lower than it began: α is too large; undo, and" + " try a smaller one."));
    }

    @Test
    void a_loss_that_became_nan_names_the_step_that_caused_it() {
        LossWatch w = LossWatch.of(new double[] {1, 0.9, Double.NaN, Double.NaN}, 50);
        assertEquals(2, w.notFinite());
        List<Diagnostic> found = Diagnostics.ofActions(Optional.of(w), Optional.empty(), 42);
        assertEquals(Diagnostic.Kind.LOSS_NOT_FINITE, found.getFirst().kind());
        assertEquals(
                "Step 2 of the run made the loss NaN (it was 0.9 before): with α = 50 the step overshot so far that"
                        + " the numbers overflowed. Undo, and try a smaller α.",
                found.getFirst().message());
        assertEquals(1, found.size(), "a NaN is no rise");
        LossWatch infinite = LossWatch.of(new double[] {1, Double.POSITIVE_INFINITY}, 50);
        assertTrue(Diagnostics.ofActions(Optional.of(infinite), Optional.empty(), 42)
                .getFirst()
                .message()
                .startsWith("The step made the loss ∞ (it was 1 before)"));
    }

    @Test
    void a_loss_that_only_rounds_up_is_no_rise() {
        // The dead-relu example: L stays 0.6931471805599453 and rounds up by one ulp during a run.
        LossWatch w = LossWatch.of(new double[] {0.6931471805599453, 0.6931471805599454, 0.6931471805599453}, 0.1);
        assertEquals(0, w.rises());
        assertEquals(List.of(), Diagnostics.ofActions(Optional.of(w), Optional.empty(), 42));
    }

    @Test
    void growing_hidden_layers_with_zeros_names_the_new_units_and_offers_random_values_from_the_seed() {
        ZeroGrowth g =
                ZeroGrowth.of(SeedExample.scenario(), List.of(3, 5, 5, 2), 2).orElseThrow();
        List<Diagnostic> found = Diagnostics.ofActions(Optional.empty(), Optional.of(g), 7);
        assertEquals(1, found.size());
        Diagnostic d = found.getFirst();
        assertEquals(Diagnostic.Kind.GROWN_WITH_ZEROS, d.kind());
        assertEquals(TableId.weight(1), d.table());
        assertTrue(
                d.message()
                        .startsWith("The new units (hidden layer 1: unit 4; hidden layer 2: units 2, 3 and 4)"
                                + " start with zero weights"),
                d.message());
        assertTrue(d.message().endsWith("Fill them with small random values from seed 7 instead."));
    }

    @Test
    void growing_only_the_inputs_the_outputs_or_the_samples_is_no_growth_of_hidden_units() {
        Scenario seed = SeedExample.scenario();
        assertEquals(Optional.empty(), ZeroGrowth.of(seed, List.of(4, 4, 3), 5));
        assertEquals(Optional.empty(), ZeroGrowth.of(seed, List.of(3, 3, 2), 2));
    }

    @Test
    void the_headlines_say_the_step_for_one_step_and_count_the_steps_of_a_run() {
        Diagnostic oneNan = Diagnostics.ofActions(
                        Optional.of(LossWatch.of(new double[] {1, Double.NaN}, 50)), Optional.empty(), 42)
                .getFirst();
        assertEquals("the step made the loss NaN", oneNan.headline());
        Diagnostic runNan = Diagnostics.ofActions(
                        Optional.of(LossWatch.of(new double[] {1, 0.9, Double.NaN}, 50)), Optional.empty(), 42)
                .getFirst();
        assertEquals("step 2 made the loss NaN", runNan.headline());
        Diagnostic oneRise = Diagnostics.ofActions(
                        Optional.of(LossWatch.of(new double[] {1, 2}, 9)), Optional.empty(), 42)
                .getFirst();
        assertEquals("the step raised the loss", oneRise.headline());
        Diagnostic runRise = Diagnostics.ofActions(
                        Optional.of(LossWatch.of(new double[] {1, 0.5, 0.6, 0.4}, 0.1)), Optional.empty(), 42)
                .getFirst();
        assertEquals("1 of the 3 steps raised the loss", runRise.headline());
    }

    @Test
    void a_run_that_ends_exactly_where_it_began_did_not_lower_the_loss() {
        Diagnostic d = Diagnostics.ofActions(Optional.of(LossWatch.of(new double[] {1, 2, 1}, 9)), Optional.empty(), 42)
                .getFirst();
        assertEquals(
                "1 of the 2 steps raised the loss, the first of them step 1 (from 1 to 2): α = 9 overshoots there."
                        + " The run ended no lower than it began: α is too large; undo, and try a smaller one.",
                d.message());
    }

    @Test
    void a_hidden_layer_that_keeps_its_size_did_not_grow() {
        ZeroGrowth g =
                ZeroGrowth.of(SeedExample.scenario(), List.of(3, 4, 5, 2), 2).orElseThrow();
        assertEquals(List.of(new ZeroGrowth.Grown(2, 2, 5)), g.grown(), "layer 1 keeps its 4 units");
        ZeroGrowth two =
                ZeroGrowth.of(SeedExample.scenario(), List.of(3, 4, 5, 5, 2), 2).orElseThrow();
        assertEquals(
                List.of(new ZeroGrowth.Grown(2, 2, 5), new ZeroGrowth.Grown(3, 0, 5)),
                two.grown(),
                "W2 keeps the old output layer's 2 columns; layer 3 is new");
    }

    @Test
    void everything_is_said_at_once_the_last_actions_first_then_the_units() {
        List<Diagnostic> all = Diagnostics.of(
                example("dead-relu").trace(), Optional.of(LossWatch.of(new double[] {1, 2}, 9)), Optional.empty(), 42);
        assertEquals(
                List.of(Diagnostic.Kind.LOSS_RAISED, Diagnostic.Kind.DEAD_UNITS),
                all.stream().map(Diagnostic::kind).toList());
    }
}
