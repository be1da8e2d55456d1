package com.backproplab.explorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.explorer.BackgroundWork;
import com.backproplab.explorer.CheckTables;
import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The gradient-check section's three ways (at once, in the background, skipped), with a UI that runs pushed
 * changes at once. The worked example's check costs 4·26·40 = 4,160 multiply-adds; the limits are set around it.
 */
class LiveCheckTest {

    private static final BackpropTrace SEED = SeedExample.scenario().trace();

    /** Runs {@code access} at once on the calling thread, as the session lock would later. */
    private static final class InlineUi extends UI {
        @Override
        public Future<Void> access(Command command) {
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }

    private static List<GradientCheck.MatrixCheck> checks(BackpropTrace t) {
        return GradientCheck.of(t.network(), t.batch(), t.backward());
    }

    private static long cards(TableSection section) {
        return StreamSupport.stream(section.cards().spliterator(), false).count();
    }

    private static void assertSameChecks(
            List<GradientCheck.MatrixCheck> expected, List<GradientCheck.MatrixCheck> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).name(), actual.get(i).name());
            assertEquals(expected.get(i).numeric(), actual.get(i).numeric());
        }
    }

    @Test
    void a_cheap_check_is_shown_at_once() {
        TableSection section = new TableSection(PageSection.CHECK, card -> {});
        try (BackgroundWork work = new BackgroundWork(Limits.DEFAULT)) {
            AtomicInteger pushed = new AtomicInteger();
            LiveCheck live = new LiveCheck(section, work, Limits.DEFAULT, pushed::incrementAndGet);
            live.show(new InlineUi(), SEED);
            assertSameChecks(checks(SEED), live.latest());
            long expected = CheckTables.of(checks(SEED)).stream()
                    .mapToLong(g -> g.cards().size())
                    .sum();
            assertTrue(expected > 0);
            assertEquals(expected, cards(section));
            assertFalse(section.hasClassName("updating"));
            assertEquals(0, pushed.get(), "nothing came from the background");
        }
    }

    @Test
    void a_check_past_the_budget_is_skipped_with_a_note() {
        Limits tight = Limits.with(Map.of("live-check-work", "100", "max-check-work", "1000"));
        TableSection section = new TableSection(PageSection.CHECK, card -> {});
        try (BackgroundWork work = new BackgroundWork(tight)) {
            LiveCheck live = new LiveCheck(section, work, tight, () -> {});
            live.show(new InlineUi(), SEED);
            assertEquals(List.of(), live.latest());
            assertEquals(0, cards(section));
            assertFalse(section.hasClassName("updating"));
        }
    }

    @Test
    void a_costlier_check_runs_in_the_background_and_only_the_last_edit_is_shown() throws InterruptedException {
        Limits background = Limits.with(Map.of("live-check-work", "100", "max-check-work", "1000000"));
        TableSection section = new TableSection(PageSection.CHECK, card -> {});
        BackpropTrace edited = ScenarioEditor.withCell(SeedExample.scenario(), TableId.weight(2), 1, 0, 0.5)
                .trace();
        try (BackgroundWork work = new BackgroundWork(background)) {
            CountDownLatch shown = new CountDownLatch(1);
            AtomicInteger pushed = new AtomicInteger();
            LiveCheck live = new LiveCheck(section, work, background, () -> {
                pushed.incrementAndGet();
                shown.countDown();
            });
            live.show(new InlineUi(), SEED);
            assertTrue(section.hasClassName("updating"));
            assertEquals(List.of(), live.latest(), "nothing while it is computed");
            live.show(new InlineUi(), edited);
            assertTrue(shown.await(30, TimeUnit.SECONDS), "the check of the last edit arrives");
            assertSameChecks(checks(edited), live.latest());
            assertFalse(section.hasClassName("updating"));
            Thread.sleep(LiveCheck.DELAY.toMillis() * 2);
            assertEquals(1, pushed.get(), "the first edit's check was cancelled, not shown");
        }
    }
}
