package com.backproplab.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.scenario.Limits;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HeavyRequestsTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    /** One running, one waiting, two per client, a wait of up to 30 s. */
    private final HeavyRequests heavy = new HeavyRequests(Limits.with(
            Map.of("heavy-requests", "1", "heavy-queue", "1", "heavy-per-client", "2", "heavy-wait-seconds", "30")));

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void past_the_running_and_the_waiting_places_a_request_is_refused_at_once() throws Exception {
        HeavyRequests.Place first = heavy.enter("a");
        Future<HeavyRequests.Place> waiting = threads.submit(() -> heavy.enter("b"));
        awaitInside(2);
        ServerBusyException e = assertThrows(ServerBusyException.class, () -> heavy.enter("c"));
        assertEquals(
                "the server is busy: 1 heavy requests are running and 1 waiting, the most it takes"
                        + " (heavy-requests, heavy-queue)",
                e.getMessage());
        first.close();
        waiting.get().close();
        assertEquals(0, heavy.inside());
        heavy.enter("c").close();
    }

    @Test
    void one_client_cannot_take_more_than_its_share_of_the_places() throws Exception {
        HeavyRequests.Place first = heavy.enter("greedy");
        Future<HeavyRequests.Place> second = threads.submit(() -> heavy.enter("greedy"));
        awaitInside(2);
        ServerBusyException e = assertThrows(ServerBusyException.class, () -> heavy.enter("greedy"));
        assertTrue(e.getMessage().startsWith("this client already has 2 heavy requests running or waiting"));
        first.close();
        second.get().close();
    }

    @Test
    void a_waiting_request_runs_when_a_place_comes_free_and_gives_its_place_back() throws Exception {
        HeavyRequests.Place first = heavy.enter("a");
        CountDownLatch entered = new CountDownLatch(1);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(
                () -> {
                    try (HeavyRequests.Place place = heavy.enter("b")) {
                        entered.countDown();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                threads);
        awaitInside(2);
        assertEquals(1, entered.getCount(), "waits while the place is taken");
        first.close();
        waiting.get();
        assertEquals(0, entered.getCount());
        assertEquals(0, heavy.inside());
    }

    @Test
    void a_request_that_waited_too_long_is_refused_and_leaves_the_queue() throws Exception {
        HeavyRequests impatient = new HeavyRequests(
                Limits.with(Map.of("heavy-requests", "1", "heavy-queue", "1", "heavy-wait-seconds", "0")));
        try (HeavyRequests.Place first = impatient.enter("a")) {
            ServerBusyException e = assertThrows(ServerBusyException.class, () -> impatient.enter("b"));
            assertEquals("no place for a heavy request came free within 0 s", e.getMessage());
            assertEquals(1, impatient.inside());
        }
        assertEquals(0, impatient.inside());
    }

    private void awaitInside(int n) throws InterruptedException {
        for (int i = 0; i < 500 && heavy.inside() < n; i++) {
            Thread.sleep(10);
        }
        assertEquals(n, heavy.inside());
    }
}
