package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
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
}
