package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hand-derivable values of each activation, at and around its kink. */
class HiddenActivationTest {

    @Test
    void relu_passes_positives_and_zeroes_the_rest_with_derivative_0_at_the_kink() {
        assertEquals(2.5, HiddenActivation.RELU.apply(2.5));
        assertEquals(0.0, HiddenActivation.RELU.apply(-3));
        assertEquals(1.0, HiddenActivation.RELU.derivative(1e-300, 1e-300));
        assertEquals(0.0, HiddenActivation.RELU.derivative(0, 0), "z = 0 takes the branch of z ≤ 0, as PyTorch");
        assertEquals(0.0, HiddenActivation.RELU.derivative(-1, 0));
    }

    @Test
    void leaky_relu_keeps_a_hundredth_of_negatives() {
        assertEquals(2.0, HiddenActivation.LEAKY_RELU.apply(2));
        assertEquals(-0.03, HiddenActivation.LEAKY_RELU.apply(-3), 1e-18);
        assertEquals(1.0, HiddenActivation.LEAKY_RELU.derivative(0.5, 0.5));
        assertEquals(0.01, HiddenActivation.LEAKY_RELU.derivative(0, 0));
    }

    @Test
    void sigmoid_tanh_and_linear_have_their_textbook_values_and_derivatives() {
        assertEquals(0.5, HiddenActivation.SIGMOID.apply(0));
        assertEquals(1 / (1 + Math.exp(-2)), HiddenActivation.SIGMOID.apply(2), 1e-16);
        assertEquals(Math.exp(-2) / (1 + Math.exp(-2)), HiddenActivation.SIGMOID.apply(-2), 1e-16);
        assertEquals(0.25, HiddenActivation.SIGMOID.derivative(0, 0.5));
        assertEquals(Math.tanh(0.7), HiddenActivation.TANH.apply(0.7));
        assertEquals(1 - 0.36, HiddenActivation.TANH.derivative(0.7, 0.6), 1e-16);
        assertEquals(-4.0, HiddenActivation.LINEAR.apply(-4));
        assertEquals(1.0, HiddenActivation.LINEAR.derivative(-4, -4));
    }

    @Test
    void sigmoid_of_large_inputs_neither_overflows_nor_loses_the_small_side() {
        assertEquals(1.0, Stable.sigmoid(800));
        assertEquals(Math.exp(-800), Stable.sigmoid(-800), 0.0);
        assertEquals(0.5, Stable.sigmoid(-0.0));
    }

    @Test
    void only_relu_and_leaky_relu_have_a_kink() {
        assertTrue(HiddenActivation.RELU.hasKink());
        assertTrue(HiddenActivation.LEAKY_RELU.hasKink());
        assertFalse(HiddenActivation.SIGMOID.hasKink());
        assertFalse(HiddenActivation.TANH.hasKink());
        assertFalse(HiddenActivation.LINEAR.hasKink());
    }

    @Test
    void each_has_its_id_and_formula_and_is_found_by_its_id() {
        assertEquals("leaky_relu", HiddenActivation.LEAKY_RELU.id());
        assertEquals("\\max(0, z)", HiddenActivation.RELU.formula());
        assertEquals("\\tanh z", HiddenActivation.TANH.formula());
        assertEquals(Optional.of(HiddenActivation.TANH), HiddenActivation.byId("tanh"));
        assertEquals(Optional.empty(), HiddenActivation.byId("gelu"));
    }

    @Test
    void relu_and_its_derivative_keep_a_nan_as_pytorch_does_and_send_minus_zero_to_zero() {
        assertTrue(Double.isNaN(HiddenActivation.RELU.apply(Double.NaN)));
        assertTrue(Double.isNaN(HiddenActivation.RELU.derivative(Double.NaN, Double.NaN)));
        assertEquals(0.0, HiddenActivation.RELU.apply(-0.0), "+0, not −0");
        assertEquals(1.0, HiddenActivation.RELU.derivative(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        assertEquals(0.0, HiddenActivation.RELU.derivative(Double.NEGATIVE_INFINITY, 0));
        assertEquals(1.0, HiddenActivation.RELU.derivative(Double.MIN_VALUE, Double.MIN_VALUE), "the least subnormal");
        assertEquals(-0.0, HiddenActivation.LEAKY_RELU.apply(-0.0), "0.01·(−0) is −0, as the branch gave");
        assertEquals(-0.01 * Double.MIN_NORMAL, HiddenActivation.LEAKY_RELU.apply(-Double.MIN_NORMAL));
    }

    @Test
    void the_row_functions_the_trainer_runs_equal_the_scalar_ones_bit_for_bit_on_edge_and_random_values() {
        Random random = new Random(5);
        double[] z = new double[200];
        double[] edges = {
            0.0,
            -0.0,
            Double.MIN_VALUE,
            -Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            Double.NaN,
            1e-300,
            -1e-300
        };
        System.arraycopy(edges, 0, z, 0, edges.length);
        for (int j = edges.length; j < z.length; j++) {
            z[j] = random.nextGaussian() * Math.pow(10, random.nextInt(9) - 4);
        }
        double[] dA = new double[z.length];
        for (int j = 0; j < dA.length; j++) {
            dA[j] = j % 7 == 0 ? -0.0 : random.nextGaussian();
        }
        for (HiddenActivation f : HiddenActivation.values()) {
            double[] a = new double[z.length];
            double[] slope = new double[z.length];
            double[] dZ = new double[z.length];
            f.applyRow(z, a);
            f.derivativeRow(z, a, slope);
            f.chainRow(dA, z, a, dZ);
            for (int j = 0; j < z.length; j++) {
                String at = f + " at z = " + z[j];
                assertEquals(bits(f.apply(z[j])), bits(a[j]), at);
                assertEquals(bits(f.derivative(z[j], a[j])), bits(slope[j]), at + ": f'");
                assertEquals(bits(dA[j] * f.derivative(z[j], a[j])), bits(dZ[j]), at + ": dA·f'");
            }
        }
    }

    private static long bits(double v) {
        return Double.doubleToRawLongBits(v);
    }
}
