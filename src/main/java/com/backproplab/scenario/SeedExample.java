package com.backproplab.scenario;

import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputLayer;
import java.util.List;

/**
 * The worked example of the seed text: a 3-4-2 network, ReLU hidden layer, softmax output, mean
 * cross-entropy over m = 2 samples, learning rate 0.1.
 */
public final class SeedExample {

    private SeedExample() {}

    /** The seed's network, samples and learning rate. */
    public static Scenario scenario() {
        Architecture architecture =
                new Architecture(List.of(3, 4, 2), HiddenActivation.RELU, OutputLayer.softmaxCrossEntropy());
        Network network = new Network(
                architecture,
                List.of(
                        Matrices.of(
                                new double[] {-0.00885127, -0.00528875, -0.00062892, 0.01330022},
                                new double[] {0.00045693, 0.00057812, 0.00184987, 0.00878082},
                                new double[] {-0.00098337, 0.01788674, -0.00878302, 0.00338431}),
                        Matrices.of(
                                new double[] {0.00263928, -0.00881749},
                                new double[] {-0.0067974, -0.00869512},
                                new double[] {-0.00402919, 0.01688775},
                                new double[] {-0.01814645, -0.00337234})),
                List.of(Matrices.zeros(1, 4), Matrices.zeros(1, 2)));
        Batch batch = new Batch(
                Matrices.of(new double[] {2, 8, 6}, new double[] {1, 2, 3}),
                Matrices.of(new double[] {1, 0}, new double[] {0, 1}));
        return new Scenario(network, batch, 0.1);
    }
}
