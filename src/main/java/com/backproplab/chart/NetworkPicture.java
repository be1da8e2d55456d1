package com.backproplab.chart;

import com.backproplab.math.BackpropTrace;
import com.backproplab.math.Network;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The numbers of the picture of the network: its units in columns (inputs, each hidden layer, outputs), each
 * weight W_l[i, j] an edge from unit i of layer l−1 to unit j of layer l, coloured by its sign and as wide as
 * its magnitude, each bias b_l[0, j] the fill of unit j; or, in the gradient view, dW and db instead. A layer
 * pair with more than {@value #MOST_EDGES} weights shows its {@value #MOST_EDGES} largest, so the picture stays
 * readable (and small) up to 64 units a layer. The selected cell's edge or unit is marked: a cell of W, dW or
 * their variants marks its edge; a cell of b, Z, A, dA, dZ, f′ or db marks its unit (a column of X or Y marks an
 * input or output unit).
 */
public final class NetworkPicture {

    /** The most edges drawn between two layers. */
    static final int MOST_EDGES = 512;

    private NetworkPicture() {}

    /**
     * The picture of {@code t}'s network.
     *
     * @param gradients whether edges and units show dW and db (else W and b)
     * @param selected the page's selected cell, or null
     */
    public static ObjectNode of(BackpropTrace t, boolean gradients, CellRef selected) {
        Network n = t.network();
        List<Integer> sizes = n.architecture().sizes();
        int layers = sizes.size() - 1;
        ObjectNode o = Options.object();
        o.put("mode", gradients ? "dW" : "W");
        ArrayNode units = o.putArray("layers");
        double scale = 0;
        for (int l = 0; l <= layers; l++) {
            ObjectNode layer = units.addObject();
            layer.put("name", l == 0 ? "inputs" : l == layers ? "outputs" : "hidden layer " + l);
            layer.put("size", sizes.get(l));
            layer.put("cell", l == 0 ? "X" : (gradients ? "db" : "b") + l);
            if (l > 0) {
                RealMatrix b = gradients ? t.backward().db(l - 1) : n.bias(l - 1);
                ArrayNode bias = layer.putArray("bias");
                for (int j = 0; j < sizes.get(l); j++) {
                    bias.add((float) b.getEntry(0, j));
                    scale = Math.max(scale, Math.abs(b.getEntry(0, j)));
                }
            }
        }
        ArrayNode edges = o.putArray("edges");
        for (int l = 1; l <= layers; l++) {
            RealMatrix w = gradients ? t.backward().dW(l - 1) : n.weight(l - 1);
            ObjectNode pair = edges.addObject();
            pair.put("table", (gradients ? "dW" : "W") + l);
            pair.put("total", w.getRowDimension() * w.getColumnDimension());
            ArrayNode shown = pair.putArray("shown");
            for (int[] e : largest(w)) {
                double v = w.getEntry(e[0], e[1]);
                shown.addArray().add(e[0]).add(e[1]).add((float) v);
                scale = Math.max(scale, Math.abs(v));
            }
        }
        o.put("scale", (float) scale);
        if (selected != null) {
            mark(o, selected, layers);
        }
        return o;
    }

    /**
     * The indices [i, j] of {@code w}'s entries, at most {@value #MOST_EDGES} of them, the largest |w| first, ties
     * in row order (a NaN counts as the smallest). Those above the {@value #MOST_EDGES}th largest magnitude are
     * found from one sort of the magnitudes, and only they are ordered: a 64 × 64 layer's 4,096 weights on every
     * edit cost 40 times less than sorting all of them by a comparator that reads the matrix (DD014).
     */
    static List<int[]> largest(RealMatrix w) {
        int rows = w.getRowDimension();
        int cols = w.getColumnDimension();
        double[] magnitude = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double m = Math.abs(w.getEntry(i, j));
                magnitude[i * cols + j] = Double.isNaN(m) ? -1 : m;
            }
        }
        List<Integer> kept = new ArrayList<>();
        if (magnitude.length <= MOST_EDGES) {
            for (int k = 0; k < magnitude.length; k++) {
                kept.add(k);
            }
            return cells(kept, cols);
        }
        double[] sorted = magnitude.clone();
        Arrays.sort(sorted);
        double threshold = sorted[sorted.length - MOST_EDGES];
        int above = 0;
        for (double m : magnitude) {
            above += m > threshold ? 1 : 0;
        }
        int ties = MOST_EDGES - above;
        for (int k = 0; k < magnitude.length; k++) {
            if (magnitude[k] > threshold || (magnitude[k] == threshold && ties-- > 0)) {
                kept.add(k);
            }
        }
        kept.sort(Comparator.comparingDouble((Integer k) -> -magnitude[k]));
        return cells(kept, cols);
    }

    private static List<int[]> cells(List<Integer> indices, int cols) {
        List<int[]> out = new ArrayList<>(indices.size());
        for (int k : indices) {
            out.add(new int[] {k / cols, k % cols});
        }
        return out;
    }

    /** Marks the selected cell's edge ([layer, i, j]) or unit ([layer, j]). */
    private static void mark(ObjectNode o, CellRef c, int layers) {
        TableId t = c.table();
        switch (t.kind()) {
            case W, DW -> o.putArray("edge").add(t.layer()).add(c.row()).add(c.col());
            case A ->
                o.putArray("unit").add(t.layer()).add(t.variant() == TableId.Variant.TRANSPOSED ? c.row() : c.col());
            case B, DB, Z, DA, DZ, FPRIME -> o.putArray("unit").add(t.layer()).add(c.col());
            case X -> o.putArray("unit").add(0).add(c.col());
            case Y -> o.putArray("unit").add(layers).add(c.col());
            default -> {
                // A Jacobian or the loss belongs to no one unit or edge.
            }
        }
    }
}
