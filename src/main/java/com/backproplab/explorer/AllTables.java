package com.backproplab.explorer;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.GradientCheck;
import com.backproplab.math.StepTrace;
import com.backproplab.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/** Every table the page shows for one state, in page order: for the CSV export. */
public final class AllTables {

    private AllTables() {}

    /**
     * The inputs of {@code s}, the tables of the next step of {@code stepping} (on its batch, with the
     * optimizer's tables unless it is plain gradient descent) and of {@code checks} where there are any.
     */
    public static List<CardGroup> of(Scenario s, Stepping stepping, List<GradientCheck.MatrixCheck> checks) {
        if (stepping.isPlain()) {
            return of(s, s.trace(), checks);
        }
        StepTrace step = stepping.trace(s);
        List<CardGroup> all = new ArrayList<>(InputTables.of(s));
        all.addAll(ForwardTables.of(step.trace()));
        all.addAll(BackwardTables.of(step.trace()));
        all.addAll(OptimizerTables.of(step));
        all.addAll(CheckTables.of(checks));
        return all;
    }

    /** The inputs of {@code s}, and the tables of {@code trace} and {@code checks} where there are any. */
    public static List<CardGroup> of(Scenario s, BackpropTrace trace, List<GradientCheck.MatrixCheck> checks) {
        List<CardGroup> all = new ArrayList<>(InputTables.of(s));
        all.addAll(ForwardTables.of(trace));
        all.addAll(BackwardTables.of(trace));
        all.addAll(StepTables.of(trace));
        all.addAll(CheckTables.of(checks));
        return all;
    }
}
