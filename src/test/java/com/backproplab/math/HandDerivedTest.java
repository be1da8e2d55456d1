package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.backproplab.support.Tolerances;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small cases whose every number can be worked out by hand. */
class HandDerivedTest {

    private static final double EXACT = Tolerances.HAND_DERIVED;

    /** 1-1-1, linear everywhere, mse: z1 = w1·x + b1, ŷ = w2·z1 + b2, L = ½(ŷ − y)². */
    @Test
    void a_one_one_one_linear_network_with_mse_has_the_textbook_gradients() {
        Architecture arch = new Architecture(
                List.of(1, 1, 1), HiddenActivation.LINEAR, new OutputLayer(OutputActivation.LINEAR, LossFunction.MSE));
        Network net = new Network(
                arch,
                List.of(Matrices.of(new double[] {2}), Matrices.of(new double[] {3})),
                List.of(Matrices.of(new double[] {1}), Matrices.of(new double[] {-1})));
        Batch batch = new Batch(Matrices.of(new double[] {4}), Matrices.of(new double[] {10}));
        BackpropTrace t = BackpropTrace.of(net, batch, 0.01);
        // z1 = 2·4 + 1 = 9; ŷ = 3·9 − 1 = 26; L = ½·16² = 128
        assertEquals(9, t.forward().z().get(0).getEntry(0, 0), EXACT);
        assertEquals(26, t.forward().yHat().getEntry(0, 0), EXACT);
        assertEquals(128, t.forward().loss(), EXACT);
        // dZ2 = ŷ − y = 16; dW2 = z1·16 = 144; db2 = 16; dA1 = 16·3 = 48; dW1 = 4·48 = 192; db1 = 48
        assertEquals(16, t.backward().layers().get(1).dZ().getEntry(0, 0), EXACT);
        assertEquals(144, t.backward().dW(1).getEntry(0, 0), EXACT);
        assertEquals(16, t.backward().db(1).getEntry(0, 0), EXACT);
        assertEquals(48, t.backward().layers().get(0).dA().getEntry(0, 0), EXACT);
        assertEquals(192, t.backward().dW(0).getEntry(0, 0), EXACT);
        assertEquals(48, t.backward().db(0).getEntry(0, 0), EXACT);
        // W_new = W − α·dW
        assertEquals(2 - 0.01 * 192, t.next().weight(0).getEntry(0, 0), EXACT);
        assertEquals(3 - 0.01 * 144, t.next().weight(1).getEntry(0, 0), EXACT);
    }

    /** Equal logits give ŷ = ½ and a loss of log 2 for each sample, with dZ = (½ − y)/m. */
    @Test
    void equal_logits_give_a_loss_of_log_two_and_dz_of_plus_minus_a_quarter() {
        Architecture arch = new Architecture(List.of(1, 2), HiddenActivation.RELU, OutputLayer.softmaxCrossEntropy());
        Network net = new Network(arch, List.of(Matrices.zeros(1, 2)), List.of(Matrices.zeros(1, 2)));
        Batch batch = new Batch(
                Matrices.of(new double[] {1}, new double[] {2}), Matrices.of(new double[] {1, 0}, new double[] {0, 1}));
        BackpropTrace t = BackpropTrace.of(net, batch, 0.1);
        assertEquals(Math.log(2), t.forward().loss(), EXACT);
        assertEquals(-0.25, t.backward().layers().get(0).dZ().getEntry(0, 0), EXACT);
        assertEquals(0.25, t.backward().layers().get(0).dZ().getEntry(0, 1), EXACT);
        // dW = Xᵀ·dZ = [1·(−¼) + 2·(¼), 1·(¼) + 2·(−¼)] = [¼, −¼]
        assertEquals(0.25, t.backward().dW(0).getEntry(0, 0), EXACT);
        assertEquals(-0.25, t.backward().dW(0).getEntry(0, 1), EXACT);
        // db = column sums of dZ, with no second 1/m: 0 here
        assertEquals(0.0, t.backward().db(0).getEntry(0, 0), EXACT);
    }

    @Test
    void a_weight_of_the_wrong_shape_is_rejected_naming_the_layer_and_both_shapes() {
        Architecture arch =
                new Architecture(List.of(3, 4, 2), HiddenActivation.RELU, OutputLayer.softmaxCrossEntropy());
        ShapeException e = assertThrows(
                ShapeException.class,
                () -> new Network(
                        arch,
                        List.of(Matrices.zeros(3, 4), Matrices.zeros(3, 2)),
                        List.of(Matrices.zeros(1, 4), Matrices.zeros(1, 2))));
        assertEquals("weights[1]: expected 4×2, got 3×2", e.getMessage());
    }

    @Test
    void labels_with_another_number_of_rows_than_the_inputs_are_rejected() {
        ShapeException e =
                assertThrows(ShapeException.class, () -> new Batch(Matrices.zeros(2, 3), Matrices.zeros(3, 2)));
        assertEquals("y: expected 2 rows like x (2×3), got 3×2", e.getMessage());
    }

    @Test
    void an_architecture_needs_at_least_one_unit_in_every_layer() {
        assertThrows(
                InvalidNetworkException.class,
                () -> new Architecture(List.of(3, 0, 2), HiddenActivation.RELU, OutputLayer.softmaxCrossEntropy()));
    }
}
