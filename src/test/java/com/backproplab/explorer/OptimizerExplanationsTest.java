package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.StepTrace;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The formula bar on the optimizer's tables: each cell's formula with its numbers. The expected numbers are
 * derived by hand from the worked example's gradients (which the golden tests hold to PyTorch): on Adam's
 * first step m = (1 − β₁)·g, v = (1 − β₂)·g², m̂ = g, v̂ = g², so the update is α·g/|g| = α.
 */
class OptimizerExplanationsTest {

    private final Scenario seed = SeedExample.scenario();
    private final BackpropTrace plain = seed.trace();
    private static final int DIGITS = 5;

    private static String n(double v) {
        return Numbers.format(v, DIGITS);
    }

    private static String p(double v) {
        String s = n(v);
        return s.startsWith("−") ? "(" + s + ")" : s;
    }

    private StepTrace step(Optimization o, OptimizerState state) {
        return StepTrace.of(seed.network(), seed.batch(), seed.learningRate(), o, state, false);
    }

    private StepTrace firstStep(Optimization o) {
        return step(o, OptimizerState.initial(o.optimizer(), seed.network().architecture()));
    }

    private String explain(StepTrace t, String table, int r, int c) {
        CellRef cell = new CellRef(TableId.parse(table).orElseThrow(), r, c);
        return CellExplainer.explain(seed, t, List.of(), cell, DIGITS);
    }

    @Test
    void adams_first_step_explains_m_v_the_bias_correction_and_an_update_of_alpha() {
        StepTrace t = firstStep(new Optimization(Optimizer.adam(), 0, 0));
        double g = plain.backward().dW(1).getEntry(1, 0);
        double w = seed.network().weight(1).getEntry(1, 0);
        assertEquals(
                "m[1,0] ← β₁·m + (1 − β₁)·dW2[1,0] = 0.9×0 + 0.1×" + p(g) + " = " + n(0.1 * g),
                explain(t, "W2_m_next", 1, 0));
        assertEquals(
                "v[1,0] ← β₂·v + (1 − β₂)·dW2[1,0]² = 0.999×0 + 0.001×" + p(g) + "² = " + n(0.001 * g * g),
                explain(t, "W2_v_next", 1, 0));
        assertEquals("m̂[1,0] = m / (1 − β₁^1) = " + p(0.1 * g) + " / 0.1 = " + n(g), explain(t, "W2_mhat", 1, 0));
        assertEquals(
                "update[1,0] = α·m̂ / (√v̂ + ε) = 0.1×" + p(g) + " / (√" + n(g * g) + " + " + n(1e-8) + ") = −0.1",
                explain(t, "W2_update", 1, 0));
        assertEquals(
                "W2_next[1,0] = W2[1,0] − update[1,0] = " + n(w) + " − (−0.1) = " + n(w + 0.1),
                explain(t, "W2_next", 1, 0));
        assertEquals("m[1,0] = 0: every buffer starts at 0, and this is step t = 1.", explain(t, "W2_m", 1, 0));
    }

    @Test
    void momentum_explains_the_velocity_carried_from_the_last_step_and_nesterovs_direction() {
        Optimization nesterov = new Optimization(new Optimizer.Momentum(0.5, true), 0, 0);
        StepTrace first = firstStep(nesterov);
        StepTrace second = step(nesterov, first.step().after());
        double v1 = first.step().after().first().get(2).getEntry(1, 0);
        double g2 = second.backward().dW(1).getEntry(1, 0);
        assertEquals("v[1,0] = " + n(v1) + ", carried from step t = 1.", explain(second, "W2_v", 1, 0));
        double v2 = 0.5 * v1 + g2;
        assertEquals(
                "v[1,0] ← μ·v + dW2[1,0] = 0.5×" + p(v1) + " + " + p(g2) + " = " + n(v2),
                explain(second, "W2_v_next", 1, 0));
        assertEquals(
                "direction[1,0] = dW2[1,0] + μ·v = " + n(g2) + " + 0.5×" + p(v2) + " = " + n(g2 + 0.5 * v2),
                explain(second, "W2_dir", 1, 0));
    }

    @Test
    void nesterovs_update_is_alpha_times_the_direction() {
        Optimization nesterov = new Optimization(new Optimizer.Momentum(0.5, true), 0, 0);
        StepTrace first = firstStep(nesterov);
        StepTrace second = step(nesterov, first.step().after());
        double v1 = first.step().after().first().get(2).getEntry(1, 0);
        double g2 = second.backward().dW(1).getEntry(1, 0);
        double direction = g2 + 0.5 * (0.5 * v1 + g2);
        assertEquals(
                "update[1,0] = α·direction = 0.1×" + p(direction) + " = " + n(0.1 * direction),
                explain(second, "W2_update", 1, 0));
    }

