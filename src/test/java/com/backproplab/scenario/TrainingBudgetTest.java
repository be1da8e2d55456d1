package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingBudgetTest {

    private final TrainingBudget budget = new TrainingBudget(Limits.DEFAULT);

    @Test
    void the_cost_counts_weights_units_and_layers_per_sample_and_step() {
        // 3-4-2 on m = 2: layer 1: 2·(12 + 16·4 + 40) + 60, layer 2: 2·(8 + 16·2 + 40) + 60.
        double perStep = 2 * (12 + 16 * 4 + 40) + 60 + 2 * (8 + 16 * 2 + 40) + 60;
        assertEquals(perStep, TrainingCost.perStep(List.of(3, 4, 2), 2));
        assertEquals(1000 * perStep, TrainingCost.of(List.of(3, 4, 2), 2, 1000));
    }

    @Test
    void a_thin_network_costs_far_more_than_its_weights_alone() {
        List<Integer> thin = List.of(1, 1, 1, 1, 1, 1, 1, 1);
        double weightsOnly = 7;
        assertTrue(TrainingCost.perStep(thin, 100) > 20 * 100 * weightsOnly);
    }

    @Test
    void a_run_within_the_budget_is_allowed() {
        assertEquals(Optional.empty(), budget.problem(SeedExample.scenario(), 100_000));
    }

    @Test
    void a_run_over_the_budget_is_refused_with_the_limit_the_size_asked_for_and_the_most_steps() {
        Scenario wide = scenario(List.of(2, 64, 64, 64, 64, 1), 256);
        String problem = budget.problem(wide, 100_000).orElseThrow();
        assertTrue(problem.startsWith("100000 steps of a 2-64-64-64-64-1 network on 256 samples cost "), problem);
        assertTrue(problem.contains("more than the limit of 5.00e+09 per run"), problem);
        long most = (long) Math.floor(
                5e9 / TrainingCost.perStep(wide.network().architecture().sizes(), 256));
        assertTrue(problem.endsWith("this network can take at most " + most + " steps"), problem);
        assertEquals(Optional.empty(), budget.problem(wide, (int) most));
    }

    @Test
    void steps_outside_one_to_the_limit_are_refused() {
        assertEquals(Optional.of("expected 1 to 100000, got 0"), budget.problem(SeedExample.scenario(), 0));
        assertEquals(Optional.of("expected 1 to 100000, got 100001"), budget.problem(SeedExample.scenario(), 100_001));
    }

    static Scenario scenario(List<Integer> sizes, int m) {
        Architecture a = new Architecture(
                sizes,
                HiddenActivation.RELU,
                new OutputLayer(
                        com.backproplab.math.OutputActivation.SIGMOID,
                        com.backproplab.math.LossFunction.CROSS_ENTROPY));
        List<org.apache.commons.math3.linear.RealMatrix> w = new ArrayList<>();
        List<org.apache.commons.math3.linear.RealMatrix> b = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.size(); l++) {
            w.add(Matrices.wrap(new double[sizes.get(l)][sizes.get(l + 1)]));
            b.add(Matrices.wrap(new double[1][sizes.get(l + 1)]));
        }
        Batch batch = new Batch(
                Matrices.wrap(new double[m][sizes.getFirst()]), Matrices.wrap(new double[m][sizes.getLast()]));
        return new Scenario(new Network(a, w, b), batch, 0.1);
    }

    @Test
    void a_frame_of_playback_takes_a_hundredth_of_a_runs_budget_and_at_least_one_step() {
        Scenario seed = SeedExample.scenario();
        double perStep = TrainingCost.perStep(List.of(3, 4, 2), 2);
        Limits small = Limits.with(Map.of("max-training-work", "100000"));
        assertEquals((int) Math.floor(100000 / 100.0 / perStep), new TrainingBudget(small).stepsPerFrame(seed));
        Limits tiny = Limits.with(Map.of("max-training-work", "10"));
        assertEquals(1, new TrainingBudget(tiny).stepsPerFrame(seed));
        Limits huge = Limits.with(Map.of("max-training-work", "1000000000000000"));
        assertEquals(huge.maxSteps(), new TrainingBudget(huge).stepsPerFrame(seed), "never more than a run's steps");
    }

    @Test
    void the_first_and_the_last_step_count_within_the_limit_and_a_cost_equal_to_the_budget_is_allowed() {
        assertEquals(Optional.empty(), budget.problem(SeedExample.scenario(), 1));
        Scenario s = SeedExample.scenario();
        double cost = TrainingCost.of(s.network().architecture().sizes(), 2, 1000);
        TrainingBudget exact =
                new TrainingBudget(Limits.with(java.util.Map.of("max-training-work", Long.toString((long) cost))));
        assertEquals((double) (long) cost, cost, "a whole number of units");
        assertEquals(Optional.empty(), exact.problem(s, 1000));
        assertTrue(exact.problem(s, 1001).isPresent());
    }
}
