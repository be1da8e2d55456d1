package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Products over {@link Kernels#PARALLEL_WORK} split their rows over threads; each row must come out bit for bit
 * as the serial loop computes it. A one-row product is always serial, so each row of a large product is
 * compared with the same row computed on its own. These are the engine's own loops; where the machine has
 * OpenBLAS, large products go there instead ({@link NativeProductsTest}).
 */
class KernelsTest {

    // 90·60·70 = 378,000 multiply-adds, over the 262,144 of PARALLEL_WORK; odd sizes leave a remainder after
    // the four-row unrolled loop.
    private static final int M = 90;
    private static final int N = 61;
    private static final int P = 70;

    /** A rows×cols array of standard normal draws. */
    static double[][] random(Random random, int rows, int cols) {
        double[][] out = new double[rows][cols];
        for (double[] row : out) {
            for (int j = 0; j < cols; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return out;
    }

    @Test
    void the_sizes_used_here_take_the_parallel_branch() {
        assertTrue((long) M * N * P > Kernels.PARALLEL_WORK);
    }

    @Test
    void a_parallel_mult_equals_the_serial_one_bit_for_bit() {
        Random random = new Random(17);
        double[][] a = random(random, M, N);
        double[][] b = random(random, N, P);
        double[][] c = new double[M][P];
        Kernels.ownMult(a, b, c);
        for (int i = 0; i < M; i++) {
            double[][] row = new double[1][P];
            Kernels.ownMult(new double[][] {a[i]}, b, row);
            assertArrayEquals(row[0], c[i], 0.0, "row " + i);
        }
    }

    @Test
    void a_parallel_multAddRow_equals_the_serial_one_bit_for_bit() {
        Random random = new Random(18);
        double[][] a = random(random, M, N);
        double[][] b = random(random, N, P);
        double[] r = random(random, 1, P)[0];
        double[][] c = new double[M][P];
        Kernels.ownMultAddRow(a, b, r, c);
        for (int i = 0; i < M; i++) {
            double[][] row = new double[1][P];
            Kernels.ownMultAddRow(new double[][] {a[i]}, b, r, row);
            assertArrayEquals(row[0], c[i], 0.0, "row " + i);
        }
    }

    @Test
    void a_parallel_multTransA_equals_the_serial_one_bit_for_bit() {
        Random random = new Random(19);
        double[][] a = random(random, N, M);
        double[][] b = random(random, N, P);
        double[][] c = new double[M][P];
        Kernels.ownMultTransA(a, b, c);
        for (int i = 0; i < M; i++) {
            double[][] column = new double[N][1];
            for (int k = 0; k < N; k++) {
                column[k][0] = a[k][i];
            }
            double[][] row = new double[1][P];
            Kernels.ownMultTransA(column, b, row);
            assertArrayEquals(row[0], c[i], 0.0, "row " + i);
        }
    }

    /** Aᵀ·B as a textbook loop with the kernels' grouping: Σ over k in fours, ((a0b0 + a1b1) + a2b2) + a3b3, then the rest. */
    private static double[][] groupedTransA(double[][] a, double[][] b) {
        int m = a.length;
        double[][] c = new double[a[0].length][b[0].length];
        for (int i = 0; i < c.length; i++) {
            for (int j = 0; j < c[i].length; j++) {
                double sum = 0;
                int k = 0;
                for (; k + 3 < m; k += 4) {
                    sum += a[k][i] * b[k][j]
                            + a[k + 1][i] * b[k + 1][j]
                            + a[k + 2][i] * b[k + 2][j]
                            + a[k + 3][i] * b[k + 3][j];
                }
                for (; k < m; k++) {
                    sum += a[k][i] * b[k][j];
                }
                c[i][j] = sum;
            }
        }
        return c;
    }

    @Test
    void multTransA_sums_each_element_in_groups_of_four_in_order_across_chunks_and_threads() {
        Random random = new Random(22);
        // 301·40·50 = 602,000 multiply-adds: parallel; 301 rows are four chunks of 64 and more, and a tail of one.
        double[][] a = random(random, 301, 40);
        double[][] b = random(random, 301, 50);
        assertTrue(301 > 4 * Kernels.CHUNK);
        double[][] c = new double[40][50];
        Kernels.ownMultTransA(a, b, c);
        double[][] expected = groupedTransA(a, b);
        for (int i = 0; i < 40; i++) {
            assertArrayEquals(expected[i], c[i], 0.0, "row " + i);
        }
    }

    @Test
    void a_large_multAddRow_with_narrow_output_rows_takes_rows_in_pairs_with_the_same_bits() {
        Random random = new Random(23);
        // 701·96·7 = 471,072 multiply-adds, 7 output columns: two rows a pass, the last row alone; 96 + 3
        // inner terms leave a tail of three.
        double[][] a = random(random, 701, 99);
        double[][] b = random(random, 99, 7);
        double[] r = random(random, 1, 7)[0];
        double[][] c = new double[701][7];
        Kernels.ownMultAddRow(a, b, r, c);
        for (int i = 0; i < 701; i++) {
            for (int j = 0; j < 7; j++) {
                double sum = r[j];
                int k = 0;
                for (; k + 3 < 99; k += 4) {
                    sum += a[i][k] * b[k][j]
                            + a[i][k + 1] * b[k + 1][j]
                            + a[i][k + 2] * b[k + 2][j]
                            + a[i][k + 3] * b[k + 3][j];
                }
                for (; k < 99; k++) {
                    sum += a[i][k] * b[k][j];
                }
                assertEquals(sum, c[i][j], 0.0, "[" + i + "," + j + "]");
            }
        }
    }

    @Test
    void a_large_multTransA_with_narrow_output_rows_runs_as_b_transposed_times_a_with_the_same_bits() {
        Random random = new Random(21);
        // 601·64·10 = 384,640 multiply-adds, 10 output columns: Cᵀ = Bᵀ·A; 601 rows leave a tail of one.
        double[][] a = random(random, 601, 64);
        double[][] b = random(random, 601, 10);
        assertTrue(Kernels.runsTransposed(64, 601, 10));
        double[][] c = new double[64][10];
        Kernels.ownMultTransA(a, b, c);
        double[][] expected = groupedTransA(a, b);
        for (int i = 0; i < 64; i++) {
            assertArrayEquals(expected[i], c[i], 0.0, "row " + i);
        }
    }

    @Test
    void the_parallel_products_are_the_products() {
        Random random = new Random(20);
        double[][] a = random(random, M, N);
        double[][] b = random(random, N, P);
        double[] r = random(random, 1, P)[0];
        double[][] c = new double[M][P];
        double[][] z = new double[M][P];
        double[][] t = new double[N][M];
        double[][] ct = new double[M][P];
        Kernels.ownMult(a, b, c);
        Kernels.ownMultAddRow(a, b, r, z);
        Kernels.transpose(a, t);
        Kernels.ownMultTransA(t, b, ct);
        for (int i = 0; i < M; i++) {
            for (int j = 0; j < P; j++) {
                double sum = 0;
                for (int k = 0; k < N; k++) {
                    sum += a[i][k] * b[k][j];
                }
                assertEquals(sum, c[i][j], 1e-12, "C[" + i + "," + j + "]");
                assertEquals(sum + r[j], z[i][j], 1e-12, "Z[" + i + "," + j + "]");
                assertEquals(c[i][j], ct[i][j], 0.0, "AᵀᵀB[" + i + "," + j + "]");
            }
        }
    }

    @Test
    void a_product_splits_over_threads_from_two_rows_and_the_parallel_work_on() {
        assertTrue(Kernels.sequential(1, 4096, 4096), "one row never splits");
        assertFalse(Kernels.sequential(2, 512, 256), "two rows of 2^18 multiply-adds split");
        assertTrue(Kernels.sequential(2, 512, 255), "just under the work stays serial");
        assertFalse(Kernels.sequential(64, 64, 64), "exactly PARALLEL_WORK splits");
        assertTrue(Kernels.sequential(64, 64, 63));
        assertFalse(Kernels.sequential(4096, 4096, 4096), "the count is a long: 2^36 does not overflow");
    }
}
