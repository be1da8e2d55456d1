package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Network;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.ParameterRef;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundWorkTest {

    /** One training thread, two places in the queue. */
    private final BackgroundWork work =
            new BackgroundWork(Limits.with(Map.of("training-threads", "1", "training-queue", "2")));

    @AfterEach
    void stop() {
        work.close();
    }

    /** 3-64-64-2 on 16 samples: 100,000 steps take seconds, far longer than a test waits. */
    private static final Scenario WIDE =
            ScenarioEditor.resized(SeedExample.scenario(), List.of(3, 64, 64, 2), 16, FillRule.RANDOM, 1);

    /** A run that trains until it is cancelled, and records what it is told. */
    private static final class Endless implements TrainingRun.Listener {
        final TrainingRun run;
        final List<Integer> waiting = new CopyOnWriteArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch finished = new CountDownLatch(1);

        Endless() {
            run = new TrainingRun(
                    WIDE,
                    Stepping.plain(WIDE.network().architecture()),
                    100_000,
                    ParameterRef.weight(1, 1, 0),
                    "W2[1,0]",
                    this);
        }

        @Override
        public void waiting(int ahead) {
            waiting.add(ahead);
        }

        @Override
        public void progress(int step, int of, Network snapshot, OptimizerState state, LastRun soFar) {
            started.countDown();
            run.heartbeat();
        }

        @Override
        public void finished(TrainingRun.Outcome outcome) {
            started.countDown();
            finished.countDown();
        }
    }

    private static BackgroundWork.Ticket accepted(BackgroundWork.Admission a) {
        return assertInstanceOf(BackgroundWork.Admission.Accepted.class, a).ticket();
    }

    @Test
    void runs_past_the_threads_wait_in_order_and_past_the_queue_are_refused_as_busy() throws Exception {
        Endless first = new Endless();
        BackgroundWork.Ticket running = accepted(work.train(first.run));
        assertTrue(first.started.await(10, TimeUnit.SECONDS));
        Endless second = new Endless();
        Endless third = new Endless();
        var a2 = assertInstanceOf(BackgroundWork.Admission.Accepted.class, work.train(second.run));
        var a3 = assertInstanceOf(BackgroundWork.Admission.Accepted.class, work.train(third.run));
        assertEquals(0, a2.ahead(), "next in line");
        assertEquals(1, a3.ahead());
        var busy = assertInstanceOf(BackgroundWork.Admission.Busy.class, work.train(new Endless().run));
        assertTrue(busy.message().startsWith("The server is busy: 2 training runs are waiting"), busy.message());
        assertEquals(3, work.activeRuns());

        assertTrue(a2.ticket().cancel(), "a waiting run is withdrawn");
        assertEquals(List.of(0), third.waiting, "the run behind it moved up");
        assertFalse(running.cancel(), "a running run stops after its step");
        assertTrue(first.finished.await(10, TimeUnit.SECONDS));
        assertTrue(third.started.await(10, TimeUnit.SECONDS), "the next waiting run starts");
        a3.ticket().cancel();
        assertTrue(third.finished.await(10, TimeUnit.SECONDS));
    }

    @Test
    void quick_work_does_not_wait_behind_training() throws Exception {
        Endless busy = new Endless();
        accepted(work.train(busy.run));
        assertTrue(busy.started.await(10, TimeUnit.SECONDS));
        CountDownLatch quick = new CountDownLatch(1);
        work.later(Duration.ZERO, quick::countDown);
        assertEquals(1, work.activeRuns(), "the training run still holds the only training thread");
        assertTrue(quick.await(5, TimeUnit.SECONDS), "a gradient check runs while training holds its thread");
        busy.run.cancel();
    }

    @Test
    void a_run_a_free_thread_takes_has_none_ahead_and_each_start_tells_the_waiting_runs_their_new_place()
            throws Exception {
        try (BackgroundWork pool =
                new BackgroundWork(Limits.with(Map.of("training-threads", "1", "training-queue", "3")))) {
            Endless first = new Endless();
            var a1 = assertInstanceOf(BackgroundWork.Admission.Accepted.class, pool.train(first.run));
            assertEquals(0, a1.ahead(), "the free thread takes it");
            assertTrue(first.started.await(10, TimeUnit.SECONDS));
            Endless second = new Endless();
            Endless third = new Endless();
            Endless fourth = new Endless();
            List<Integer> ahead = List.of(
                    assertInstanceOf(BackgroundWork.Admission.Accepted.class, pool.train(second.run))
                            .ahead(),
                    assertInstanceOf(BackgroundWork.Admission.Accepted.class, pool.train(third.run))
                            .ahead(),
                    assertInstanceOf(BackgroundWork.Admission.Accepted.class, pool.train(fourth.run))
                            .ahead());
            assertEquals(List.of(0, 1, 2), ahead);
            assertEquals(4, pool.activeRuns());

            assertFalse(a1.ticket().cancel());
            assertTrue(second.started.await(10, TimeUnit.SECONDS), "the first waiting run starts");
            assertEquals(List.of(0), third.waiting, "now next in line");
            assertEquals(List.of(1), fourth.waiting, "one run ahead of it");
            assertEquals(3, pool.activeRuns(), "the first run ended: one running, two waiting");
            second.run.cancel();
            third.run.cancel();
            fourth.run.cancel();
            assertTrue(fourth.finished.await(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void runs_that_free_threads_are_about_to_take_are_told_none_are_ahead_of_them() throws Exception {
        try (BackgroundWork pool =
                new BackgroundWork(Limits.with(Map.of("training-threads", "2", "training-queue", "2")))) {
            Endless first = new Endless();
            Endless second = new Endless();
            Endless third = new Endless();
            Endless fourth = new Endless();
            BackgroundWork.Ticket last;
            // Holding the pool's lock keeps its two threads from starting their runs: all four wait, two of
            // them for the threads that are free, when the last one is withdrawn.
            synchronized (pool) {
                accepted(pool.train(first.run));
                accepted(pool.train(second.run));
                accepted(pool.train(third.run));
                last = accepted(pool.train(fourth.run));
                assertTrue(last.cancel(), "a waiting run is withdrawn");
                assertEquals(List.of(0), first.waiting, "a free thread takes it");
                assertEquals(List.of(0), second.waiting, "the other free thread takes it");
                assertEquals(List.of(0), third.waiting, "next in line");
            }
            assertTrue(first.started.await(10, TimeUnit.SECONDS));
            assertTrue(second.started.await(10, TimeUnit.SECONDS));
            first.run.cancel();
            second.run.cancel();
            third.run.cancel();
            assertTrue(third.finished.await(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void quick_work_runs_and_its_future_says_when_it_is_done() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        var future = work.later(Duration.ZERO, ran::countDown);
        future.get(10, TimeUnit.SECONDS);
        assertTrue(future.isDone());
        assertEquals(0, ran.getCount());
    }
}
