package com.backproplab.api;

import com.backproplab.scenario.Limits;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The places for heavy API requests: {@code heavy-requests} run at once and {@code heavy-queue} more wait,
 * first come first served, for at most {@code heavy-wait-seconds}; one client holds at most
 * {@code heavy-per-client} of them, running or waiting. A request that finds no place is refused at once
 * with {@link ServerBusyException}, before it has cost anything. Why not Spring's {@code @ConcurrencyLimit}
 * or a Resilience4j bulkhead: see docs/decisions/DD005-request-budgets.md.
 */
final class HeavyRequests {

    /** A place held; closing it gives it back. */
    interface Place extends AutoCloseable {
        @Override
        void close();
    }

    /** What a light request holds: nothing. */
    static final Place NONE = () -> {};

    /** Seconds a refused client is asked to wait: about one heavy request's time. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final int running;
    private final int admitted;
    private final int perClient;
    private final long waitNanos;
    private final Semaphore places;
    private final Map<String, Integer> byClient = new HashMap<>();
    private int inside;

    HeavyRequests(Limits limits) {
        this.running = limits.heavyRequestsOrCores();
        this.admitted = running + limits.heavyQueue();
        this.perClient = limits.heavyPerClient();
        this.waitNanos = TimeUnit.SECONDS.toNanos(limits.heavyWaitSeconds());
        this.places = new Semaphore(running, true);
    }

    /** A place for a heavy request of {@code client}, waiting in the queue if need be. */
    Place enter(String client) throws InterruptedException {
        admit(client);
        boolean entered = false;
        try {
            entered = places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } finally {
            if (!entered) {
                leave(client);
            }
        }
        if (!entered) {
            throw new ServerBusyException(
                    "no place for a heavy request came free within " + waitNanos / 1_000_000_000L + " s");
        }
        return () -> {
            places.release();
            leave(client);
        };
    }

    /** Heavy requests running or waiting now. */
    synchronized int inside() {
        return inside;
    }

    private synchronized void admit(String client) {
        int mine = byClient.getOrDefault(client, 0);
        if (mine >= perClient) {
            throw new ServerBusyException("this client already has " + mine
                    + " heavy requests running or waiting, the most one client may have (heavy-per-client)");
        }
        if (inside >= admitted) {
            throw new ServerBusyException("the server is busy: " + running + " heavy requests are running and "
                    + (admitted - running) + " waiting, the most it takes (heavy-requests, heavy-queue)");
        }
        byClient.merge(client, 1, Integer::sum);
        inside++;
    }

    private synchronized void leave(String client) {
        inside--;
        byClient.computeIfPresent(client, (k, n) -> n > 1 ? n - 1 : null);
    }
}
