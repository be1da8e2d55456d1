package com.backproplab.scenario;

import java.util.List;

/**
 * A scenario as a user or a client wrote it, not yet checked: names as text, matrices as rows of doubles
 * (which may be ragged or not finite). {@link ScenarioValidator} turns it into a {@link Scenario}.
 *
 * @param layers [inputs, hidden…, outputs]
 * @param weights W1, W2, … each (units_{l−1} × units_l)
 * @param biases b1, b2, … each (1 × units_l)
 */
public record ScenarioInput(
        List<Integer> layers,
        String hiddenActivation,
        String outputActivation,
        String loss,
        Double learningRate,
        double[][] x,
        double[][] y,
        List<double[][]> weights,
        List<double[][]> biases) {}
