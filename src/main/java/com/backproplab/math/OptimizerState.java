package com.backproplab.math;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * What an optimizer carries from step to step: the number t of steps taken since the last reset and its
 * buffers, one matrix per parameter in the order W1, b1, W2, b2, … (index 2l for W_{l+1}, 2l+1 for
 * b_{l+1}), each the shape of its parameter. {@code first} holds v of momentum or m of Adam, {@code second}
 * s of RMSProp or v of Adam; a list the optimizer does not use is empty. Never mutated.
 */
public record OptimizerState(int t, List<RealMatrix> first, List<RealMatrix> second) {

    public OptimizerState {
        if (t < 0) {
            throw new InvalidNetworkException("optimizerState.t: must be 0 or more, got " + t);
        }
        first = List.copyOf(first);
        second = List.copyOf(second);
    }

    /** The state before the first step: t = 0 and every buffer the optimizer uses zero. */
    public static OptimizerState initial(Optimizer optimizer, Architecture architecture) {
        return new OptimizerState(
                0,
                optimizer.hasFirst() ? zeros(architecture) : List.of(),
                optimizer.hasSecond() ? zeros(architecture) : List.of());
    }

    private static List<RealMatrix> zeros(Architecture architecture) {
        List<RealMatrix> out = new ArrayList<>();
        List<Integer> s = architecture.sizes();
        for (int l = 0; l < architecture.depth(); l++) {
            out.add(Matrices.zeros(s.get(l), s.get(l + 1)));
            out.add(Matrices.zeros(1, s.get(l + 1)));
        }
        return out;
    }

    /** Whether this state has the buffers {@code optimizer} uses, each the shape of its parameter. */
    public boolean fits(Optimizer optimizer, Architecture architecture) {
        return fits(first, optimizer.hasFirst(), architecture) && fits(second, optimizer.hasSecond(), architecture);
    }

    private static boolean fits(List<RealMatrix> buffers, boolean used, Architecture architecture) {
        if (!used) {
            return buffers.isEmpty();
        }
        List<RealMatrix> expected = zeros(architecture);
        if (buffers.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < buffers.size(); i++) {
            RealMatrix b = buffers.get(i);
            RealMatrix e = expected.get(i);
            if (b.getRowDimension() != e.getRowDimension() || b.getColumnDimension() != e.getColumnDimension()) {
                return false;
            }
        }
        return true;
    }

    /** The first buffer of parameter {@code p}, or its zeros where the optimizer keeps none. */
    public RealMatrix first(int p, RealMatrix shape) {
        return first.isEmpty() ? Matrices.zeros(shape.getRowDimension(), shape.getColumnDimension()) : first.get(p);
    }

    /** The second buffer of parameter {@code p}, or its zeros where the optimizer keeps none. */
    public RealMatrix second(int p, RealMatrix shape) {
        return second.isEmpty() ? Matrices.zeros(shape.getRowDimension(), shape.getColumnDimension()) : second.get(p);
    }
}
