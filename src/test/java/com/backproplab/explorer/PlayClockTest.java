package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlayClockTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void slow_speeds_wait_one_over_the_speed_and_take_one_step_a_frame_while_the_page_keeps_up() {
        PlayClock two = new PlayClock(2, 1000);
        assertEquals(500, two.delayMillis());
        assertEquals(1000, new PlayClock(1, 1000).delayMillis());
        assertEquals(50, new PlayClock(20, 1000).delayMillis());
        assertEquals(1, two.stepsAt(0));
        assertEquals(1, two.stepsAt(SECOND / 2));
        assertEquals(1, two.stepsAt(SECOND), "on time: one step a frame");
        assertEquals(2, two.stepsAt(2 * SECOND), "a page that took a second keeps the pace with two");
        assertEquals(2, two.stepsAt(30 * SECOND), "no burst after a stall: two frames' worth");
        PlayClock five = new PlayClock(5, 1000);
        five.stepsAt(0);
        assertEquals(1, five.stepsAt(SECOND * 19 / 100), "a little early: still one step, nothing owed");
        assertEquals(1, five.stepsAt(SECOND * 40 / 100));
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

    @Test
    void full_speed_aims_each_frame_at_twenty_milliseconds_of_measured_time_within_the_budget() {
        PlayClock full = new PlayClock(Playback.AS_FAST_AS_IT_GOES, 10_000);
        assertEquals(PlayClock.FIRST_FULL_SPEED_STEPS, full.stepsAt(0));
        full.took(50, 1_000_000); // 20 µs a step: 1000 fit in 20 ms, but at most 4× more a frame
        assertEquals(200, full.stepsAt(0));
        full.took(200, 4_000_000);
        assertEquals(800, full.stepsAt(0));
        full.took(800, 16_000_000);
        assertEquals(1000, full.stepsAt(0), "20 µs a step: 1000 in 20 ms");
        full.took(1000, 200_000_000); // a slow frame: 200 µs a step
        assertEquals(250, full.stepsAt(0), "at most 4× fewer a frame");
        full.took(250, 0);
        assertEquals(1000, full.stepsAt(0), "then 4× more");
        PlayClock small = new PlayClock(Playback.AS_FAST_AS_IT_GOES, 300);
        small.took(50, 1000);
        small.took(200, 1000);
        assertEquals(300, small.stepsAt(0), "never over the budget");
        PlayClock paced = new PlayClock(100, 10_000);
        paced.took(5, 1);
        paced.stepsAt(0);
        assertEquals(5, paced.stepsAt(SECOND / 20), "a paced clock ignores the measured time");
    }

    @Test
    void a_frame_of_no_steps_tells_full_speed_nothing() {
        PlayClock full = new PlayClock(Playback.AS_FAST_AS_IT_GOES, 10_000);
        full.took(0, 5_000_000);
        assertEquals(PlayClock.FIRST_FULL_SPEED_STEPS, full.stepsAt(0));
    }
}
