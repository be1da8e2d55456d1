// Scratch benchmark of multiply kernels for DD002 (issue 15); not part of the app. Run with bench/kernels/run.sh.
import java.util.*;
import jdk.incubator.vector.*;

public class VecBench {
    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    static void oldMult(double[][] a, double[][] b, double[][] c) { KernelBench.oldMult(a, b, c); }

    // 4 rows of C in registers over all k, for each chunk of lanes; same order as the old kernel:
    // c += ((a0 x0 + a1 x1) + a2 x2) + a3 x3 per block of 4 k, single k's after.
    static void vec4(double[][] a, double[][] b, double[][] c) {
        int m = a.length, n = b.length, p = c.length == 0 ? 0 : c[0].length, i = 0;
        int bound = S.loopBound(p);
        for (; i + 3 < m; i += 4) {
            double[] a0 = a[i], a1 = a[i+1], a2 = a[i+2], a3 = a[i+3];
            double[] c0 = c[i], c1 = c[i+1], c2 = c[i+2], c3 = c[i+3];
            int j = 0;
            for (; j < bound; j += S.length()) {
                DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
                int k = 0;
                for (; k + 3 < n; k += 4) {
                    DoubleVector x0 = DoubleVector.fromArray(S, b[k], j), x1 = DoubleVector.fromArray(S, b[k+1], j),
                            x2 = DoubleVector.fromArray(S, b[k+2], j), x3 = DoubleVector.fromArray(S, b[k+3], j);
                    s0 = s0.add(x0.mul(a0[k]).add(x1.mul(a0[k+1])).add(x2.mul(a0[k+2])).add(x3.mul(a0[k+3])));
                    s1 = s1.add(x0.mul(a1[k]).add(x1.mul(a1[k+1])).add(x2.mul(a1[k+2])).add(x3.mul(a1[k+3])));
                    s2 = s2.add(x0.mul(a2[k]).add(x1.mul(a2[k+1])).add(x2.mul(a2[k+2])).add(x3.mul(a2[k+3])));
                    s3 = s3.add(x0.mul(a3[k]).add(x1.mul(a3[k+1])).add(x2.mul(a3[k+2])).add(x3.mul(a3[k+3])));
                }
                for (; k < n; k++) {
                    DoubleVector x = DoubleVector.fromArray(S, b[k], j);
                    s0 = s0.add(x.mul(a0[k])); s1 = s1.add(x.mul(a1[k])); s2 = s2.add(x.mul(a2[k])); s3 = s3.add(x.mul(a3[k]));
                }
                s0.intoArray(c0, j); s1.intoArray(c1, j); s2.intoArray(c2, j); s3.intoArray(c3, j);
            }
            for (; j < p; j++) {
                for (int r = 0; r < 4; r++) {
                    double[] ar = a[i + r]; double s = 0; int k = 0;
                    for (; k + 3 < n; k += 4) s += ar[k] * b[k][j] + ar[k+1] * b[k+1][j] + ar[k+2] * b[k+2][j] + ar[k+3] * b[k+3][j];
                    for (; k < n; k++) s += ar[k] * b[k][j];
                    c[i + r][j] = s;
                }
            }
        }
        for (; i < m; i++) { Arrays.fill(c[i], 0); KernelBench.oldRow(a[i], b, c[i]); }
    }

    public static void main(String[] args) {
        Random r = new Random(1);
        System.out.println("species " + S);
        int[][] shapes = { {1024, 64, 128}, {1024, 128, 10}, {1024, 10, 128}, {64, 1024, 128}, {150, 4, 8}, {150, 8, 3}, {8, 150, 3} };
        for (int[] s : shapes) {
            double[][] a = KernelBench.rnd(r, s[0], s[1]), b = KernelBench.rnd(r, s[1], s[2]);
            double[][] ref = new double[s[0]][s[2]];
            oldMult(a, b, ref);
            long macs = (long) s[0] * s[1] * s[2];
            int reps = (int) Math.max(1, 3e8 / macs);
            double[][] c = new double[s[0]][s[2]];
            for (int w = 0; w < 3; w++) for (int q = 0; q < reps / 3 + 1; q++) vec4(a, b, c);
            long t0 = System.nanoTime();
            for (int q = 0; q < reps; q++) vec4(a, b, c);
            double sec = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%5d x %5d x %4d:  vec4 %5.2f GF/s%s%n", s[0], s[1], s[2], 2.0 * macs * reps / sec / 1e9, Arrays.deepEquals(c, ref) ? "" : "(DIFF)");
        }
    }
}
