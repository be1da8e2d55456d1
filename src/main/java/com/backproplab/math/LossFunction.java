package com.backproplab.math;

import java.util.Arrays;
import java.util.Optional;

/** The loss, always a mean over the m samples of a per-sample loss. */
public enum LossFunction implements Named {
    /**
     * Cross-entropy: with softmax, categorical −Σ_i y_i log ŷ_i; with sigmoid, binary and summed over the
     * output units, −Σ_i [y_i log ŷ_i + (1−y_i) log(1−ŷ_i)].
     */
    CROSS_ENTROPY("cross_entropy"),
    /** Mean squared error L = 1/(2m) Σ_k Σ_i (ŷ_ki − y_ki)², so a sample's loss is ½ Σ_i (ŷ_i − y_i)². */
    MSE("mse");

    private final String id;

    LossFunction(String id) {
        this.id = id;
    }

    /** The name used in the API and in links. */
    public String id() {
        return id;
    }

    /** The loss named {@code id}, if any. */
    public static Optional<LossFunction> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
