package com.backproplab.math;

import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The tables of one parameter's optimizer step, each the shape of the parameter: g (the gradient the
 * optimizer sees, decay included), the first buffer after the step (v of momentum, m of Adam), the second
 * (s of RMSProp, v of Adam), Nesterov's direction g + μ·v, Adam's m̂ and v̂, the update and W_new = W − update.
 */
public record ParameterUpdate(
        RealMatrix g,
        Optional<RealMatrix> firstNext,
        Optional<RealMatrix> secondNext,
        Optional<RealMatrix> direction,
        Optional<RealMatrix> firstHat,
        Optional<RealMatrix> secondHat,
        RealMatrix update,
        RealMatrix next) {

    /** The tables of a step that keeps no state. */
    static ParameterUpdate plain(RealMatrix g, RealMatrix update, RealMatrix next) {
        return new ParameterUpdate(
                g,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                update,
                next);
    }
}
