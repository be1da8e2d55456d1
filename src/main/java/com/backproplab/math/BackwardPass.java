package com.backproplab.math;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The backward trace in the order the chapter derives it: dL/dŶ by its element-wise formula, the softmax
 * Jacobian of each sample, dL/dZ_L by the Jacobian chain and by the fused (Ŷ−Y)/m, then for each layer
 * from the last to the first dW_l = A_{l−1}ᵀ·dZ_l, db_l = column sums of dZ_l, dA_{l−1} = dZ_l·W_lᵀ,
 * f'(Z_{l−1}) and dZ_{l−1} = dA_{l−1} ⊙ f'(Z_{l−1}). {@code layers.get(l)} is weight layer l+1.
 *
 * @param dZChain dL/dZ_L by the chain through dL/dŶ (m×C)
 * @param dZFused dL/dZ_L = (Ŷ−Y)/m where the output and loss have that form; the layers use it when present
 */
public record BackwardPass(
        RealMatrix dYHat,
        List<RealMatrix> softmaxJacobians,
        RealMatrix dZChain,
        Optional<RealMatrix> dZFused,
        List<LayerGradients> layers) {

    public BackwardPass {
        softmaxJacobians = List.copyOf(softmaxJacobians);
        layers = List.copyOf(layers);
    }

    /** Every backward table of {@code network} on {@code batch}, given its forward trace. */
    public static BackwardPass of(Network network, Batch batch, ForwardPass forward) {
        return of(network, batch, forward, true);
    }

    /**
     * As {@link #of(Network, Batch, ForwardPass)}; without the per-sample softmax Jacobians (m·C² numbers)
     * unless {@code jacobians}. No other table needs them: the chain uses diag(ŷ)−ŷŷᵀ row by row.
     */
    public static BackwardPass of(Network network, Batch batch, ForwardPass forward, boolean jacobians) {
        OutputLayer output = network.architecture().output();
        RealMatrix yHat = forward.yHat();
        RealMatrix dYHat = output.dLossdYHat(yHat, batch.y());
        RealMatrix chain = output.chainDZ(yHat, dYHat);
        Optional<RealMatrix> fused = output.fusedDZ(yHat, batch.y());
        List<LayerGradients> layers =
                backpropagate(network, batch, forward, dYHat, output.derivative(yHat), fused.orElse(chain));
        List<RealMatrix> jacobianList = jacobians ? output.softmaxJacobians(yHat) : List.of();
        return new BackwardPass(dYHat, jacobianList, chain, fused, layers);
    }

    private static List<LayerGradients> backpropagate(
            Network network,
            Batch batch,
            ForwardPass forward,
            RealMatrix dAOut,
            Optional<RealMatrix> derivativeOut,
            RealMatrix dZOut) {
        HiddenActivation f = network.architecture().hidden();
        LayerGradients[] layers = new LayerGradients[network.architecture().depth()];
        RealMatrix dA = dAOut;
        Optional<RealMatrix> derivative = derivativeOut;
        RealMatrix dZ = dZOut;
        for (int l = layers.length - 1; l >= 0; l--) {
            RealMatrix dW = Matrices.multTransA(forward.activation(l, batch), dZ);
            layers[l] = new LayerGradients(dA, derivative, dZ, dW, Matrices.sumColumns(dZ));
            if (l > 0) {
                dA = Matrices.multTransB(dZ, network.weight(l));
                RealMatrix fPrime =
                        f.derivative(forward.z().get(l - 1), forward.a().get(l - 1));
                derivative = Optional.of(fPrime);
                dZ = Matrices.elementMult(dA, fPrime);
            }
        }
        return Arrays.asList(layers);
    }

    /** The largest |chain − fused| over dL/dZ_L, or empty where there is no fused form. */
    public Optional<Double> routesMaxDifference() {
        return dZFused.map(fused -> Matrices.maxAbsDifference(dZChain, fused));
    }

    /** dW_{l+1}. */
    public RealMatrix dW(int l) {
        return layers.get(l).dW();
    }

    /** db_{l+1}. */
    public RealMatrix db(int l) {
        return layers.get(l).db();
    }
}
