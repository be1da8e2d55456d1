package com.backproplab.math;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * One optimizer step, readable: for each parameter in the order W1, b1, W2, b2, … its tables
 * ({@link ParameterUpdate}), the state before and after (t + 1, the new buffers) and the network after.
 */
public record OptimizerStep(
        Optimization optimization,
        OptimizerState before,
        List<ParameterUpdate> parameters,
        OptimizerState after,
        Network next) {

    public OptimizerStep {
        parameters = List.copyOf(parameters);
    }

    /**
     * The step of size α along the gradients, decay added to the weights' (g = dW + λ·W, g = db for the
     * biases), from {@code before}; Adam's bias correction uses t = before.t() + 1.
     */
    public static OptimizerStep of(
            Network network,
            List<LayerGradients> gradients,
            double alpha,
            Optimization optimization,
            OptimizerState before) {
        Optimizer optimizer = optimization.optimizer();
        int t = before.t() + 1;
        List<ParameterUpdate> updates = new ArrayList<>();
        List<RealMatrix> w = new ArrayList<>();
        List<RealMatrix> b = new ArrayList<>();
        for (int l = 0; l < gradients.size(); l++) {
            RealMatrix weight = network.weight(l);
            RealMatrix bias = network.bias(l);
            ParameterUpdate uw = optimizer.tables(
                    weight,
                    optimization.decayed(gradients.get(l).dW(), weight),
                    before.first(2 * l, weight),
                    before.second(2 * l, weight),
                    alpha,
                    t);
            ParameterUpdate ub = optimizer.tables(
                    bias,
                    gradients.get(l).db(),
                    before.first(2 * l + 1, bias),
                    before.second(2 * l + 1, bias),
                    alpha,
                    t);
            updates.add(uw);
            updates.add(ub);
            w.add(uw.next());
            b.add(ub.next());
        }
        List<RealMatrix> first = optimizer.hasFirst()
                ? updates.stream().map(u -> u.firstNext().orElseThrow()).toList()
                : List.of();
        List<RealMatrix> second = optimizer.hasSecond()
                ? updates.stream().map(u -> u.secondNext().orElseThrow()).toList()
                : List.of();
        return new OptimizerStep(
                optimization,
                before,
                updates,
                new OptimizerState(t, first, second),
                new Network(network.architecture(), w, b));
    }

    /** The tables of W_{l+1}. */
    public ParameterUpdate weight(int l) {
        return parameters.get(2 * l);
    }

    /** The tables of b_{l+1}. */
    public ParameterUpdate bias(int l) {
        return parameters.get(2 * l + 1);
    }
}
