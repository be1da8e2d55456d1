package com.backproplab.math;

import java.util.List;

/**
 * The shape of a fully connected network: {@code sizes} = [inputs, hidden_1, …, hidden_{L−1}, outputs],
 * one activation for all hidden layers, and the output layer with its loss.
 */
public record Architecture(List<Integer> sizes, HiddenActivation hidden, OutputLayer output) {

    public Architecture {
        sizes = List.copyOf(sizes);
        if (sizes.size() < 2) {
            throw new InvalidNetworkException("layers: need at least inputs and outputs, got " + sizes);
        }
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) < 1) {
                throw new InvalidNetworkException(
                        "layers[" + i + "]: a layer needs at least 1 unit, got " + sizes.get(i));
            }
        }
    }

    /** The number L of weight layers (hidden layers + 1). */
    public int depth() {
        return sizes.size() - 1;
    }

    /** The number n of inputs. */
    public int inputs() {
        return sizes.getFirst();
    }

    /** The number C of outputs. */
    public int outputs() {
        return sizes.getLast();
    }

    /** The number of weights and biases together: Σ_l (units_{l−1} + 1)·units_l. */
    public int parameterCount() {
        int count = 0;
        for (int l = 0; l < depth(); l++) {
            count += (sizes.get(l) + 1) * sizes.get(l + 1);
        }
        return count;
    }
}
