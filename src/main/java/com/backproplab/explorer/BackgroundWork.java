package com.backproplab.explorer;

import com.backproplab.scenario.Limits;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The work pages ask for beside an edit, in two pools so that quick work never waits behind long work:
 * quick work (gradient checks too large to wait for) on one thread per core; training runs on
 * {@link Limits#trainingThreadsOrCores()} threads with at most {@link Limits#trainingQueue()} runs waiting,
 * in the order they came. A run past that is refused as busy. Waiting runs are told how many are ahead of
 * them whenever the queue moves.
 */
public final class BackgroundWork implements AutoCloseable {

    private final ScheduledExecutorService quick;
    private final ThreadPoolExecutor training;
    private final List<TrainingRun> waiting = new ArrayList<>();
    private int running;

    /** Whether a run was accepted. */
    public sealed interface Admission {
        /** Accepted: it runs now or waits behind {@code ahead} others. */
        record Accepted(Ticket ticket, int ahead) implements Admission {}

        /** Refused: every thread is busy and the queue is full. */
        record Busy(String message) implements Admission {}
    }

    /** A run that was accepted: it can be withdrawn while it waits, or cancelled while it runs. */
    public final class Ticket {
        private final TrainingRun run;
        private final Runnable task;

        private Ticket(TrainingRun run, Runnable task) {
            this.run = run;
            this.task = task;
        }

        /**
         * Cancels the run: a waiting run leaves the queue and never starts (returns true); a running one stops
         * after its current step and reports its outcome (returns false).
         */
        public boolean cancel() {
            run.cancel();
            boolean removed;
            synchronized (BackgroundWork.this) {
                removed = waiting.remove(run) && training.remove(task);
            }
            if (removed) {
                tellWaiting();
            }
            return removed;
        }
    }

    public BackgroundWork(Limits limits) {
        int cores = Runtime.getRuntime().availableProcessors();
        quick = new ScheduledThreadPoolExecutor(cores, daemon("backprop-quick"));
        int threads = limits.trainingThreadsOrCores();
        training = new ThreadPoolExecutor(
                threads,
                threads,
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(Math.max(1, limits.trainingQueue())),
                daemon("backprop-training"));
    }

    /**
     * Runs quick {@code task} after {@code delay}; cancelling the returned future before then costs nothing,
     * which is how a burst of edits avoids computing results that the next edit replaces.
     */
    public Future<?> later(Duration delay, Runnable task) {
        return quick.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts {@code run} when a training thread is free, or refuses it when too many wait already. */
    public Admission train(TrainingRun run) {
        Runnable task = () -> runNow(run);
        int ahead;
        synchronized (this) {
            try {
                waiting.add(run);
                training.execute(task);
            } catch (RejectedExecutionException full) {
                waiting.remove(run);
                return new Admission.Busy("The server is busy: " + waiting.size()
                        + " training runs are waiting already. Try again in a moment.");
            }
            ahead = ahead(waiting.indexOf(run));
        }
        return new Admission.Accepted(new Ticket(run, task), ahead);
    }

    /** Training runs running or waiting now, over every page. */
    public synchronized int activeRuns() {
        return running + waiting.size();
    }

    private void runNow(TrainingRun run) {
        synchronized (this) {
            waiting.remove(run);
            running++;
        }
        tellWaiting();
        try {
            run.run();
        } finally {
            synchronized (this) {
                running--;
            }
        }
    }

    /** Tells every waiting run how many runs are ahead of it. */
    private void tellWaiting() {
        List<TrainingRun> queue;
        int free;
        synchronized (this) {
            queue = List.copyOf(waiting);
            free = training.getMaximumPoolSize() - running;
        }
        for (int i = 0; i < queue.size(); i++) {
            queue.get(i).waiting(Math.max(0, i - free));
        }
    }

    /** Runs ahead of the one at {@code index} of the waiting list: those that no free thread takes first. */
    private int ahead(int index) {
        return Math.max(0, index - (training.getMaximumPoolSize() - running));
    }

    @Override
    public void close() {
        quick.shutdownNow();
        training.shutdownNow();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
