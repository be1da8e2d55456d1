package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Network;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.ParameterRef;
import com.backproplab.math.Training;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import com.backproplab.support.Tolerances;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TrainingRunTest {

    private final Scenario seed = SeedExample.scenario();

    /** A listener that records what it is told. */
    static class Recorder implements TrainingRun.Listener {
        final List<Integer> waiting = new ArrayList<>();
        final List<Integer> progress = new ArrayList<>();
        TrainingRun.Outcome outcome;

        @Override
        public void waiting(int ahead) {
            waiting.add(ahead);
        }

        @Override
        public void progress(int step, int of, Network snapshot, OptimizerState state, LastRun soFar) {
            progress.add(step);
        }

        @Override
        public void finished(TrainingRun.Outcome o) {
            outcome = o;
        }
    }

    @Test
    void a_run_trains_like_the_engine_and_records_the_chosen_parameter() {
        Recorder r = new Recorder();
        ParameterRef w = ParameterRef.weight(1, 1, 0);
        new TrainingRun(seed, Stepping.plain(seed.network().architecture()), 50, w, "W2[1,0]", r).run();
        Training.Result expected = Training.run(seed.network(), seed.batch(), 0.1, 50);
        assertEquals(expected.network(), r.outcome.trained());
        assertEquals(50, r.outcome.stepsTaken());
        assertEquals(51, r.outcome.lastRun().lossHistory().length);
        assertEquals(51, r.outcome.lastRun().at().length, "steps 0 … 50");
        assertEquals(seed.network().parameter(w), r.outcome.lastRun().values()[0]);
        assertEquals(expected.network().parameter(w), r.outcome.lastRun().values()[50]);
    }

    @Test
    void a_run_reports_the_network_and_the_losses_so_far_as_the_engine_has_them() {
        AtomicLong clock = new AtomicLong();
        Map<Integer, Network> networks = new HashMap<>();
        Map<Integer, LastRun> runs = new HashMap<>();
        TrainingRun[] run = new TrainingRun[1];
        Recorder r = new Recorder() {
            @Override
            public void progress(int step, int of, Network snapshot, OptimizerState state, LastRun soFar) {
                networks.put(step, snapshot);
                runs.put(step, soFar);
                run[0].heartbeat();
            }
        };
        // The clock moves a second each time it is read: every step is reported (and beats).
        run[0] = new TrainingRun(
                seed,
                Stepping.plain(seed.network().architecture()),
                12,
                ParameterRef.weight(1, 1, 0),
                "W2[1,0]",
                r,
                () -> clock.addAndGet(1_000_000_000L));
        run[0].run();
        Training.Result seven = Training.run(seed.network(), seed.batch(), 0.1, 7);
        assertEquals(seven.network(), networks.get(7));
        assertArrayEquals(seven.lossHistory(), runs.get(7).lossHistory());
        assertEquals(
                seven.network().parameter(ParameterRef.weight(1, 1, 0)),
                runs.get(7).values()[7]);
        assertEquals(7.0, runs.get(7).at()[7]);
    }

    @Test
    void a_cancelled_run_stops_at_the_next_step() {
        Recorder r = new Recorder();
        TrainingRun run = new TrainingRun(
                seed, Stepping.plain(seed.network().architecture()), 1000, ParameterRef.weight(1, 1, 0), "W2[1,0]", r);
        run.cancel();
        run.run();
        assertEquals(0, r.outcome.stepsTaken());
    }

    /**
     * A run on a clock that moves half a second each time it is read; its page beats after each of the
     * first {@code beats} steps, then falls silent.
     */
    private TrainingRun.Outcome runWithBeats(int beats) {
        AtomicLong clock = new AtomicLong();
        long half = TrainingRun.LEASE.toNanos() / 10;
        TrainingRun[] run = new TrainingRun[1];
        Recorder r = new Recorder() {
            @Override
            public void progress(int step, int of, Network snapshot, OptimizerState state, LastRun soFar) {
                if (step <= beats) {
                    run[0].heartbeat();
                }
            }
        };
        run[0] = new TrainingRun(
                seed,
                Stepping.plain(seed.network().architecture()),
                1000,
                ParameterRef.weight(1, 1, 0),
                "W2[1,0]",
                r,
                () -> clock.addAndGet(half));
        run[0].run();
        return r.outcome;
    }

    @Test
    void a_run_stops_within_its_lease_when_its_page_stops_sending_heartbeats() {
        int taken = runWithBeats(20).stepsTaken();
        // Silent from step 20 on, a tenth of the lease of clock per step: the lease ends it a few steps later.
        assertTrue(taken > 20 && taken <= 26, "stopped after " + taken + " steps");
    }

    @Test
    void a_run_whose_page_keeps_beating_runs_to_the_end() {
        assertEquals(1000, runWithBeats(1000).stepsTaken());
    }

    @Test
    void a_run_is_wanted_until_exactly_its_lease_has_passed_since_the_last_heartbeat_and_never_once_cancelled() {
        AtomicLong clock = new AtomicLong(1_000);
        TrainingRun run = new TrainingRun(
                seed,
                Stepping.plain(seed.network().architecture()),
                10,
                ParameterRef.weight(1, 1, 0),
                "W2[1,0]",
                new Recorder(),
                clock::get);
        clock.addAndGet(TrainingRun.LEASE.toNanos() - 1);
        assertTrue(run.wanted());
        clock.addAndGet(1);
        assertFalse(run.wanted(), "the lease is over");
        run.heartbeat();
        assertTrue(run.wanted(), "a heartbeat renews it");
        run.cancel();
        assertFalse(run.wanted());
    }

    @Test
    void progress_is_reported_once_more_than_a_quarter_second_of_the_clock_has_passed() {
        // The clock moves 125 ms each time it is read, twice a step: 250 ms pass each step, which is not more
        // than 250 ms, so every other step is reported.
        AtomicLong clock = new AtomicLong();
        Recorder r = new Recorder();
        new TrainingRun(
                        seed,
                        Stepping.plain(seed.network().architecture()),
                        6,
                        ParameterRef.weight(1, 1, 0),
                        "W2[1,0]",
                        r,
                        () -> clock.addAndGet(125_000_000L))
                .run();
        assertEquals(List.of(2, 4, 6), r.progress);
        assertEquals(6, r.outcome.stepsTaken());
    }

    @Test
    void the_loss_reported_with_weight_decay_includes_its_penalty() {
        Optimization decay = new Optimization(new Optimizer.GradientDescent(), 0.5, 0);
        AtomicLong clock = new AtomicLong();
        Map<Integer, LastRun> runs = new HashMap<>();
        TrainingRun[] run = new TrainingRun[1];
        Recorder r = new Recorder() {
            @Override
            public void progress(int step, int of, Network snapshot, OptimizerState state, LastRun soFar) {
                runs.put(step, soFar);
                run[0].heartbeat();
            }
        };
        run[0] = new TrainingRun(
                seed,
                Stepping.of(decay, seed.network().architecture()),
                3,
                ParameterRef.weight(1, 1, 0),
                "W2[1,0]",
                r,
                () -> clock.addAndGet(1_000_000_000L));
        run[0].run();
        // The run's own record holds the full-batch loss with the penalty before each step and after the last.
        double[] losses = r.outcome.lastRun().lossHistory();
        for (int step = 1; step <= 3; step++) {
            double[] soFar = runs.get(step).lossHistory();
            assertEquals(step + 1, soFar.length);
            assertEquals(losses[step], soFar[step], Tolerances.GOLDEN, "after step " + step);
        }
        assertTrue(decay.penalty(seed.network()) > 1e-4, "about 4e−4: far above the tolerance");
    }

    @Test
    void a_run_of_millions_of_steps_sizes_its_record_by_the_steps_it_keeps() {
        // 2,500,000 steps are recorded every 1,250th: about 2,000 values, not 2,500,000 × 1,250.
        Recorder r = new Recorder();
        TrainingRun run = new TrainingRun(
                seed,
                Stepping.plain(seed.network().architecture()),
                2_500_000,
                ParameterRef.weight(1, 1, 0),
                "W2[1,0]",
                r);
        run.cancel();
        run.run();
        assertEquals(0, r.outcome.stepsTaken());
        assertArrayEquals(
                new double[] {seed.network().parameter(ParameterRef.weight(1, 1, 0))},
                r.outcome.lastRun().values());
    }
}
