package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.backproplab.scenario.SeedExample;
import java.util.List;
import org.apache.commons.math3.linear.BlockRealMatrix;
import org.junit.jupiter.api.Test;

/** The network's shapes, and every way the engine refuses matrices that do not fit it. */
class NetworkTest {

    private static final Network SEED = SeedExample.scenario().network();
    private static final Batch BATCH = SeedExample.scenario().batch();

    @Test
    void the_worked_example_has_26_parameters() {
        assertEquals(26, SEED.architecture().parameterCount());
        Architecture deep =
                new Architecture(List.of(2, 5, 3, 1), HiddenActivation.TANH, OutputLayer.softmaxCrossEntropy());
        assertEquals(3 * 5 + 6 * 3 + 4, deep.parameterCount());
    }

    @Test
    void a_weight_of_the_wrong_shape_is_refused_naming_it() {
        RealMatrixList w = new RealMatrixList(SEED.weight(0), SEED.weight(0));
        ShapeException e =
                assertThrows(ShapeException.class, () -> new Network(SEED.architecture(), w.list(), SEED.biases()));
        assertEquals("weights[1]: expected 4×2, got 3×4", e.getMessage());
    }

    @Test
    void a_bias_of_the_wrong_shape_is_refused_naming_it() {
        ShapeException e = assertThrows(
                ShapeException.class,
                () -> new Network(SEED.architecture(), SEED.weights(), List.of(Matrices.zeros(1, 3), SEED.bias(1))));
        assertEquals("biases[0]: expected 1×4, got 1×3", e.getMessage());
    }

    @Test
    void samples_that_do_not_fit_the_network_are_refused_by_the_trace_the_trainer_and_training() {
        Batch narrow = new Batch(Matrices.zeros(2, 2), Matrices.zeros(2, 2));
        Batch wrongLabels = new Batch(Matrices.zeros(2, 3), Matrices.zeros(2, 3));
        assertEquals(
                "x: expected 2×3, got 2×2",
                assertThrows(ShapeException.class, () -> ForwardPass.of(SEED, narrow))
                        .getMessage());
        assertEquals(
                "y: expected 2×2, got 2×3",
                assertThrows(ShapeException.class, () -> ForwardPass.of(SEED, wrongLabels))
                        .getMessage());
        assertThrows(ShapeException.class, () -> Trainer.of(SEED, narrow));
        assertThrows(ShapeException.class, () -> Training.run(SEED, wrongLabels, 0.1, 1));
        assertThrows(
                ShapeException.class,
                () -> LossCurve.along(SEED, narrow, new ParameterRef(false, 0, 0, 0), new double[] {0}));
    }

    @Test
    void a_matrix_of_another_kind_is_read_through_a_copy() {
        BlockRealMatrix x = new BlockRealMatrix(BATCH.x().getData());
        RealMatrixList w = new RealMatrixList(new BlockRealMatrix(SEED.weight(0).getData()), SEED.weight(1));
        Network block = new Network(SEED.architecture(), w.list(), SEED.biases());
        BackpropTrace t = BackpropTrace.of(block, new Batch(x, BATCH.y()), 0.1);
        assertEquals(
                SeedExample.scenario().trace().forward().loss(), t.forward().loss());
        assertArrayEquals(
                Matrices.mult(BATCH.x(), SEED.weight(0)).getData(),
                Matrices.mult(x, w.list().get(0)).getData());
    }

    @Test
    void the_loss_curve_is_the_loss_with_the_parameter_set_to_each_value() {
        ParameterRef ref = new ParameterRef(false, 1, 3, 1);
        double[] values = {-0.5, SEED.parameter(ref), 0.25};
        double[] curve = LossCurve.along(SEED, BATCH, ref, values);
        for (int i = 0; i < values.length; i++) {
            assertEquals(
                    ForwardPass.of(SEED.withParameter(ref, values[i]), BATCH).loss(),
                    curve[i],
                    1e-15,
                    "L(" + values[i] + ")");
        }
        assertEquals(SeedExample.scenario().trace().forward().loss(), curve[1], 1e-15);
    }

    @Test
    void a_training_run_hands_its_observer_the_current_network() {
        double[] seen = new double[1];
        Training.run(SEED, BATCH, 0.1, 1, (step, loss, state) -> {
            seen[0] = state.network().weight(1).getEntry(3, 1);
            return true;
        });
        assertEquals(SeedExample.scenario().trace().next().weight(1).getEntry(3, 1), seen[0], 0.0);
    }

    /** A list of matrices, for the shapes a test builds. */
    private record RealMatrixList(org.apache.commons.math3.linear.RealMatrix... items) {
        List<org.apache.commons.math3.linear.RealMatrix> list() {
            return List.of(items);
        }
    }
}
