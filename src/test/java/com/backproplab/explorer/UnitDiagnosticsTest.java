package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.explorer.UnitDiagnostics.Units;
import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unit diagnostics at their edges: only hidden layers are looked at (never the output layer), and the
 * words for one, two, three or more units, runs of units, and a whole layer.
 */
class UnitDiagnosticsTest {

    /** 1-1-1 with a linear output and squared error, W1 = [[w1]], W2 = [[w2]], zero biases, on x = 1 and 2. */
    private static Scenario oneUnit(HiddenActivation hidden, double w1, double w2) {
        Architecture a =
                new Architecture(List.of(1, 1, 1), hidden, new OutputLayer(OutputActivation.LINEAR, LossFunction.MSE));
        Network n = new Network(
                a,
                List.of(Matrices.of(new double[] {w1}), Matrices.of(new double[] {w2})),
                List.of(Matrices.of(new double[] {0}), Matrices.of(new double[] {0})));
        Batch b = new Batch(
                Matrices.of(new double[] {1}, new double[] {2}), Matrices.of(new double[] {0}, new double[] {1}));
        return new Scenario(n, b, 0.1);
    }

    @Test
    void an_output_of_zero_for_every_sample_is_not_a_dead_unit() {
        // ReLU: A1 = 0.5x > 0, so the hidden unit lives; the output A2 = 0·A1 = 0 for both samples.
        assertEquals(
                List.of(),
                UnitDiagnostics.deadUnits(oneUnit(HiddenActivation.RELU, 0.5, 0).trace()));
    }

    @Test
    void a_large_output_is_not_a_saturated_unit() {
        // tanh: Z1 = 0.1x, far from saturation; the linear output Z2 = 100·tanh(0.1x) ≈ 10 and 20 would be.
        assertEquals(
                List.of(),
                UnitDiagnostics.saturatedUnits(
                        oneUnit(HiddenActivation.TANH, 0.1, 100).trace()));
    }

    @Test
    void one_dead_unit_is_named_with_its_column() {
        // ReLU: Z1 = −x < 0 for both samples.
        List<Diagnostic> dead =
                UnitDiagnostics.deadUnits(oneUnit(HiddenActivation.RELU, -1, 1).trace());
        assertEquals(1, dead.size());
        assertEquals("hidden layer 1: unit 0 is dead", dead.getFirst().headline());
        assertEquals(
                "Hidden layer 1: unit 0 is dead: Z1 ≤ 0 for every sample in its column, so A1 and f'(Z1) are 0"
                        + " there. W1 and b1 get no gradient for it (dW1 = db1 = 0 in its column), and gradient"
                        + " descent cannot bring it back.",
                dead.getFirst().message());
    }

    @Test
    void identical_units_name_the_weights_in_and_out_of_their_layer() {
        Scenario grown = ScenarioEditor.resized(SeedExample.scenario(), List.of(3, 5, 5, 2), 2, FillRule.ZEROS, 42);
        List<Diagnostic> symmetric = UnitDiagnostics.symmetricUnits(grown.network());
        assertEquals(1, symmetric.size());
        assertEquals(
                "hidden layer 2: units 2, 3 and 4 are identical",
                symmetric.getFirst().headline());
        assertEquals(
                "Hidden layer 2: units 2, 3 and 4 are identical: the same incoming weights (W2), bias (b2) and"
                        + " outgoing weights (W3), so they get the same gradients and stay identical forever, as if"
                        + " the layer had one unit in their place. Give them different starting values, such as"
                        + " small random ones.",
                symmetric.getFirst().message());
    }

    @Test
    void units_are_listed_one_by_one_up_to_three_in_a_row_and_as_a_range_from_four() {
        assertEquals("unit 2", new Units(List.of(2), 8).list());
        assertEquals("units 0 and 2", new Units(List.of(0, 2), 8).list());
        assertEquals("units 0, 1 and 2", new Units(List.of(0, 1, 2), 8).list());
        assertEquals("units 0–3", new Units(List.of(0, 1, 2, 3), 8).list());
        assertEquals("units 0, 1, 2, 5 and 6", new Units(List.of(0, 1, 2, 5, 6), 8).list());
        assertEquals("units 1 and 3–6", new Units(List.of(1, 3, 4, 5, 6), 8).list());
    }

    @Test
    void the_subject_says_all_for_a_whole_layer_of_two_or_more_and_counts_beyond_three() {
        assertEquals("unit 0 is", new Units(List.of(0), 1).subject(), "the only unit of a one-unit layer");
        assertEquals("all 2 units (0 and 1) are", new Units(List.of(0, 1), 2).subject());
        assertEquals("units 0, 1 and 2 are", new Units(List.of(0, 1, 2), 5).shortSubject());
        assertEquals("all 3 units (0, 1 and 2) are", new Units(List.of(0, 1, 2), 3).shortSubject());
        assertEquals("4 units are", new Units(List.of(0, 1, 2, 4), 5).shortSubject());
        assertEquals("all 4 units are", new Units(List.of(0, 1, 2, 3), 4).shortSubject());
    }

    @Test
    void one_unit_is_it_in_its_column_and_more_are_them_in_their_columns() {
        assertEquals("its column", new Units(List.of(3), 4).their());
        assertEquals("it", new Units(List.of(3), 4).them());
        assertEquals("their columns", new Units(List.of(1, 3), 4).their());
        assertEquals("them", new Units(List.of(1, 3), 4).them());
    }
}
