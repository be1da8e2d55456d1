package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
