package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.backproplab.math.Architecture;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.ParameterUpdate;
import com.backproplab.math.StepTrace;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The optimizer's tables on the worked example (3-4-2, two samples, α = 0.1): which tables each optimizer
 * shows for each parameter, in which order, with which formula and numbers, and the note on the step and
 * the batch.
 */
class OptimizerTablesTest {

    private static final Scenario SEED = SeedExample.scenario();
    private static final Architecture ARCH = SEED.network().architecture();

    private static StepTrace step(Optimization o, OptimizerState before) {
        return StepTrace.of(SEED.network(), SEED.batch(), SEED.learningRate(), o, before, false);
    }

    private static StepTrace fresh(Optimizer optimizer, double decay, int batch) {
        Optimization o = new Optimization(optimizer, decay, batch);
        return step(o, OptimizerState.initial(optimizer, ARCH));
    }

    private static List<String> names(CardGroup g) {
        return g.cards().stream().map(c -> c.id().name()).toList();
    }

    private static Map<String, CardSpec> cards(List<CardGroup> groups) {
        return groups.stream()
                .flatMap(g -> g.cards().stream())
                .collect(Collectors.toMap(c -> c.id().name(), Function.identity()));
    }

    @Test
    void gradient_descent_shows_each_parameter_before_its_update_and_after() {
        List<CardGroup> groups = OptimizerTables.of(fresh(Optimizer.gradientDescent(), 0, 0));
        assertEquals(
                List.of("W1", "b1", "W2", "b2"),
                groups.stream().map(CardGroup::title).toList());
        assertEquals(List.of("W1_old", "W1_update", "W1_next"), names(groups.get(0)));
        assertEquals(List.of("b2_old", "b2_update", "b2_next"), names(groups.get(3)));
        assertEquals(
                "gd, step t = 1 (state carried from t = 0)", groups.getFirst().note());
        for (CardGroup g : groups.subList(1, 4)) {
            assertNull(g.note(), g.title());
        }
        CardSpec update = groups.get(2).cards().get(1);
        assertEquals("\\text{update} = \\alpha\\, \\frac{\\partial L}{\\partial W_{2}}", update.tex());
        assertEquals("the update of W2", update.label());
        assertEquals("What the step subtracts, with α = 0.1.", update.explanation());
        CardSpec next = groups.get(2).cards().get(2);
        assertEquals("W_{2} - \\text{update}", next.tex());
        assertEquals("W2 after the step", next.label());
        assertEquals("What “Apply step” makes current.", next.explanation());
        CardSpec old = groups.get(1).cards().getFirst();
        assertEquals("b_{1}", old.tex());
        assertEquals("b1 before the step", old.label());
        assertEquals("The current values.", old.explanation());
    }

    @Test
    void each_table_shows_the_matrix_of_its_own_parameter() {
        StepTrace t = fresh(Optimizer.gradientDescent(), 0, 0);
        List<CardGroup> groups = OptimizerTables.of(t);
        for (int l = 0; l < 2; l++) {
            CardGroup w = groups.get(2 * l);
            CardGroup b = groups.get(2 * l + 1);
            assertSame(SEED.network().weight(l), w.cards().get(0).value());
            assertSame(SEED.network().bias(l), b.cards().get(0).value());
            assertSame(t.step().weight(l).update(), w.cards().get(1).value());
            assertSame(t.step().bias(l).update(), b.cards().get(1).value());
            assertSame(t.step().weight(l).next(), w.cards().get(2).value());
            assertSame(t.step().bias(l).next(), b.cards().get(2).value());
        }
    }

