package com.backproplab.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The PyTorch (float64) values of the seed example, from {@code golden/seed-example-golden.json}. */
public final class Golden {

    private static final JsonNode ROOT = load();

    private Golden() {}

    private static JsonNode load() {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/seed-example-golden.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The matrix at {@code section.name}, e.g. {@code forward.Z1}. */
    public static double[][] matrix(String section, String name) {
        return toMatrix(ROOT.get(section).get(name));
    }

    /** The number at {@code section.name}. */
    public static double number(String section, String name) {
        return ROOT.get(section).get(name).asDouble();
    }

    /** The vector at {@code section.name}. */
    public static double[] vector(String section, String name) {
        JsonNode node = ROOT.get(section).get(name);
        double[] out = new double[node.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = node.get(i).asDouble();
        }
        return out;
    }

    /** The k-th softmax Jacobian. */
    public static double[][] jacobian(int k) {
        return toMatrix(ROOT.get("backward").get("softmaxJacobianPerSample").get(k));
    }

    private static double[][] toMatrix(JsonNode node) {
        double[][] out = new double[node.size()][];
        for (int i = 0; i < out.length; i++) {
            JsonNode row = node.get(i);
            out[i] = new double[row.size()];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = row.get(j).asDouble();
            }
        }
        return out;
    }
}
