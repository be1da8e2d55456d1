package com.backproplab.explorer.ui;

import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import java.util.List;

/** The output activation and loss pairs the page offers, with their labels. */
record OutputChoice(OutputLayer layer, String label) {

    static final List<OutputChoice> ALL = List.of(
            new OutputChoice(OutputLayer.softmaxCrossEntropy(), "softmax + cross-entropy"),
            new OutputChoice(
                    new OutputLayer(OutputActivation.SIGMOID, LossFunction.CROSS_ENTROPY),
                    "sigmoid + binary cross-entropy"),
            new OutputChoice(
                    new OutputLayer(OutputActivation.SIGMOID, LossFunction.MSE), "sigmoid + mean squared error"),
            new OutputChoice(new OutputLayer(OutputActivation.LINEAR, LossFunction.MSE), "linear + mean squared error"),
            new OutputChoice(
                    new OutputLayer(OutputActivation.SOFTMAX, LossFunction.MSE), "softmax + mean squared error"));

    static OutputChoice of(OutputLayer layer) {
        return ALL.stream().filter(c -> c.layer.equals(layer)).findFirst().orElseThrow();
    }
}