    @Test
    void every_parameter_reads_its_own_buffer_carried_from_the_last_step() {
        // The state keeps one buffer per parameter, in the order W1, b1, W2, b2.
        Optimization momentum = new Optimization(new Optimizer.Momentum(0.5, false), 0, 0);
        StepTrace first = firstStep(momentum);
        StepTrace second = step(momentum, first.step().after());
        List<org.apache.commons.math3.linear.RealMatrix> v =
                first.step().after().first();
        assertEquals(
                "v[0,1] = " + n(v.get(0).getEntry(0, 1)) + ", carried from step t = 1.", explain(second, "W1_v", 0, 1));
        assertEquals(
                "v[0,1] = " + n(v.get(1).getEntry(0, 1)) + ", carried from step t = 1.", explain(second, "b1_v", 0, 1));
        assertEquals(
                "v[0,1] = " + n(v.get(3).getEntry(0, 1)) + ", carried from step t = 1.", explain(second, "b2_v", 0, 1));
        // Adam's m is its first buffer and its v its second.
        Optimization adam = new Optimization(Optimizer.adam(), 0, 0);
        StepTrace afterOne = step(adam, firstStep(adam).step().after());
        OptimizerState one = firstStep(adam).step().after();
        assertEquals(
                "m[1,0] = " + n(one.first().get(2).getEntry(1, 0)) + ", carried from step t = 1.",
                explain(afterOne, "W2_m", 1, 0));
        assertEquals(
                "v[1,0] = " + n(one.second().get(2).getEntry(1, 0)) + ", carried from step t = 1.",
                explain(afterOne, "W2_v", 1, 0));
    }

    @Test
    void weight_decay_is_explained_on_the_weights_and_named_g_in_their_buffers() {
        Optimization rms = new Optimization(new Optimizer.RmsProp(0.9, 1e-8), 0.5, 0);
        StepTrace t = firstStep(rms);
        double d = plain.backward().dW(1).getEntry(1, 0);
        double w = seed.network().weight(1).getEntry(1, 0);
        double g = d + 0.5 * w;
        assertEquals(
                "g[1,0] = dW2[1,0] + λ·W2[1,0] = " + n(d) + " + 0.5×" + p(w) + " = " + n(g),
                explain(t, "dW2_decay", 1, 0));
        assertEquals(
                "s[1,0] ← ρ·s + (1 − ρ)·g[1,0]² = 0.9×0 + " + n(1 - 0.9) + "×" + p(g) + "² = " + n((1 - 0.9) * g * g),
                explain(t, "W2_s_next", 1, 0));
        double db = plain.backward().db(1).getEntry(0, 0);
        assertEquals(
                "s[0,0] ← ρ·s + (1 − ρ)·db2[0,0]² = 0.9×0 + " + n(1 - 0.9) + "×" + p(db) + "² = "
                        + n((1 - 0.9) * db * db),
                explain(t, "b2_s_next", 0, 0),
                "no decay on a bias");
    }

    @Test
    void with_mini_batches_x_and_y_say_whether_this_step_uses_their_row() {
        Optimization batches = new Optimization(Optimizer.adam(), 0, 1);
        StepTrace second = step(batches, firstStep(batches).step().after());
        assertEquals(
                "X[0,1] = 8, input 1 of sample 0; this step does not use it: it takes batch 2 of 2 (rows 1 to 1).",
                explain(second, "X", 0, 1));
        assertEquals(
                "Y[1,1] = 1, label of class 1 of sample 1; this step uses it, in batch 2 of 2 (rows 1 to 1).",
                explain(second, "Y", 1, 1));
        assertEquals(
                "X[1,0] = " + n(seed.batch().x().getEntry(1, 0)) + ", input 0 of sample 1; this step does not use it:"
                        + " it takes batch 1 of 2 (rows 0 to 0).",
                explain(firstStep(batches), "X", 1, 0),
                "row 1 is where batch 1 ends, outside it");
    }

    @Test
    void on_the_whole_batch_x_and_y_are_explained_as_in_the_worked_example() {
        StepTrace t = firstStep(new Optimization(Optimizer.adam(), 0, 0));
        CellRef cell = new CellRef(TableId.X, 1, 0);
        assertEquals(CellExplainer.explain(plain, List.of(), cell, DIGITS), explain(t, "X", 1, 0));
    }

    @Test
    void plain_gradient_descent_keeps_the_worked_examples_explanations() {
        StepTrace t = firstStep(Optimization.PLAIN);
        CellRef cell = new CellRef(TableId.parse("W1_next").orElseThrow(), 0, 1);
        assertEquals(CellExplainer.explain(plain, List.of(), cell, DIGITS), explain(t, "W1_next", 0, 1));
    }
}
