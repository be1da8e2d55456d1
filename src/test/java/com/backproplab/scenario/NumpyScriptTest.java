package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.backproplab.math.BackpropTrace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exported NumPy script, run by python3 with NumPy where the machine has them. */
class NumpyScriptTest {

    private static final Pattern LOSS = Pattern.compile("^L = (\\S+)$", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"seed", "xor", "binary", "regression", "spirals", "dead-relu"})
    void the_exported_script_prints_the_engine_s_loss_and_gradients(String example, @TempDir Path dir)
            throws Exception {
        assumeTrue(hasNumpy(), "python3 with numpy is not installed here");
        Scenario s = Gallery.byId(example).orElseThrow().scenario();
        Path script = dir.resolve("backprop_lab.py");
        Files.writeString(script, NumpyScript.of(s));
        Process p = new ProcessBuilder("python3", script.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
        assertEquals(0, p.exitValue(), out);
        Matcher m = LOSS.matcher(out);
        assertTrue(m.find(), out);
        BackpropTrace t = s.trace();
        assertEquals(
                t.forward().loss(),
                Double.parseDouble(m.group(1)),
                1e-12 * Math.max(1, t.forward().loss()));
        assertTrue(out.contains("dW1 ="), out);
    }

    private static boolean hasNumpy() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import numpy")
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