    @Test
    void momentum_shows_v_before_and_after_and_nesterov_adds_its_direction() {
        StepTrace plain = fresh(new Optimizer.Momentum(0.9, false), 0, 0);
        CardGroup w1 = OptimizerTables.of(plain).getFirst();
        assertEquals(List.of("W1_old", "W1_v", "W1_v_next", "W1_update", "W1_next"), names(w1));
        assertEquals(
                "v \\leftarrow \\mu\\, v + \\frac{\\partial L}{\\partial W_{1}}",
                w1.cards().get(2).tex());
        assertEquals("μ = 0.9 times v, plus the gradient.", w1.cards().get(2).explanation());
        assertEquals("v of W1 after", w1.cards().get(2).label());
        assertEquals("v of W1 before the step", w1.cards().get(1).label());
        assertEquals("\\text{update} = \\alpha\\, v", w1.cards().get(3).tex());
        assertSame(plain.step().before().first().get(0), w1.cards().get(1).value());
        assertSame(
                plain.step().weight(0).firstNext().orElseThrow(),
                w1.cards().get(2).value());

        StepTrace nesterov = fresh(new Optimizer.Momentum(0.5, true), 0, 0);
        CardGroup b2 = OptimizerTables.of(nesterov).get(3);
        assertEquals(List.of("b2_old", "b2_v", "b2_v_next", "b2_dir", "b2_update", "b2_next"), names(b2));
        CardSpec dir = b2.cards().get(3);
        assertEquals("\\frac{\\partial L}{\\partial b_{2}} + \\mu\\, v", dir.tex());
        assertEquals("Nesterov's direction for b2", dir.label());
        assertSame(nesterov.step().bias(1).direction().orElseThrow(), dir.value());
        assertEquals("μ = 0.5 times v, plus the gradient.", b2.cards().get(2).explanation());
        assertEquals(
                "\\text{update} = \\alpha\\, (\\frac{\\partial L}{\\partial b_{2}} + \\mu\\, v)",
                b2.cards().get(4).tex());
    }

    @Test
    void rmsprop_shows_s_before_and_after_with_its_rho() {
        StepTrace t = fresh(new Optimizer.RmsProp(0.99, 1e-8), 0, 0);
        CardGroup w2 = OptimizerTables.of(t).get(2);
        assertEquals(List.of("W2_old", "W2_s", "W2_s_next", "W2_update", "W2_next"), names(w2));
        assertEquals("s of W2 before the step", w2.cards().get(1).label());
        assertSame(t.step().before().second().get(2), w2.cards().get(1).value());
        CardSpec after = w2.cards().get(2);
        assertEquals("s \\leftarrow \\rho\\, s + (1-\\rho)\\, (\\frac{\\partial L}{\\partial W_{2}})^2", after.tex());
        assertEquals("ρ = 0.99.", after.explanation());
        assertSame(t.step().weight(1).secondNext().orElseThrow(), after.value());
        assertEquals(
                "\\text{update} = \\alpha\\, \\frac{\\partial L}{\\partial W_{2}} / (\\sqrt{s} + \\epsilon)",
                w2.cards().get(3).tex());
    }

