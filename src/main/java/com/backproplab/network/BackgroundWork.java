package com.backproplab.network;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * A small pool for work the page shows when it is done (larger gradient checks, training runs), so that
 * an edit answers at once. Two threads: the machines this runs on have two cores.
 */
@Component
public class BackgroundWork {

    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "backprop-background");
        t.setDaemon(true);
        return t;
    });

    /** Runs {@code task} on the pool. */
    public Future<?> submit(Runnable task) {
        return pool.submit(task);
    }

    /**
     * Runs {@code task} after {@code delay}; cancelling the returned future before then costs nothing, which
     * is how a burst of edits avoids computing results that the next edit replaces.
     */
    public Future<?> later(Duration delay, Runnable task) {
        return pool.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
