package com.backproplab.math;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The forward trace: {@code z.get(l)} = Z_{l+1} = A_l·W_{l+1} + b_{l+1} and {@code a.get(l)} = A_{l+1}
 * (both m × units_{l+1}); the last A is Ŷ. The loss of each sample and their mean L.
 */
public record ForwardPass(List<RealMatrix> z, List<RealMatrix> a, double[] lossPerSample, double loss) {

    public ForwardPass {
        z = List.copyOf(z);
        a = List.copyOf(a);
        lossPerSample = lossPerSample.clone();
    }

    /** Runs {@code network} on the batch: Z_l, A_l for every layer, then the loss against Y. */
    public static ForwardPass of(Network network, Batch batch) {
        batch.requireFits(network.architecture());
        Architecture arch = network.architecture();
        List<RealMatrix> zs = new ArrayList<>();
        List<RealMatrix> as = new ArrayList<>();
        RealMatrix input = batch.x();
        for (int l = 0; l < arch.depth(); l++) {
            RealMatrix z = Matrices.multAddRow(input, network.weight(l), network.bias(l));
            RealMatrix a = l < arch.depth() - 1
                    ? arch.hidden().apply(z)
                    : arch.output().activation().activate(z);
            zs.add(z);
            as.add(a);
            input = a;
        }
        double[] perSample = arch.output().lossPerSample(zs.getLast(), as.getLast(), batch.y());
        return new ForwardPass(zs, as, perSample, mean(perSample));
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Ŷ = A_L, m×C. */
    public RealMatrix yHat() {
        return a.getLast();
    }

    /** A_l for l = 0 … L, where A_0 is X. */
    public RealMatrix activation(int l, Batch batch) {
        return l == 0 ? batch.x() : a.get(l - 1);
    }

    @Override
    public double[] lossPerSample() {
        return lossPerSample.clone();
    }
}