    @Test
    void adam_with_weight_decay_shows_g_for_the_weights_its_buffers_and_the_bias_correction_of_step_t() {
        Optimizer adam = new Optimizer.Adam(0.9, 0.999, 1e-8);
        Optimization o = new Optimization(adam, 0.01, 0);
        // The state after one step, so that this step is t = 2: 1 − 0.9² = 0.19 and 1 − 0.999² = 0.001999.
        OptimizerState before =
                step(o, OptimizerState.initial(adam, ARCH)).step().after();
        StepTrace t = step(o, before);
        List<CardGroup> groups = OptimizerTables.of(t);
        assertEquals(
                "adam, step t = 2 (state carried from t = 1)", groups.getFirst().note());
        CardGroup w1 = groups.getFirst();
        assertEquals(
                List.of(
                        "W1_old",
                        "dW1_decay",
                        "W1_m",
                        "W1_m_next",
                        "W1_v",
                        "W1_v_next",
                        "W1_mhat",
                        "W1_vhat",
                        "W1_update",
                        "W1_next"),
                names(w1));
        Map<String, CardSpec> c = cards(groups);
        CardSpec decay = c.get("dW1_decay");
        assertEquals("g = \\frac{\\partial L}{\\partial W_{1}} + \\lambda\\,W_{1}", decay.tex());
        assertEquals("g, the gradient of W1 with weight decay", decay.label());
        assertEquals(
                "dL/dW1 plus λ = 0.01 times W1: the gradient of the loss with its penalty (λ/2)·ΣW².",
                decay.explanation());
        ParameterUpdate u = t.step().weight(0);
        assertSame(u.g(), decay.value());
        assertEquals(
                "m \\leftarrow \\beta_1 m + (1-\\beta_1)\\, g",
                c.get("W1_m_next").tex());
        assertEquals(
                "v \\leftarrow \\beta_2 v + (1-\\beta_2)\\, (g)^2",
                c.get("W1_v_next").tex());
        assertEquals("β₁ = 0.9.", c.get("W1_m_next").explanation());
        assertEquals("β₂ = 0.999.", c.get("W1_v_next").explanation());
        assertEquals("\\hat m = m / (1-\\beta_1^{2})", c.get("W1_mhat").tex());
        assertEquals("\\hat v = v / (1-\\beta_2^{2})", c.get("W1_vhat").tex());
        assertEquals(
                "Bias correction at t = 2: 1 − β₁ᵗ = 0.19.", c.get("W1_mhat").explanation());
        assertEquals(
                "Bias correction at t = 2: 1 − β₂ᵗ = 0.001999.",
                c.get("W1_vhat").explanation());
        assertEquals("m̂ of W1", c.get("W1_mhat").label());
        assertEquals("v̂ of W1", c.get("W1_vhat").label());
        assertSame(before.first().get(0), c.get("W1_m").value());
        assertSame(before.second().get(0), c.get("W1_v").value());
        assertSame(u.firstNext().orElseThrow(), c.get("W1_m_next").value());
        assertSame(u.secondNext().orElseThrow(), c.get("W1_v_next").value());
        assertSame(u.firstHat().orElseThrow(), c.get("W1_mhat").value());
        assertSame(u.secondHat().orElseThrow(), c.get("W1_vhat").value());
        assertEquals(
                "\\text{update} = \\alpha\\, \\hat m / (\\sqrt{\\hat v} + \\epsilon)",
                c.get("W1_update").tex());
        // The biases take no decay: no g table, and their formulas name dL/db.
        assertEquals(
                List.of(
                        "b1_old",
                        "b1_m",
                        "b1_m_next",
                        "b1_v",
                        "b1_v_next",
                        "b1_mhat",
                        "b1_vhat",
                        "b1_update",
                        "b1_next"),
                names(groups.get(1)));
        assertEquals(
                "m \\leftarrow \\beta_1 m + (1-\\beta_1)\\, \\frac{\\partial L}{\\partial b_{1}}",
                c.get("b1_m_next").tex());
        assertSame(before.first().get(3), c.get("b2_m").value());
    }

    @Test
    void gradient_descent_with_weight_decay_steps_along_g() {
        List<CardGroup> groups = OptimizerTables.of(fresh(Optimizer.gradientDescent(), 0.5, 0));
        assertEquals(List.of("W2_old", "dW2_decay", "W2_update", "W2_next"), names(groups.get(2)));
        assertEquals(
                "\\text{update} = \\alpha\\, g", groups.get(2).cards().get(2).tex());
        assertEquals(
                "dL/dW2 plus λ = 0.5 times W2: the gradient of the loss with its penalty (λ/2)·ΣW².",
                groups.get(2).cards().get(1).explanation());
    }

    @Test
    void with_mini_batches_the_note_names_the_batch_and_its_rows() {
        Optimizer gd = Optimizer.gradientDescent();
        Optimization o = new Optimization(gd, 0, 1);
        assertEquals(
                "gd, step t = 1 (state carried from t = 0); batch 1 of 2: rows 0 to 0",
                OptimizerTables.of(step(o, OptimizerState.initial(gd, ARCH)))
                        .getFirst()
                        .note());
        assertEquals(
                "gd, step t = 2 (state carried from t = 1); batch 2 of 2: rows 1 to 1",
                OptimizerTables.of(step(o, new OptimizerState(1, List.of(), List.of())))
                        .getFirst()
                        .note());
    }
}
