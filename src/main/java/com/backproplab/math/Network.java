package com.backproplab.math;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * An architecture with its parameters: {@code weights.get(l)} is W_{l+1} of shape (units_l × units_{l+1})
 * and {@code biases.get(l)} is b_{l+1} of shape (1 × units_{l+1}). Its matrices are never mutated.
 */
public record Network(Architecture architecture, List<RealMatrix> weights, List<RealMatrix> biases) {

    public Network {
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
        int depth = architecture.depth();
        if (weights.size() != depth) {
            throw new InvalidNetworkException("weights: expected " + depth + " matrices, got " + weights.size());
        }
        if (biases.size() != depth) {
            throw new InvalidNetworkException("biases: expected " + depth + " matrices, got " + biases.size());
        }
        List<Integer> s = architecture.sizes();
        for (int l = 0; l < depth; l++) {
            Matrices.requireShape("weights[" + l + "]", weights.get(l), s.get(l), s.get(l + 1));
            Matrices.requireShape("biases[" + l + "]", biases.get(l), 1, s.get(l + 1));
        }
    }

    /** W_{l+1}, (units_l × units_{l+1}). */
    public RealMatrix weight(int l) {
        return weights.get(l);
    }

    /** b_{l+1}, (1 × units_{l+1}). */
    public RealMatrix bias(int l) {
        return biases.get(l);
    }

    /** A copy with one parameter element set: {@code W_{l+1}[r,c]} or {@code b_{l+1}[0,c]}. */
    public Network withParameter(ParameterRef ref, double value) {
        List<RealMatrix> w = new ArrayList<>(weights);
        List<RealMatrix> b = new ArrayList<>(biases);
        List<RealMatrix> target = ref.bias() ? b : w;
        RealMatrix changed = target.get(ref.layer()).copy();
        changed.setEntry(ref.row(), ref.col(), value);
        target.set(ref.layer(), changed);
        return new Network(architecture, w, b);
    }

    /** The value of one parameter element. */
    public double parameter(ParameterRef ref) {
        return (ref.bias() ? biases : weights).get(ref.layer()).getEntry(ref.row(), ref.col());
    }
}
