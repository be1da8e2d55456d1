package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Matrices;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.StepTrace;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SteppingTest {

    private final Scenario seed = SeedExample.scenario();
    private final Optimization adam = new Optimization(Optimizer.adam(), 0.01, 1);

    private ExplorerState withAdam() {
        ExplorerState s = ExplorerState.of(seed);
        return s.stepping().with(adam, s.draft().architecture()).applyTo(s);
    }

    @Test
    void apply_step_takes_the_optimizer_s_step_on_its_batch_and_carries_t() {
        ExplorerState s = withAdam().applyStep();
        StepTrace first = StepTrace.of(
                seed.network(),
                seed.batch(),
                seed.learningRate(),
                adam,
                OptimizerState.initial(adam.optimizer(), seed.network().architecture()),
                false);
        assertEquals(1, s.stepping().state().t());
        assertEquals(
                0.0,
                Matrices.maxAbsDifference(
                        first.next().weight(1), s.scenario().network().weight(1)));
        assertEquals(2, s.scenario().batch().size(), "the samples stay; only the step used batch 0");
        ExplorerState two = s.applyStep();
        assertEquals(2, two.stepping().state().t());
        assertEquals(0, two.stepping().trace(two.scenario()).rows().from(), "step 3 uses batch 0 again");
    }

    @Test
    void undo_and_redo_bring_back_t_and_the_buffers_with_the_network() {
        ExplorerState one = withAdam().applyStep();
        ExplorerState two = one.applyStep();
        ExplorerState undone = two.undo();
        assertEquals(1, undone.stepping().state().t());
        assertSame(one.stepping().state(), undone.stepping().state());
        assertEquals(one.scenario(), undone.scenario());
        ExplorerState redone = undone.redo();
        assertSame(two.stepping().state(), redone.stepping().state());
        assertEquals(0, redone.undo().undo().stepping().state().t());
    }

    @Test
    void an_edit_keeps_the_state_and_its_undo_keeps_it_too() {
        ExplorerState one = withAdam().applyStep();
        ExplorerState edited = one.edit(new CellRef(TableId.X, 0, 0), "3");
        assertSame(one.stepping().state(), edited.stepping().state());
        assertSame(one.stepping().state(), edited.undo().stepping().state());
        assertEquals(one.scenario(), edited.undo().scenario());
    }

    @Test
    void reset_starts_again_and_a_resize_that_changes_the_shapes_does_too() {
        ExplorerState one = withAdam().applyStep();
        ExplorerState reset = one.stepping().reset(one.draft().architecture()).applyTo(one);
        assertEquals(0, reset.stepping().state().t());
        assertEquals(0.0, reset.stepping().state().first().get(0).getNorm());
        ExplorerState resized = one.resize(List.of(3, 5, 2), 2);
        assertEquals(0, resized.stepping().state().t());
        assertEquals(1, resized.undo().stepping().state().t(), "undo of the resize brings the old state back");
    }

    @Test
    void other_settings_keep_the_state_while_it_fits_and_another_optimizer_starts_again() {
        ExplorerState one = withAdam().applyStep();
        Stepping decayed = one.stepping()
                .with(new Optimization(Optimizer.adam(), 0.1, 2), one.draft().architecture());
        assertSame(one.stepping().state(), decayed.state());
        Stepping momentum = one.stepping()
                .with(new Optimization(Optimizer.momentum(), 0, 0), one.draft().architecture());
        assertEquals(0, momentum.state().t());
        assertTrue(momentum.state().second().isEmpty());
    }

    @Test
    void another_optimizer_starts_again_even_when_the_state_held_would_fit_it() {
        // A momentum stepping holding Adam's state after one step (undo can bring such a pair before the page
        // fits the state to its optimizer): choosing Adam starts Adam afresh rather than take that state over.
        OptimizerState adamAfterOne = withAdam().applyStep().stepping().state();
        Stepping momentum = new Stepping(new Optimization(Optimizer.momentum(), 0, 0), adamAfterOne, History.empty());
        Stepping adamAgain = momentum.with(adam, seed.network().architecture());
        assertEquals(0, adamAgain.state().t());
        assertEquals(0.0, adamAgain.state().first().get(2).getNorm());
    }

    @Test
    void plain_stepping_is_the_worked_example_s_step() {
        ExplorerState s = ExplorerState.of(seed);
        assertTrue(s.stepping().isPlain());
        ExplorerState stepped = s.applyStep();
        assertEquals(seed.trace().next(), stepped.scenario().network());
        assertEquals(0, s.stepping().state().t());
    }
}
