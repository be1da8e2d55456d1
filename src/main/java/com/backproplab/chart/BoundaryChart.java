package com.backproplab.chart;

import com.backproplab.math.Batch;
import com.backproplab.math.ForwardPass;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputActivation;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * For networks with 2 inputs: the network's answer over the input plane, as TensorFlow Playground draws it,
 * with the samples on it. The plane is a {@value #GRID}×{@value #GRID} heatmap of touching cells on hidden
 * category axes, under value axes with the same extent (the data with a margin), so it has no gaps. One
 * sigmoid output: ŷ from 0 to 1 on a labelled scale, and the ŷ = 0.5 contour. Softmax: each cell in the
 * colour of its most probable class, shaded by that probability; for 2 classes the p = 0.5 contour. Other
 * outputs: ŷ₀ on a scale from its smallest to its largest value.
 */
public final class BoundaryChart {

    static final int GRID = 48;

    /** The classes' colours; the samples use the same ones. */
    static final List<String> CLASS_COLOURS = List.of(
            "#3b82f6", "#ef4444", "#10b981", "#f59e0b", "#8b5cf6", "#ec4899", "#14b8a6", "#84cc16", "#f97316",
            "#6366f1");

    /** Confidence bands of the most probable class, and how much of the class's colour each takes. */
    private static final double[] BANDS = {0.6, 0.8};

    private static final double[] ALPHAS = {0.2, 0.42, 0.65};

    private BoundaryChart() {}

    /** Whether the picture applies: exactly two inputs. */
    public static boolean applies(Network n) {
        return n.architecture().inputs() == 2;
    }

    /** The plane's extent: {x₀ from, x₀ to, x₁ from, x₁ to}, the samples with a margin on every side. */
    static double[] extent(RealMatrix x) {
        double[] e = new double[4];
        for (int d = 0; d < 2; d++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < x.getRowDimension(); k++) {
                lo = Math.min(lo, x.getEntry(k, d));
                hi = Math.max(hi, x.getEntry(k, d));
            }
            double margin = Math.max(0.15 * (hi - lo), 0.25);
            e[2 * d] = lo - margin;
            e[2 * d + 1] = hi + margin;
        }
        return e;
    }

    /** The centre of cell {@code i} of {@value #GRID} between {@code lo} and {@code hi}. */
    static double centre(double lo, double hi, int i) {
        return lo + (hi - lo) * (i + 0.5) / GRID;
    }

    public static ObjectNode option(Network n, Batch batch) {
        RealMatrix x = batch.x();
        double[] e = extent(x);
        double[][] plane = new double[GRID * GRID][];
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                plane[i * GRID + j] = new double[] {centre(e[0], e[1], i), centre(e[2], e[3], j)};
            }
        }
        int outputs = n.architecture().outputs();
        RealMatrix yHat = ForwardPass.of(n, new Batch(Matrices.wrap(plane), Matrices.zeros(plane.length, outputs)))
                .yHat();
        OutputActivation activation = n.architecture().output().activation();
        Kind kind = activation == OutputActivation.SOFTMAX
                ? Kind.CLASSES
                : activation == OutputActivation.SIGMOID && outputs == 1 ? Kind.PROBABILITY : Kind.VALUE;
        ObjectNode o = Options.base(
                switch (kind) {
                    case CLASSES -> "Most probable class over the input plane";
                    case PROBABILITY -> "ŷ over the input plane";
                    case VALUE -> "ŷ₀ over the input plane";
                });
        o.remove("tooltip");
        o.putObject("tooltip").put("trigger", "item");
        ((ObjectNode) o.get("grid")).put("right", 96);
        o.putArray("xAxis")
                .add(hiddenCategories())
                .add(valueAxis("x₀", e[0], e[1]).put("position", "bottom"));
        o.putArray("yAxis")
                .add(hiddenCategories())
                .add(valueAxis("x₁", e[2], e[3])
                        .put("position", "left")
                        .put("nameGap", 40)
                        .put("nameRotate", 90));
        ArrayNode series = o.putArray("series");
        ObjectNode cells = series.addObject();
        cells.put("type", "heatmap").put("name", "the network's answer").put("silent", true);
        cells.put("xAxisIndex", 0).put("yAxisIndex", 0);
        ArrayNode data = cells.putArray("data");
        double[] level = new double[plane.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < plane.length; p++) {
            double[] row = yHat.getRow(p);
            double value;
            if (kind == Kind.CLASSES) {
                int c = argmax(row);
                value = c + band(row[c]) / (double) ALPHAS.length;
                level[p] = outputs == 2 ? row[1] : Double.NaN;
            } else {
                value = row[0];
                level[p] = row[0];
            }
            lo = Math.min(lo, value);
            hi = Math.max(hi, value);
            data.addArray().add(p / GRID).add(p % GRID).add(value);
        }
        o.set("visualMap", scale(kind, outputs, lo, hi));
        if (kind != Kind.VALUE && (kind == Kind.PROBABILITY || outputs == 2)) {
            series.add(contour(level, e, 0.5));
        }
        series.add(samples(batch, kind));
        return o;
    }

    private enum Kind {
        CLASSES,
        PROBABILITY,
        VALUE
    }

    private static ObjectNode hiddenCategories() {
        ObjectNode a = Options.object();
        a.put("type", "category").put("show", false);
        ArrayNode cells = a.putArray("data");
        for (int i = 0; i < GRID; i++) {
            cells.add(i);
        }
        return a;
    }

    private static ObjectNode valueAxis(String name, double min, double max) {
        ObjectNode a = Options.axis(name, min, max);
        a.putObject("splitLine").put("show", false);
        return a;
    }

    /** The confidence band of a most probable class's probability: 0, 1 or 2. */
    private static int band(double p) {
        int b = 0;
        while (b < BANDS.length && p >= BANDS[b]) {
            b++;
        }
        return b;
    }

    /** The colour scale, labelled: ŷ from 0 to 1, each class in its colour, or ŷ₀ from its least to its most. */
    private static ObjectNode scale(Kind kind, int outputs, double lo, double hi) {
        ObjectNode map = Options.object();
        map.put("seriesIndex", 0).put("right", 8).put("top", "middle").put("calculable", false);
        if (kind == Kind.CLASSES) {
            map.put("type", "piecewise").put("show", outputs <= 4).put("itemGap", 4);
            ArrayNode pieces = map.putArray("pieces");
            for (int c = 0; c < outputs; c++) {
                for (int b = ALPHAS.length - 1; b >= 0; b--) {
                    double from = c + b / (double) ALPHAS.length;
                    ObjectNode piece = pieces.addObject();
                    piece.put("gte", from - 1e-9).put("lt", from + 1e-9);
                    piece.put("color", tint(CLASS_COLOURS.get(c % CLASS_COLOURS.size()), ALPHAS[b]));
                    String p = b == 0 ? "p < " + BANDS[0] : "p ≥ " + BANDS[b - 1];
                    piece.put("label", b == ALPHAS.length - 1 ? "class " + c + ", " + p : p);
                }
            }
            return map;
        }
        boolean probability = kind == Kind.PROBABILITY;
        double min = probability ? 0 : lo;
        double max = probability ? 1 : Math.max(hi, lo + 1e-12);
        map.put("type", "continuous")
                .put("min", min)
                .put("max", max)
                .put("itemHeight", 120)
                .put("precision", 2);
        map.putArray("text").add(probability ? "ŷ = 1" : "ŷ₀ max").add(probability ? "ŷ = 0" : "ŷ₀ min");
        map.putObject("inRange")
                .putArray("color")
                .add(tint(CLASS_COLOURS.get(0), 0.6))
                .add("#f1f5f9")
                .add(tint(CLASS_COLOURS.get(1), 0.6));
        return map;
    }

    /** The curve where {@code level} crosses {@code at}, by marching squares over the cells' centres. */
    static ObjectNode contour(double[] level, double[] e, double at) {
        ObjectNode lines = Options.object();
        lines.put("type", "lines").put("name", "ŷ = 0.5").put("coordinateSystem", "cartesian2d");
        lines.put("xAxisIndex", 1).put("yAxisIndex", 1).put("silent", true).put("z", 3);
        lines.putObject("lineStyle").put("color", "#64748b").put("width", 2).put("opacity", 0.9);
        ArrayNode segments = lines.putArray("data");
        for (int i = 0; i + 1 < GRID; i++) {
            for (int j = 0; j + 1 < GRID; j++) {
                double[] cx = {centre(e[0], e[1], i), centre(e[0], e[1], i + 1)};
                double[] cy = {centre(e[2], e[3], j), centre(e[2], e[3], j + 1)};
                // Corners in order around the square: (i,j), (i+1,j), (i+1,j+1), (i,j+1).
                double[] v = {
                    level[i * GRID + j] - at,
                    level[(i + 1) * GRID + j] - at,
                    level[(i + 1) * GRID + j + 1] - at,
                    level[i * GRID + j + 1] - at
                };
                double[][] corner = {{cx[0], cy[0]}, {cx[1], cy[0]}, {cx[1], cy[1]}, {cx[0], cy[1]}};
                double[][] crossings = new double[4][];
                int found = 0;
                for (int k = 0; k < 4; k++) {
                    double a = v[k];
                    double b = v[(k + 1) % 4];
                    if (Double.isFinite(a) && Double.isFinite(b) && (a < 0) != (b < 0)) {
                        double t = a / (a - b);
                        double[] p = corner[k];
                        double[] q = corner[(k + 1) % 4];
                        crossings[found++] = new double[] {p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])};
                    }
                }
                for (int k = 0; k + 1 < found; k += 2) {
                    ArrayNode coords = segments.addObject().putArray("coords");
                    coords.addArray().add(crossings[k][0]).add(crossings[k][1]);
                    coords.addArray().add(crossings[k + 1][0]).add(crossings[k + 1][1]);
                }
            }
        }
        return lines;
    }

    private static ObjectNode samples(Batch batch, Kind kind) {
        RealMatrix x = batch.x();
        ObjectNode samples = Options.object();
        samples.put("type", "scatter")
                .put("name", "samples")
                .put("symbolSize", 10)
                .put("z", 4);
        samples.put("xAxisIndex", 1).put("yAxisIndex", 1);
        samples.putObject("itemStyle").put("borderColor", "#ffffff").put("borderWidth", 1.5);
        ArrayNode points = samples.putArray("data");
        for (int k = 0; k < x.getRowDimension(); k++) {
            double label = kind == Kind.CLASSES
                    ? argmax(batch.y().getRow(k))
                    : batch.y().getEntry(k, 0);
            int colour = kind == Kind.CLASSES ? (int) label : label >= 0.5 ? 1 : 0;
            ObjectNode point = points.addObject();
            point.putArray("value").add(x.getEntry(k, 0)).add(x.getEntry(k, 1)).add(label);
            point.putObject("itemStyle").put("color", CLASS_COLOURS.get(colour % CLASS_COLOURS.size()));
        }
        return samples;
    }

    /**
     * {@code hex} mixed with white, {@code share} of it the colour: opaque, so neighbouring cells leave no
     * seams, and light enough for the samples on top in either theme.
     */
    static String tint(String hex, double share) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int[] c = {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255};
        for (int i = 0; i < 3; i++) {
            c[i] = (int) Math.round(255 - share * (255 - c[i]));
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
    }

    private static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            best = row[j] > row[best] ? j : best;
        }
        return best;
    }
}
