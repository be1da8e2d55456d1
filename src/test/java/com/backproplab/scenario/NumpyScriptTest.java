package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.backproplab.math.BackpropTrace;
import com.backproplab.support.Tolerances;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exported NumPy script, run by a python3 with NumPy (Debian's, which {@code .ci/run} installs, or the
 * one on the PATH): its loss, every gradient and the next weights and biases equal the engine's. Where no
 * python3 with NumPy is found the test is skipped, except under CI ({@code CI=true}), where it fails.
 */
class NumpyScriptTest {

    /** Relative to the largest magnitude of each matrix (NumPy sums in another order): see Tolerances. */
    private static final double TOLERANCE = Tolerances.GOLDEN;

    private static final double ZERO = Tolerances.GOLDEN_ZERO;

    private static final Pattern LOSS = Pattern.compile("^L = (\\S+)$", Pattern.MULTILINE);
    private static final Pattern NUMBER =
            Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?|[-+]?inf|nan");

    @ParameterizedTest
    @ValueSource(strings = {"seed", "xor", "binary", "regression", "spirals", "dead-relu"})
    void the_exported_script_prints_the_engine_s_loss_gradients_and_next_parameters(String example, @TempDir Path dir)
            throws Exception {
        Optional<String> python = pythonWithNumpy();
        if (python.isEmpty() && "true".equals(System.getenv("CI"))) {
            fail("CI must run the NumPy comparison: install python3-numpy (.ci/run does)");
        }
        assumeTrue(python.isPresent(), "no python3 with numpy here");
        Scenario s = Gallery.byId(example).orElseThrow().scenario();
        Path script = dir.resolve("backprop_lab.py");
        Path output = dir.resolve("output.txt");
        Files.writeString(script, NumpyScript.of(s));
        Process p = new ProcessBuilder(python.get(), script.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 did not finish within 60 s");
        String out = Files.readString(output, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        BackpropTrace t = s.trace();
        Matcher m = LOSS.matcher(out);
        assertTrue(m.find(), out);
        assertEquals(
                t.forward().loss(),
                Double.parseDouble(m.group(1)),
                TOLERANCE * Math.max(1, t.forward().loss()));
        for (int l = 0; l < t.network().architecture().depth(); l++) {
            assertMatrix(out, "dW" + (l + 1), t.backward().dW(l));
            assertMatrix(out, "db" + (l + 1), t.backward().db(l));
            assertMatrix(out, "W" + (l + 1) + "_next", t.next().weight(l));
            assertMatrix(out, "b" + (l + 1) + "_next", t.next().bias(l));
        }
    }

    /** The matrix the script printed as {@code name =} followed by a NumPy array, against {@code expected}. */
    private static void assertMatrix(String out, String name, RealMatrix expected) {
        int at = out.indexOf("\n" + name + " =\n");
        assertTrue(at >= 0, name + " not printed:\n" + out);
        List<Double> values = new ArrayList<>();
        int rows = expected.getRowDimension();
        int cols = expected.getColumnDimension();
        Matcher numbers = NUMBER.matcher(out.substring(at + name.length() + 4));
        while (values.size() < rows * cols && numbers.find()) {
            values.add(Double.parseDouble(
                    numbers.group().replace("inf", "Infinity").replace("nan", "NaN")));
        }
        assertEquals(rows * cols, values.size(), name);
        double scale = 0;
        for (double[] row : expected.getData()) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double e = expected.getEntry(r, c);
                double a = values.get(r * cols + c);
                assertTrue(
                        Math.abs(a - e) <= TOLERANCE * scale + ZERO,
                        name + "[" + r + "," + c + "]: NumPy " + a + ", engine " + e);
            }
        }
    }

    /** Debian's python3 when it has NumPy, else the python3 on the PATH when it has, else none. */
    private static Optional<String> pythonWithNumpy() {
        for (String python : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(python, "-c", "import numpy")
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (IOException e) {
                // Not there: try the next one.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
