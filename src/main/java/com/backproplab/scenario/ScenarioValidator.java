package com.backproplab.scenario;

import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.InvalidNetworkException;
import com.backproplab.math.LossFunction;
import com.backproplab.math.Matrices;
import com.backproplab.math.Named;
import com.backproplab.math.Network;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.math3.linear.RealMatrix;

/** Checks a {@link ScenarioInput} once, at the boundary, into an immutable {@link Scenario}. */
public final class ScenarioValidator {

    private final Limits limits;

    public ScenarioValidator(Limits limits) {
        this.limits = limits;
    }

    /** The scenario, or an {@link InvalidInputException} naming the first field or cell that is wrong. */
    public Scenario validate(ScenarioInput in) {
        Architecture architecture = architecture(in);
        List<Integer> sizes = architecture.sizes();
        double[][] x = require("x", in.x());
        int m = x.length;
        if (m < 1 || m > limits.maxSamples()) {
            throw new InvalidInputException("x", "expected 1 to " + limits.maxSamples() + " samples (rows), got " + m);
        }
        RealMatrix xm = matrix("x", x, m, architecture.inputs());
        RealMatrix ym = matrix("y", require("y", in.y()), m, architecture.outputs());
        List<RealMatrix> w = new ArrayList<>();
        List<RealMatrix> b = new ArrayList<>();
        List<double[][]> weights = require("weights", in.weights());
        List<double[][]> biases = require("biases", in.biases());
        count("weights", weights, architecture.depth());
        count("biases", biases, architecture.depth());
        for (int l = 0; l < architecture.depth(); l++) {
            w.add(matrix(
                    "weights[" + l + "]",
                    require("weights[" + l + "]", weights.get(l)),
                    sizes.get(l),
                    sizes.get(l + 1)));
            b.add(matrix("biases[" + l + "]", require("biases[" + l + "]", biases.get(l)), 1, sizes.get(l + 1)));
        }
        return new Scenario(new Network(architecture, w, b), new Batch(xm, ym), learningRate(in.learningRate()));
    }

    /** Fails unless {@code steps} is within 1 … maxSteps and the run's cost within the training budget. */
    public void requireTrainable(Scenario scenario, Integer steps) {
        if (steps == null) {
            throw new InvalidInputException("steps", "missing");
        }
        new TrainingBudget(limits).problem(scenario, steps).ifPresent(problem -> {
            throw new InvalidInputException("steps", problem);
        });
    }

    private Architecture architecture(ScenarioInput in) {
        List<Integer> layers = require("layers", in.layers());
        int hidden = layers.size() - 2;
        if (hidden < 1 || hidden > limits.maxHiddenLayers()) {
            throw new InvalidInputException(
                    "layers",
                    "expected inputs, 1 to " + limits.maxHiddenLayers() + " hidden layers and outputs, got " + layers);
        }
        for (int i = 0; i < layers.size(); i++) {
            Integer units = layers.get(i);
            if (units == null || units < 1 || units > limits.maxUnits()) {
                throw new InvalidInputException(
                        "layers[" + i + "]", "expected 1 to " + limits.maxUnits() + " units, got " + units);
            }
        }
        HiddenActivation hiddenActivation = HiddenActivation.byId(require("hiddenActivation", in.hiddenActivation()))
                .orElseThrow(() -> unknown("hiddenActivation", in.hiddenActivation(), ids(HiddenActivation.values())));
        OutputActivation output = OutputActivation.byId(require("outputActivation", in.outputActivation()))
                .orElseThrow(() -> unknown("outputActivation", in.outputActivation(), ids(OutputActivation.values())));
        LossFunction loss = LossFunction.byId(require("loss", in.loss()))
                .orElseThrow(() -> unknown("loss", in.loss(), ids(LossFunction.values())));
        try {
            return new Architecture(layers, hiddenActivation, new OutputLayer(output, loss));
        } catch (InvalidNetworkException e) {
            throw new InvalidInputException("loss", e.getMessage());
        }
    }

    private static double learningRate(Double alpha) {
        if (alpha == null) {
            throw new InvalidInputException("learningRate", "missing");
        }
        if (!Double.isFinite(alpha) || alpha < 0) {
            throw new InvalidInputException("learningRate", "expected a finite number ≥ 0, got " + alpha);
        }
        return alpha;
    }

    private static RealMatrix matrix(String field, double[][] rows, int r, int c) {
        int width = rows.length == 0 || rows[0] == null ? 0 : rows[0].length;
        for (int i = 1; i < rows.length; i++) {
            int length = rows[i] == null ? 0 : rows[i].length;
            if (length != width) {
                throw new InvalidInputException(
                        field,
                        "expected " + r + "×" + c + ", but row " + i + " has " + length + " values, not " + width);
            }
        }
        if (rows.length != r || width != c) {
            throw new InvalidInputException(field, "expected " + r + "×" + c + ", got " + rows.length + "×" + width);
        }
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if (!Double.isFinite(rows[i][j])) {
                    throw new InvalidInputException(
                            field + "[" + i + "][" + j + "]", "not a finite number (" + rows[i][j] + ")");
                }
            }
        }
        double[][] copy = new double[r][];
        for (int i = 0; i < r; i++) {
            copy[i] = rows[i].clone();
        }
        return Matrices.wrap(copy);
    }

    private static void count(String field, List<?> list, int expected) {
        if (list.size() != expected) {
            throw new InvalidInputException(
                    field, "expected " + expected + " matrices, one per layer, got " + list.size());
        }
    }

    private static <T> T require(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "missing");
        }
        return value;
    }

    private static InvalidInputException unknown(String field, String value, String allowed) {
        return new InvalidInputException(field, "unknown name '" + Echo.of(value) + "'; allowed: " + allowed);
    }

    private static String ids(Named[] values) {
        return Arrays.stream(values).map(Named::id).collect(Collectors.joining(", "));
    }
}
