package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.backproplab.support.Tolerances;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Large products go to OpenBLAS where the machine has it (DD002). Its sums run in another order, so a product
 * is compared with the engine's own loops to {@link Tolerances#GOLDEN} of Σₖ|aᵢₖ·bₖⱼ| (the scale of the
 * rounding of any order of summation); the trainer and the trace both go through it, so they stay equal bit
 * for bit. {@code .ci/run} installs Debian's {@code libopenblas0}, so under CI ({@code CI=true}) a missing
 * OpenBLAS fails instead of skipping.
 */
class NativeProductsTest {

    // 96·70·50 = 336,000 multiply-adds: over the 262,144 of NativeProducts.WORK.
    private static final int M = 96;
    private static final int N = 70;
    private static final int P = 50;

    static void assumeOpenBlas() {
        if (!NativeProducts.available() && "true".equals(System.getenv("CI"))) {
            fail("CI must check the OpenBLAS path: install libopenblas0 (.ci/run does)");
        }
        assumeTrue(NativeProducts.available(), "no OpenBLAS on this machine");
    }

    /**
     * |C − own| ≤ GOLDEN · Σₖ|aᵢₖ·bₖⱼ| for every element; and some elements differ in their last bits, which
     * says that OpenBLAS computed C (its blocks and fused multiply-adds round differently from the own loops;
     * over 4,800 sums of 70 products some always do).
     */
    private static void assertSameProduct(double[][] own, double[][] c, double[][] scale, String what) {
        int differ = 0;
        for (int i = 0; i < own.length; i++) {
            for (int j = 0; j < own[i].length; j++) {
                double allowed = Tolerances.GOLDEN * scale[i][j];
                if (!(Math.abs(c[i][j] - own[i][j]) <= allowed)) {
                    fail(what + "[" + i + "," + j + "]: " + c[i][j] + " against " + own[i][j]);
                }
                differ += c[i][j] == own[i][j] ? 0 : 1;
            }
        }
        assertTrue(differ > 0, what + " came out of the own loops, not OpenBLAS");
    }

    private static double[][] absoluteScale(double[][] a, double[][] b) {
        double[][] s = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < b[0].length; j++) {
                    s[i][j] += Math.abs(a[i][k] * b[k][j]);
                }
            }
        }
        return s;
    }

    @Test
    void the_sizes_used_here_reach_openblas_and_a_product_one_column_smaller_does_not() {
        assertTrue((long) M * N * P >= NativeProducts.WORK);
        assertEquals(NativeProducts.available(), NativeProducts.takes(64, 64, 64), "exactly WORK goes");
        assertFalse(NativeProducts.takes(64, 64, 63), "just under WORK stays");
        assertFalse(NativeProducts.takes(0, 4096, 4096), "an empty product stays");
    }

    @Test
    void the_engine_says_which_kernels_multiply_large_products() {
        assertEquals(NativeProducts.available() ? "OpenBLAS" : "own kernels", Matrices.largeProducts());
        if ("true".equals(System.getenv("CI"))) {
            assertEquals("OpenBLAS", Matrices.largeProducts(), ".ci/run installs libopenblas0");
        }
    }

    @Test
    void a_large_product_through_openblas_is_the_product_and_adds_the_row() {
        assumeOpenBlas();
        Random random = new Random(31);
        double[][] a = KernelsTest.random(random, M, N);
        double[][] b = KernelsTest.random(random, N, P);
        double[] r = KernelsTest.random(random, 1, P)[0];
        double[][] own = new double[M][P];
        double[][] c = new double[M][P];
        Kernels.ownMult(a, b, own);
        Kernels.mult(a, b, c);
        double[][] scale = absoluteScale(a, b);
        assertSameProduct(own, c, scale, "A·B");
        Kernels.ownMultAddRow(a, b, r, own);
        Kernels.multAddRow(a, b, r, c);
        assertSameProduct(own, c, scale, "A·B + r");
    }

    @Test
    void a_large_transposed_product_through_openblas_is_the_product() {
        assumeOpenBlas();
        Random random = new Random(32);
        double[][] a = KernelsTest.random(random, N, M);
        double[][] b = KernelsTest.random(random, N, P);
        double[][] own = new double[M][P];
        double[][] c = new double[M][P];
        Kernels.ownMultTransA(a, b, own);
        Kernels.multTransA(a, b, c);
        double[][] at = new double[M][N];
        Kernels.transpose(a, at);
        assertSameProduct(own, c, absoluteScale(at, b), "Aᵀ·B");
    }

    @Test
    void a_small_product_stays_on_the_own_loops_bit_for_bit() {
        Random random = new Random(33);
        double[][] a = KernelsTest.random(random, 7, 5);
        double[][] b = KernelsTest.random(random, 5, 3);
        double[][] own = new double[7][3];
        double[][] c = new double[7][3];
        Kernels.ownMult(a, b, own);
        Kernels.mult(a, b, c);
        for (int i = 0; i < 7; i++) {
            assertArrayEquals(own[i], c[i], Tolerances.BITWISE, "row " + i);
        }
    }

    @Test
    void the_trainer_equals_the_trace_bit_for_bit_on_a_network_whose_products_reach_openblas() {
        // 64·64·96 = 393,216 multiply-adds for Z1 and dW1: over WORK.
        Random random = new Random(34);
        Architecture arch =
                new Architecture(List.of(64, 96, 10), HiddenActivation.RELU, OutputLayer.softmaxCrossEntropy());
        Network network = RandomNetworks.network(random, arch);
        Batch batch = new Batch(
                RandomNetworks.gaussian(random, 64, 64, 1), RandomNetworks.labels(random, arch.output(), 64, 10));
        assertTrue(NativeProducts.WORK <= 64L * 64 * 96);
        TraceAgreement.assertTrainingEqualsTrace(network, batch, 0.05, 3, "64-96-10");
    }
}
