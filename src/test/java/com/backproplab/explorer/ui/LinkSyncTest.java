package com.backproplab.explorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.explorer.BackgroundWork;
import com.backproplab.permalink.Permalink;
import com.backproplab.permalink.PermalinkCodec;
import com.backproplab.permalink.ViewState;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** When the address bar gets the link: with the answer for a short link, after a quiet moment for a long one. */
class LinkSyncTest {

    private static final PermalinkCodec CODEC = new PermalinkCodec(Limits.DEFAULT);
    private static final DeploymentConfiguration CONFIGURATION = Mockito.mock(DeploymentConfiguration.class);

    /**
     * Runs {@code access} at once on the calling thread, and counts the commands run; its session is always
     * locked, as the session lock would be around a request or an access.
     */
    private static final class InlineUi extends UI {
        final Semaphore accessed = new Semaphore(0);

        InlineUi() {
            getInternals().setSession(new VaadinSession(null) {
                @Override
                public boolean hasLock() {
                    return true;
                }

                @Override
                public void checkHasLock() {}

                @Override
                public DeploymentConfiguration getConfiguration() {
                    return CONFIGURATION;
                }
            });
        }

        @Override
        public Future<Void> access(Command command) {
            command.execute();
            accessed.release();
            return CompletableFuture.completedFuture(null);
        }

        /** The queries written into the address bar since the last call, in order. */
        List<String> written() {
            return getInternals().dumpPendingJavaScriptInvocations().stream()
                    .map(PendingJavaScriptInvocation::getInvocation)
                    .filter(i -> i.getExpression().contains("history["))
                    .map(i -> String.valueOf(i.getParameters().get(0)))
                    .toList();
        }
    }

    /** Six hidden layers of 32 on 32 samples: 5,634 numbers in its link. */
    private static Permalink deep(double w) {
        Scenario s = ScenarioEditor.resized(
                SeedExample.scenario(), List.of(3, 32, 32, 32, 32, 32, 32, 2), 32, FillRule.RANDOM, 7);
        return new Permalink(ScenarioEditor.withCell(s, TableId.weight(2), 1, 0, w), ViewState.DEFAULT);
    }

    @Test
    void the_worked_example_s_link_is_written_with_the_answer() {
        InlineUi ui = new InlineUi();
        try (BackgroundWork work = new BackgroundWork(Limits.DEFAULT)) {
            LinkSync links = new LinkSync(CODEC, work);
            Permalink seed = new Permalink(SeedExample.scenario(), ViewState.DEFAULT);
            links.show(ui, seed);
            assertEquals(List.of(CODEC.encode(seed)), ui.written());
            links.show(ui, seed);
            assertEquals(List.of(), ui.written(), "the same link is not written again");
        }
    }

    @Test
    void a_long_link_is_written_once_the_edits_pause_and_only_the_last_one() throws InterruptedException {
        InlineUi ui = new InlineUi();
        Permalink first = deep(0.5);
        Permalink last = deep(0.25);
        assertEquals(5634, LinkSync.numbers(first.scenario()));
        try (BackgroundWork work = new BackgroundWork(Limits.DEFAULT)) {
            LinkSync links = new LinkSync(CODEC, work);
            links.show(ui, first);
            links.show(ui, last);
            assertEquals(List.of(), ui.written(), "nothing with the answers");
            assertTrue(ui.accessed.tryAcquire(10, TimeUnit.SECONDS), "written after a quiet moment");
            assertEquals(List.of(CODEC.encode(last)), ui.written());
            Thread.sleep(2 * LinkSync.QUIET.toMillis());
            assertEquals(0, ui.accessed.availablePermits(), "the first link was never written");
        }
    }

    @Test
    void a_history_entry_asked_for_by_a_link_still_waiting_goes_to_the_link_that_replaces_it()
            throws InterruptedException {
        InlineUi ui = new InlineUi();
        try (BackgroundWork work = new BackgroundWork(Limits.DEFAULT)) {
            LinkSync links = new LinkSync(CODEC, work);
            links.pushNext();
            links.show(ui, deep(0.5));
            links.show(ui, deep(0.25));
            assertTrue(ui.accessed.tryAcquire(10, TimeUnit.SECONDS));
            List<PendingJavaScriptInvocation> sent = ui.getInternals().dumpPendingJavaScriptInvocations();
            assertEquals(1, sent.size());
            assertEquals(
                    "pushState", sent.get(0).getInvocation().getParameters().get(1));
        }
    }

    @Test
    void copying_writes_a_pending_link_first() {
        InlineUi ui = new InlineUi();
        Permalink link = deep(0.5);
        try (BackgroundWork work = new BackgroundWork(Limits.DEFAULT)) {
            LinkSync links = new LinkSync(CODEC, work);
            links.show(ui, link);
            links.copy(ui);
            List<PendingJavaScriptInvocation> sent = ui.getInternals().dumpPendingJavaScriptInvocations();
            assertEquals(2, sent.size());
            assertEquals(
                    CODEC.encode(link),
                    sent.get(0).getInvocation().getParameters().get(0));
            assertTrue(sent.get(1).getInvocation().getExpression().contains("clipboard.writeText(location.href)"));
        }
    }
}
