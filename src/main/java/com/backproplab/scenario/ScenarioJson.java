package com.backproplab.scenario;

import com.backproplab.math.Network;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a scenario, the request body of {@code /api/v1}: reading it into a {@link ScenarioInput}
 * (naming the field of any error) and writing a scenario back to it, for the API, export and import.
 */
public final class ScenarioJson {

    private ScenarioJson() {}

    /** The fields of a scenario, in the order {@link #write} writes them. */
    public static final List<String> FIELDS = List.of(
            "layers", "hiddenActivation", "outputActivation", "loss", "learningRate", "x", "y", "weights", "biases");

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * The JSON document of a request body or an imported file; an empty body, malformed JSON or a field
     * given twice is an {@link InvalidInputException} for {@code body} saying where, in words that name no
     * parser internals.
     */
    public static JsonNode parse(byte[] data) {
        if (data == null || new String(data, StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidInputException("body", "empty; expected a JSON object");
        }
        try {
            return JSON.readTree(data);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", describe(e));
        }
    }

    private static String describe(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1
                ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Duplicate Object property")) {
            int open = message.indexOf('"');
            int close = message.lastIndexOf('"');
            String name = open >= 0 && close > open ? message.substring(open + 1, close) : "?";
            return "the field '" + Echo.of(name) + "' appears more than once" + where;
        }
        if (message.contains("end-of-input")) {
            return "not a complete JSON document: it ends early" + where;
        }
        return "not a readable JSON document" + where;
    }

    /**
     * The scenario a body describes, unchecked; {@link ScenarioValidator} checks it. A field other than
     * {@link #FIELDS} and {@code extraFields} is refused rather than ignored, so that a misspelt name is
     * never silently dropped.
     */
    public static ScenarioInput read(JsonNode body, String... extraFields) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "expected a JSON object");
        }
        List<String> known = new ArrayList<>(FIELDS);
        known.addAll(List.of(extraFields));
        for (String name : body.propertyNames()) {
            if (!known.contains(name)) {
                throw new InvalidInputException(
                        Echo.of(name), "not a field of this request; the fields are " + String.join(", ", known));
            }
        }
        return new ScenarioInput(
                integers(body, "layers"),
                text(body, "hiddenActivation"),
                text(body, "outputActivation"),
                text(body, "loss"),
                number(body.get("learningRate"), "learningRate"),
                matrix(body.get("x"), "x"),
                matrix(body.get("y"), "y"),
                matrices(body, "weights"),
                matrices(body, "biases"));
    }

    /** The optional integer {@code field}, or null when it is absent. */
    public static Integer integer(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidInputException(field, "expected a whole number, got " + Echo.of(node.toString()));
        }
        return node.intValue();
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw new InvalidInputException(field, "expected a name in quotes, got " + Echo.of(node.toString()));
        }
        return node.stringValue();
    }

    private static List<Integer> integers(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        requireArray(node, field);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode v = node.get(i);
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new InvalidInputException(
                        field + "[" + i + "]", "expected a whole number, got " + Echo.of(v.toString()));
            }
            out.add(v.intValue());
        }
        return out;
    }

    private static List<double[][]> matrices(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        requireArray(node, field);
        List<double[][]> out = new ArrayList<>();
        for (int l = 0; l < node.size(); l++) {
            out.add(matrix(node.get(l), field + "[" + l + "]"));
        }
        return out;
    }

    private static double[][] matrix(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        requireArray(node, field);
        double[][] rows = new double[node.size()][];
        for (int i = 0; i < rows.length; i++) {
            JsonNode row = node.get(i);
            String rowField = field + "[" + i + "]";
            requireArray(row, rowField);
            rows[i] = new double[row.size()];
            for (int j = 0; j < rows[i].length; j++) {
                rows[i][j] = number(row.get(j), rowField + "[" + j + "]");
            }
        }
        return rows;
    }

    private static Double number(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return field.contains("[") ? failNumber(field, node) : null;
        }
        if (!node.isNumber()) {
            return failNumber(field, node);
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(field, "not a finite number (" + Echo.of(node.toString()) + ")");
        }
        return v;
    }

    private static Double failNumber(String field, JsonNode node) {
        throw new InvalidInputException(field, "not a finite number (got " + Echo.of(String.valueOf(node)) + ")");
    }

    private static void requireArray(JsonNode node, String field) {
        if (!node.isArray()) {
            throw new InvalidInputException(field, "expected a list, got " + Echo.of(node.toString()));
        }
    }

    /** {@code s} as a request body of {@code POST /api/v1/backprop}. */
    public static ObjectNode write(Scenario s) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        Network n = s.network();
        ObjectNode body = f.objectNode();
        ArrayNode layers = body.putArray("layers");
        n.architecture().sizes().forEach(layers::add);
        body.put("hiddenActivation", n.architecture().hidden().id());
        body.put("outputActivation", n.architecture().output().activation().id());
        body.put("loss", n.architecture().output().loss().id());
        body.put("learningRate", s.learningRate());
        body.set("x", rows(s.batch().x()));
        body.set("y", rows(s.batch().y()));
        ArrayNode w = body.putArray("weights");
        ArrayNode b = body.putArray("biases");
        for (int l = 0; l < n.architecture().depth(); l++) {
            w.add(rows(n.weight(l)));
            b.add(rows(n.bias(l)));
        }
        return body;
    }

    private static ArrayNode rows(RealMatrix m) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (double[] row : m.getData()) {
            ArrayNode r = out.addArray();
            for (double v : row) {
                r.add(v);
            }
        }
        return out;
    }
}
