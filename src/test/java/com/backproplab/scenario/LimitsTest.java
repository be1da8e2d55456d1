package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitsTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void zero_means_one_thread_and_one_heavy_request_per_core() {
        assertEquals(CORES, Limits.DEFAULT.trainingThreadsOrCores());
        assertEquals(CORES, Limits.DEFAULT.heavyRequestsOrCores());
    }

    @Test
    void a_positive_setting_is_taken_as_it_is_even_one() {
        Limits one = Limits.with(Map.of("training-threads", "1", "heavy-requests", "1", "max-sessions", "1"));
        assertEquals(1, one.trainingThreadsOrCores());
        assertEquals(1, one.heavyRequestsOrCores());
        assertEquals(1, one.maxSessionsOrByHeap());
        Limits three = Limits.with(Map.of("training-threads", "3", "heavy-requests", "5", "max-sessions", "7"));
        assertEquals(3, three.trainingThreadsOrCores());
        assertEquals(5, three.heavyRequestsOrCores());
        assertEquals(7, three.maxSessionsOrByHeap());
    }

    @Test
    void zero_sessions_means_one_per_2_mb_of_the_largest_heap() {
        long byHeap = Runtime.getRuntime().maxMemory() / (2L << 20);
        assertEquals(Math.max(1, byHeap), Limits.DEFAULT.maxSessionsOrByHeap());
        assertTrue(byHeap > 1, "a test JVM has more than 4 MB of heap");
    }
}
