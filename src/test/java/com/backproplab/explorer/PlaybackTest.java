package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlaybackTest {

    @Test
    void a_speed_reads_in_steps_per_second_with_one_step_singular_and_no_pace_as_full_speed() {
        assertEquals("1 step/s", Playback.label(1));
        assertEquals("2 steps/s", Playback.label(2));
        assertEquals("1000 steps/s", Playback.label(1000));
        assertEquals("full speed", Playback.label(Playback.AS_FAST_AS_IT_GOES));
    }
}
