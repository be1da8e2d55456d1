package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.Training;
import com.backproplab.scenario.SeedExample;
import org.junit.jupiter.api.Test;

class LastRunTest {

    private static LastRun run(double last, String parameter, double value) {
        return new LastRun(new double[] {1, 0.5, last}, parameter, new double[] {0, 2}, new double[] {0.1, value});
    }

    @Test
    void two_runs_are_equal_when_every_loss_value_and_the_parameter_are() {
        assertEquals(run(0.25, "W2[1,0]", 0.3), run(0.25, "W2[1,0]", 0.3));
        assertEquals(
                run(0.25, "W2[1,0]", 0.3).hashCode(), run(0.25, "W2[1,0]", 0.3).hashCode());
        assertNotEquals(run(0.25, "W2[1,0]", 0.3), run(0.2, "W2[1,0]", 0.3));
        assertNotEquals(run(0.25, "W2[1,0]", 0.3), run(0.25, "b1[0,0]", 0.3));
        assertNotEquals(run(0.25, "W2[1,0]", 0.3), run(0.25, "W2[1,0]", 0.4));
        assertNotEquals(
                run(0.25, "W2[1,0]", 0.3),
                new LastRun(new double[] {1, 0.5, 0.25}, "W2[1,0]", new double[] {0, 1}, new double[] {0.1, 0.3}));
        assertNotEquals(run(0.25, "W2[1,0]", 0.3), "a run");
        assertNotEquals(
                run(0.25, "W2[1,0]", 0.3).hashCode(), run(0.2, "W2[1,0]", 0.3).hashCode());
        assertNotEquals(
                run(0.25, "W2[1,0]", 0.3).hashCode(), run(0.25, "b1[0,0]", 0.3).hashCode());
    }

    @Test
    void a_run_says_its_steps_and_parameter_and_none_has_taken_no_step() {
        assertEquals("LastRun[2 steps of W2[1,0]]", run(0.25, "W2[1,0]", 0.3).toString());
        assertEquals(0, LastRun.NONE.steps());
    }

    @Test
    void steps_and_values_must_pair_up() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new LastRun(new double[] {1}, "W1[0,0]", new double[] {0, 1}, new double[] {0.1}));
        assertEquals("at has 2 steps, values 1", e.getMessage());
    }

    @Test
    void a_run_ends_at_its_last_loss_and_value_of_its_parameter_and_a_run_without_them_ends_nowhere() {
        LastRun r = run(0.25, "W2[1,0]", 0.3);
        assertTrue(r.endsAt(0.25, "W2[1,0]", 0.3));
        assertFalse(r.endsAt(0.5, "W2[1,0]", 0.3), "0.5 is the loss before its last step");
        assertFalse(r.endsAt(0.25, "b1[0,0]", 0.3));
        assertFalse(r.endsAt(0.25, "W2[1,0]", 0.1), "0.1 is the value at its first step");
        assertFalse(LastRun.NONE.endsAt(0, "The chosen weight", 0), "no loss recorded");
        LastRun noValues = new LastRun(new double[] {1, 0.5}, "W2[1,0]", new double[0], new double[0]);
        assertFalse(noValues.endsAt(0.5, "W2[1,0]", 0), "no value recorded");
    }

    @Test
    void a_frame_extends_a_run_at_the_steps_after_its_last() {
        // A run of 2 steps (losses 1, 0.5, 0.25; the parameter at steps 0 and 2) and a frame of 3 more.
        Playback.Frame f = new Playback.Frame(
                SeedExample.scenario(),
                new double[] {0.2, 0.15, 0.1, 0.05},
                new double[] {0.4, 0.5, 0.6},
                OptimizerState.initial(
                        new Optimizer.GradientDescent(),
                        SeedExample.scenario().network().architecture()),
                Training.Epochs.NONE);
        LastRun longer = run(0.25, "W2[1,0]", 0.3).extendedBy(f);
        assertArrayEquals(new double[] {1, 0.5, 0.2, 0.15, 0.1, 0.05}, longer.lossHistory());
        assertArrayEquals(new double[] {0, 2, 3, 4, 5}, longer.at());
        assertArrayEquals(new double[] {0.1, 0.3, 0.4, 0.5, 0.6}, longer.values());
        assertEquals(5, longer.steps());
    }
}
