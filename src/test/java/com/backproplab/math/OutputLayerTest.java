package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class OutputLayerTest {

    private static final OutputLayer SOFTMAX_CE = OutputLayer.softmaxCrossEntropy();
    private static final OutputLayer SIGMOID_CE = new OutputLayer(OutputActivation.SIGMOID, LossFunction.CROSS_ENTROPY);

    @Test
    void a_linear_output_with_cross_entropy_is_rejected_with_the_reason() {
        InvalidNetworkException e = assertThrows(
                InvalidNetworkException.class,
                () -> new OutputLayer(OutputActivation.LINEAR, LossFunction.CROSS_ENTROPY));
        assertTrue(e.getMessage().contains("probabilities"), e.getMessage());
    }

    @Test
    void the_chain_and_the_fused_route_to_dZ_agree_for_every_pair_that_has_both() {
        Random random = new Random(5);
        for (OutputLayer output : RandomNetworks.outputLayers()) {
            RealMatrix z = RandomNetworks.gaussian(random, 4, 3, 2.0);
            RealMatrix yHat = output.activation().activate(z);
            RealMatrix y = RandomNetworks.labels(random, output, 4, 3);
            RealMatrix chain = output.chainDZ(yHat, output.dLossdYHat(yHat, y));
            if (output.hasFusedGradient()) {
                double difference =
                        Matrices.maxAbsDifference(chain, output.fusedDZ(yHat, y).orElseThrow());
                assertTrue(difference < 1e-15, output + ": " + difference);
            } else {
                assertTrue(output.fusedDZ(yHat, y).isEmpty());
                assertEquals(0.0, Matrices.maxAbsDifference(chain, output.dZ(yHat, y)));
            }
        }
    }

    @Test
    void logits_of_a_thousand_give_a_finite_loss_and_finite_gradients() {
        RealMatrix z = Matrices.of(new double[] {1000, -1000, 0}, new double[] {-1000, 1000, 999});
        RealMatrix y = Matrices.of(new double[] {0, 1, 0}, new double[] {1, 0, 0});
        for (OutputLayer output : List.of(SOFTMAX_CE, SIGMOID_CE)) {
            RealMatrix yHat = output.activation().activate(z);
            double[] loss = output.lossPerSample(z, yHat, y);
            assertTrue(Double.isFinite(loss[0]) && Double.isFinite(loss[1]), output + " loss");
            assertTrue(loss[0] > 1999 && loss[0] < 2001, output + " loss of the wrong class: " + loss[0]);
            assertAllFinite(output.dZ(yHat, y), output + " dZ");
        }
    }

    @Test
    void where_yhat_underflows_dL_dyhat_is_minus_infinity_never_nan_while_the_fused_route_stays_finite() {
        RealMatrix z = Matrices.of(new double[] {1000, -1000});
        RealMatrix y = Matrices.of(new double[] {0, 1});
        RealMatrix yHat = SOFTMAX_CE.activation().activate(z);
        assertEquals(0.0, yHat.getEntry(0, 1));
        RealMatrix dYHat = SOFTMAX_CE.dLossdYHat(yHat, y);
        assertEquals(Double.NEGATIVE_INFINITY, dYHat.getEntry(0, 1));
        assertEquals(-0.0, dYHat.getEntry(0, 0));
        assertFalse(Double.isNaN(dYHat.getEntry(0, 0)));
        RealMatrix fused = SOFTMAX_CE.fusedDZ(yHat, y).orElseThrow();
        assertEquals(1.0, fused.getEntry(0, 0));
        assertEquals(-1.0, fused.getEntry(0, 1));
    }

    @Test
    void sigmoid_dL_dyhat_is_plus_infinity_when_yhat_saturates_at_one_with_label_zero() {
        RealMatrix z = Matrices.of(new double[] {800});
        RealMatrix y = Matrices.of(new double[] {0});
        RealMatrix yHat = SIGMOID_CE.activation().activate(z);
        assertEquals(1.0, yHat.getEntry(0, 0));
        assertEquals(Double.POSITIVE_INFINITY, SIGMOID_CE.dLossdYHat(yHat, y).getEntry(0, 0));
        assertEquals(800.0, SIGMOID_CE.lossPerSample(z, yHat, y)[0], 1e-12);
        assertEquals(1.0, SIGMOID_CE.dZ(yHat, y).getEntry(0, 0));
    }

    @Test
    void zero_times_log_zero_counts_as_zero() {
        RealMatrix z = Matrices.of(new double[] {0, -2000});
        RealMatrix y = Matrices.of(new double[] {1, 0});
        RealMatrix yHat = SOFTMAX_CE.activation().activate(z);
        assertEquals(0.0, SOFTMAX_CE.lossPerSample(z, yHat, y)[0]);
    }

    @Test
    void the_softmax_jacobian_is_diag_minus_outer_product_and_its_rows_sum_to_zero() {
        RealMatrix yHat = Matrices.of(new double[] {0.2, 0.3, 0.5});
        RealMatrix j = SOFTMAX_CE.softmaxJacobians(yHat).getFirst();
        assertEquals(0.2 * 0.8, j.getEntry(0, 0), 1e-16);
        assertEquals(-0.2 * 0.5, j.getEntry(0, 2), 1e-16);
        for (int r = 0; r < 3; r++) {
            double sum = j.getEntry(r, 0) + j.getEntry(r, 1) + j.getEntry(r, 2);
            assertEquals(0.0, sum, 1e-16);
        }
        assertTrue(SIGMOID_CE.softmaxJacobians(yHat).isEmpty());
    }

    @Test
    void mse_is_half_the_squared_error_of_a_sample() {
        OutputLayer mse = new OutputLayer(OutputActivation.LINEAR, LossFunction.MSE);
        RealMatrix z = Matrices.of(new double[] {1, 2}, new double[] {0, 0});
        RealMatrix y = Matrices.of(new double[] {0, 0}, new double[] {1, 1});
        double[] loss = mse.lossPerSample(z, z, y);
        assertEquals(2.5, loss[0]);
        assertEquals(1.0, loss[1]);
        assertEquals(0.5, mse.dLossdYHat(z, y).getEntry(0, 0));
    }

    private static void assertAllFinite(RealMatrix m, String what) {
        for (double[] row : m.getData()) {
            for (double v : row) {
                assertTrue(Double.isFinite(v), what + " has " + v);
            }
        }
    }

    @Test
    void the_output_derivative_is_yhat_times_one_minus_yhat_for_sigmoid_one_for_linear_and_absent_for_softmax() {
        RealMatrix yHat = Matrices.of(new double[] {0.25, 0.5}, new double[] {0.9, 0.0});
        assertEquals(
                Matrices.of(new double[] {0.1875, 0.25}, new double[] {0.9 * (1 - 0.9), 0.0}),
                new OutputLayer(OutputActivation.SIGMOID, LossFunction.MSE)
                        .derivative(yHat)
                        .orElseThrow());
        assertEquals(
                Matrices.of(new double[] {1, 1}, new double[] {1, 1}),
                new OutputLayer(OutputActivation.LINEAR, LossFunction.MSE)
                        .derivative(yHat)
                        .orElseThrow());
        assertTrue(OutputLayer.softmaxCrossEntropy().derivative(yHat).isEmpty());
    }
}
