// Scratch benchmark of multiply kernels for DD002 (issue 15); not part of the app. Run with bench/kernels/run.sh.
import java.util.*;
import java.util.stream.IntStream;

public class KernelBench {
    // ---- old: row at a time, 4 k at once
    static void oldMult(double[][] a, double[][] b, double[][] c) {
        for (int i = 0; i < a.length; i++) { Arrays.fill(c[i], 0); oldRow(a[i], b, c[i]); }
    }
    static void oldRow(double[] ai, double[][] b, double[] ci) {
        int n = b.length, k = 0;
        for (; k + 3 < n; k += 4) axpy4(ai[k], b[k], ai[k+1], b[k+1], ai[k+2], b[k+2], ai[k+3], b[k+3], ci);
        for (; k < n; k++) axpy(ai[k], b[k], ci);
    }
    static void axpy(double al, double[] x, double[] y) { for (int j = 0; j < y.length; j++) y[j] += al * x[j]; }
    static void axpy4(double a0, double[] x0, double a1, double[] x1, double a2, double[] x2, double a3, double[] x3, double[] y) {
        for (int j = 0; j < y.length; j++) y[j] += a0 * x0[j] + a1 * x1[j] + a2 * x2[j] + a3 * x3[j];
    }
    // ---- 4 rows x 4 k
    static void mult44(double[][] a, double[][] b, double[][] c) {
        int m = a.length, i = 0;
        for (; i + 3 < m; i += 4) {
            Arrays.fill(c[i], 0); Arrays.fill(c[i+1], 0); Arrays.fill(c[i+2], 0); Arrays.fill(c[i+3], 0);
            rows4(a[i], a[i+1], a[i+2], a[i+3], b, c[i], c[i+1], c[i+2], c[i+3]);
        }
        for (; i < m; i++) { Arrays.fill(c[i], 0); oldRow(a[i], b, c[i]); }
    }
    static void rows4(double[] a0, double[] a1, double[] a2, double[] a3, double[][] b, double[] c0, double[] c1, double[] c2, double[] c3) {
        int n = b.length, k = 0;
        for (; k + 3 < n; k += 4) {
            double[] b0 = b[k], b1 = b[k+1], b2 = b[k+2], b3 = b[k+3];
            double a00 = a0[k], a01 = a0[k+1], a02 = a0[k+2], a03 = a0[k+3];
            double a10 = a1[k], a11 = a1[k+1], a12 = a1[k+2], a13 = a1[k+3];
            double a20 = a2[k], a21 = a2[k+1], a22 = a2[k+2], a23 = a2[k+3];
            double a30 = a3[k], a31 = a3[k+1], a32 = a3[k+2], a33 = a3[k+3];
            for (int j = 0; j < c0.length; j++) {
                double x0 = b0[j], x1 = b1[j], x2 = b2[j], x3 = b3[j];
                c0[j] += a00 * x0 + a01 * x1 + a02 * x2 + a03 * x3;
                c1[j] += a10 * x0 + a11 * x1 + a12 * x2 + a13 * x3;
                c2[j] += a20 * x0 + a21 * x1 + a22 * x2 + a23 * x3;
                c3[j] += a30 * x0 + a31 * x1 + a32 * x2 + a33 * x3;
            }
        }
        for (; k < n; k++) { axpy(a0[k], b[k], c0); axpy(a1[k], b[k], c1); axpy(a2[k], b[k], c2); axpy(a3[k], b[k], c3); }
    }
    // ---- 2 rows x 4 k
    static void mult24(double[][] a, double[][] b, double[][] c) {
        int m = a.length, i = 0;
        for (; i + 1 < m; i += 2) {
            Arrays.fill(c[i], 0); Arrays.fill(c[i+1], 0);
            double[] a0 = a[i], a1 = a[i+1], c0 = c[i], c1 = c[i+1];
            int n = b.length, k = 0;
            for (; k + 3 < n; k += 4) {
                double[] b0 = b[k], b1 = b[k+1], b2 = b[k+2], b3 = b[k+3];
                double a00 = a0[k], a01 = a0[k+1], a02 = a0[k+2], a03 = a0[k+3];
                double a10 = a1[k], a11 = a1[k+1], a12 = a1[k+2], a13 = a1[k+3];
                for (int j = 0; j < c0.length; j++) {
                    double x0 = b0[j], x1 = b1[j], x2 = b2[j], x3 = b3[j];
                    c0[j] += a00 * x0 + a01 * x1 + a02 * x2 + a03 * x3;
                    c1[j] += a10 * x0 + a11 * x1 + a12 * x2 + a13 * x3;
                }
            }
            for (; k < n; k++) { axpy(a0[k], b[k], c0); axpy(a1[k], b[k], c1); }
        }
        for (; i < m; i++) { Arrays.fill(c[i], 0); oldRow(a[i], b, c[i]); }
    }
    static double[][] rnd(Random r, int m, int n) { double[][] x = new double[m][n]; for (double[] row : x) for (int j = 0; j < n; j++) row[j] = r.nextGaussian(); return x; }

    public static void main(String[] args) {
        Random r = new Random(1);
        int[][] shapes = { {1024, 64, 128}, {1024, 128, 10}, {1024, 10, 128}, {64, 1024, 128}, {150, 4, 8}, {150, 8, 3}, {8, 150, 3} };
        Map<String, Harness.K> ks = new LinkedHashMap<>();
        ks.put("old", KernelBench::oldMult); ks.put("4x4", KernelBench::mult44); ks.put("2x4", KernelBench::mult24);
        if (args.length > 0) ks.put("vec", VecBench::vec4);
        for (int[] s : shapes) {
            double[][] a = rnd(r, s[0], s[1]), b = rnd(r, s[1], s[2]);
            double[][] ref = new double[s[0]][s[2]];
            oldMult(a, b, ref);
            StringBuilder line = new StringBuilder(String.format("%5d x %5d x %4d GF/s:", s[0], s[1], s[2]));
            for (var e : ks.entrySet()) line.append("  ").append(e.getKey()).append(' ').append(Harness.time(e.getValue(), a, b, ref));
            System.out.println(line);
        }
    }
}
