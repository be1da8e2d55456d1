// Scratch benchmark of multiply kernels for DD002 (issue 15); not part of the app. Run with bench/kernels/run.sh.
import java.util.*;
public class Harness {
    interface K { void run(double[][] a, double[][] b, double[][] c); }
    /** GFLOP/s: warm up ~0.8 s, then best of 5 runs of ~0.15 s. */
    static String time(K k, double[][] a, double[][] b, double[][] ref) {
        int m = a.length, n = b.length, p = ref[0].length;
        double[][] c = new double[m][p];
        long macs = (long) m * n * p;
        long end = System.nanoTime() + 800_000_000L;
        while (System.nanoTime() < end) k.run(a, b, c);
        int reps = (int) Math.max(1, 2e7 / macs);
        double best = 0;
        for (int r = 0; r < 5; r++) {
            long t0 = System.nanoTime(); int q = 0;
            while (System.nanoTime() - t0 < 150_000_000L) { for (int z = 0; z < reps; z++) k.run(a, b, c); q += reps; }
            best = Math.max(best, 2.0 * macs * q / ((System.nanoTime() - t0) / 1e9) / 1e9);
        }
        return String.format("%6.2f%s", best, Arrays.deepEquals(c, ref) ? "" : "(DIFF)");
    }
}
