package com.backproplab.scenario;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.Batch;
import com.backproplab.math.Network;

/** A network with its samples and learning rate: everything one computation of the page needs. */
public record Scenario(Network network, Batch batch, double learningRate) {

    /** The forward pass, every backward table and the next step of this scenario. */
    public BackpropTrace trace() {
        return BackpropTrace.of(network, batch, learningRate);
    }
}
