package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.support.Tolerances;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Where every product of a network goes to OpenBLAS, the trainer holds its m-row matrices as row-major
 * arrays that OpenBLAS reads in place ({@link BlasTrainer}, DD002). It must stay equal, bit for bit, to the
 * readable trace, whose products copy their rows into the same layout first, and to the row trainer.
 */
class BlasTrainerTest {

    // 512·32·64 = 1,048,576 and 512·64·16 = 524,288 multiply-adds: every product is over NativeProducts.WORK.
    private static final List<Integer> SIZES = List.of(32, 64, 16);
    private static final int M = 512;

    private static Batch batch(Random random, Architecture arch, int m) {
        return new Batch(
                RandomNetworks.gaussian(random, m, arch.inputs(), 1),
                RandomNetworks.labels(random, arch.output(), m, arch.outputs()));
    }

    @Test
    void a_network_whose_every_product_reaches_openblas_gets_the_row_major_trainer_and_no_other_does() {
        NativeProductsTest.assumeOpenBlas();
        Random random = new Random(41);
        Architecture arch = new Architecture(SIZES, HiddenActivation.RELU, OutputLayer.softmaxCrossEntropy());
        Network network = RandomNetworks.network(random, arch);
        assertInstanceOf(BlasTrainer.class, Trainer.of(network, batch(random, arch, M)));
        // 255·64·16 = 261,120 multiply-adds for the output layer: one product under WORK.
        assertFalse(BlasTrainer.takes(arch, 255));
        assertInstanceOf(RowTrainer.class, Trainer.of(network, batch(random, arch, 255)));
        assertTrue(BlasTrainer.takes(arch, 256));
    }

    @Test
    void every_step_equals_a_step_of_the_trace_bit_for_bit_for_every_activation_and_output() {
        NativeProductsTest.assumeOpenBlas();
        Random random = new Random(42);
        for (HiddenActivation hidden : HiddenActivation.values()) {
            for (OutputLayer output : RandomNetworks.outputLayers()) {
                Architecture arch = new Architecture(SIZES, hidden, output);
                Network network = RandomNetworks.network(random, arch);
                Batch batch = batch(random, arch, M);
                TraceAgreement.assertTrainingEqualsTrace(network, batch, 0.05, 3, hidden + " " + output);
            }
        }
    }

    @Test
    void adam_with_weight_decay_moves_the_parameters_as_the_row_trainer_does_bit_for_bit() {
        NativeProductsTest.assumeOpenBlas();
        Random random = new Random(43);
        Architecture arch = new Architecture(SIZES, HiddenActivation.TANH, OutputLayer.softmaxCrossEntropy());
        Network network = RandomNetworks.network(random, arch);
        Batch batch = batch(random, arch, M);
        Optimization adam = new Optimization(Optimizer.adam(), 0.01, 0);
        Trainer rows = new RowTrainer(arch, Trainer.copyWeights(network), Trainer.copyBiases(network), batch);
        Trainer flat = new BlasTrainer(arch, Trainer.copyWeights(network), Trainer.copyBiases(network), batch);
        double[][][][] buffers = {moments(arch), moments(arch), moments(arch), moments(arch)};
        for (int t = 1; t <= 3; t++) {
            assertEquals(rows.forward() + rows.penalty(adam), flat.forward() + flat.penalty(adam), "loss " + t);
            rows.backwardAndStep(0.01, adam, buffers[0], buffers[1], t);
            flat.backwardAndStep(0.01, adam, buffers[2], buffers[3], t);
        }
        TraceAgreement.assertSameParameters(rows.network(arch), flat.network(arch), "after three steps of Adam");
    }

    @Test
    void the_hidden_z_it_copies_out_is_the_trace_s() {
        NativeProductsTest.assumeOpenBlas();
        Random random = new Random(44);
        Architecture arch = new Architecture(SIZES, HiddenActivation.RELU, OutputLayer.softmaxCrossEntropy());
        Network network = RandomNetworks.network(random, arch);
        Batch batch = batch(random, arch, M);
        Trainer trainer = Trainer.of(network, batch);
        trainer.forward();
        double[][][] z = trainer.hiddenZBuffers();
        trainer.copyHiddenZ(z);
        double[][] traced = Matrices.rows(ForwardPass.of(network, batch).z().getFirst());
        for (int k = 0; k < M; k++) {
            assertArrayEquals(traced[k], z[0][k], Tolerances.BITWISE, "Z1 row " + k);
        }
    }

    /** Zeroed optimizer buffers in {@link OptimizerState}'s order: W1, b1, W2, b2. */
    private static double[][][] moments(Architecture arch) {
        double[][][] out = new double[2 * arch.depth()][][];
        for (int l = 0; l < arch.depth(); l++) {
            out[2 * l] = new double[arch.sizes().get(l)][arch.sizes().get(l + 1)];
            out[2 * l + 1] = new double[1][arch.sizes().get(l + 1)];
        }
        return out;
    }
}
