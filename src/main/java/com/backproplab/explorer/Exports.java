package com.backproplab.explorer;

import com.backproplab.scenario.NumpyScript;
import com.backproplab.scenario.OptimizerJson;
import com.backproplab.scenario.OptimizerSettings;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.databind.node.ObjectNode;

/** The files the page exports: the API request JSON, every table as CSV (zipped), a NumPy script. */
public final class Exports {

    private Exports() {}

    public static byte[] json(Scenario s) {
        return json(s, OptimizerSettings.PLAIN);
    }

    /** The request of {@code s} stepped with {@code settings}, which an import opens again as it was. */
    public static byte[] json(Scenario s, OptimizerSettings settings) {
        ObjectNode body = ScenarioJson.write(s);
        OptimizerJson.write(body, settings, s.network().architecture());
        return body.toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] numpy(Scenario s) {
        return NumpyScript.of(s).getBytes(StandardCharsets.UTF_8);
    }

    /** One CSV file per table, named after its data-matrix name, with full-precision values. */
    public static byte[] csvZip(List<CardGroup> groups) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (CardGroup g : groups) {
                for (CardSpec card : g.cards()) {
                    zip.putNextEntry(new ZipEntry(card.id().name() + ".csv"));
                    zip.write(csv(card.value()).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static String csv(RealMatrix m) {
        StringBuilder out = new StringBuilder();
        for (double[] row : m.getData()) {
            for (int j = 0; j < row.length; j++) {
                out.append(j == 0 ? "" : ",").append(Double.toString(row[j]));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
