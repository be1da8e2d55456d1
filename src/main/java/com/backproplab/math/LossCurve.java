package com.backproplab.math;

/** The loss as a function of one parameter, every other parameter fixed: L(w) for the worked example's picture. */
public final class LossCurve {

    private LossCurve() {}

    /** L with parameter {@code ref} set to each of {@code values}, on the allocation-free forward pass. */
    public static double[] along(Network network, Batch batch, ParameterRef ref, double[] values) {
        Trainer trainer = Trainer.of(network, batch);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = trainer.lossWith(ref, values[i]);
        }
        return out;
    }
}
