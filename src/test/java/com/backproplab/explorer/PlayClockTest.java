package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlayClockTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void slow_speeds_take_one_step_a_frame_and_wait_one_over_the_speed_between_frames() {
        PlayClock two = new PlayClock(2, 1000);
        assertEquals(500, two.delayMillis());
        assertEquals(1, two.stepsAt(0));
        assertEquals(1, two.stepsAt(10 * SECOND), "no burst after a pause of the page");
        assertEquals(50, new PlayClock(20, 1000).delayMillis());
        assertEquals(1000, new PlayClock(1, 1000).delayMillis());
    }

    @Test
    void fast_speeds_take_the_steps_due_since_the_last_frame_and_keep_the_fractions() {
        PlayClock hundred = new PlayClock(100, 1000);
        assertEquals(PlayClock.FAST_FRAME_MILLIS, hundred.delayMillis());
        assertEquals(1, hundred.stepsAt(0), "the first frame");
        assertEquals(5, hundred.stepsAt(SECOND / 20), "100 steps/s × 50 ms");
        assertEquals(2, hundred.stepsAt(SECOND / 20 + SECOND * 25 / 1000), "2.5 steps due: 2 now");
        assertEquals(3, hundred.stepsAt(SECOND / 20 + SECOND * 50 / 1000), "the half step carried over");
    }

    @Test
    void a_frame_never_takes_more_than_its_budget_or_half_a_second_of_steps() {
        PlayClock thousand = new PlayClock(1000, 120);
        thousand.stepsAt(0);
        assertEquals(120, thousand.stepsAt(SECOND / 5), "200 due, 120 allowed");
        PlayClock unbounded = new PlayClock(1000, 100_000);
        unbounded.stepsAt(0);
        assertEquals(500, unbounded.stepsAt(30 * SECOND), "a stall of 30 s gives half a second of steps");
        assertEquals(7, new PlayClock(Playback.AS_FAST_AS_IT_GOES, 7).stepsAt(0), "full speed: the budget");
        assertEquals(1, new PlayClock(Playback.AS_FAST_AS_IT_GOES, 0).stepsAt(0), "at least one step");
    }
}
