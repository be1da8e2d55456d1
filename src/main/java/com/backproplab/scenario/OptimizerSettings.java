package com.backproplab.scenario;

import com.backproplab.math.Architecture;
import com.backproplab.math.Optimization;
import com.backproplab.math.OptimizerState;
import java.util.Optional;

/**
 * The checked optimizer settings of a request or a link: the optimizer with its settings, weight decay λ and
 * batch size b ({@link Optimization}), and the state to continue from, if one was given.
 */
public record OptimizerSettings(Optimization optimization, Optional<OptimizerState> state) {

    /** Plain full-batch gradient descent from a fresh state: what a request without these fields means. */
    public static final OptimizerSettings PLAIN = new OptimizerSettings(Optimization.PLAIN, Optional.empty());

    /** The state to step from: the given one, or every buffer zero at t = 0. */
    public OptimizerState stateFor(Architecture architecture) {
        return state.orElseGet(() -> OptimizerState.initial(optimization.optimizer(), architecture));
    }
}
