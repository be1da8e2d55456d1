package com.backproplab.math;

/**
 * The loss as a function of one parameter w, every other parameter fixed: L(w) for the worked example's
 * tangent picture.
 *
 * <p>One forward pass of the network as it is, then each value of w costs only what it changes. With
 * Z_l = A_{l−1}·W_l + 1·b_l (A_0 = X, m × n_l), moving W_l[r, c] by Δ moves column c of Z_l by
 * Δ·A_{l−1}[:, r]; moving b_l[c] moves it by Δ. Through an element-wise f only column c of A_l moves, so
 * Z_{l+1} moves by the rank-one (A_l'[:, c] − A_l[:, c])·W_{l+1}[c, :], m × n_{l+2}; only the layers after
 * that are computed in full. On 3-64-64-2 with m = 88 a point of W2's curve costs about m·C operations
 * instead of a forward pass of 380,000 multiply-adds (issue #15, DD014).
 *
 * <p>The values agree with a full forward pass to rounding (the sums run in another order); at the parameter's
 * own value the curve is the forward pass's loss exactly.
 */
public final class LossCurve {

    private final Network network;
    private final Batch batch;
    private final ParameterRef ref;
    private final HiddenActivation hidden;
    private final OutputLayer output;
    private final int depth;
    private final int m;
    private final double[][] x;
    private final double[][] y;
    private final double[][][] w;
    private final double[][] b;
    /** Z_{l+1} and A_{l+1} of the network as it is, l = 0 … depth−1: m × n_{l+1}. */
    private final double[][][] z;

    private final double[][][] a;
    /** Work rows for the layers from the one after the parameter's: m × n_{l+1}. */
    private final double[][][] zMoved;

    private final double[][][] aMoved;
    private final double[] column;
    private final double parameter;
    private final double loss;

    private LossCurve(Network network, Batch batch, ParameterRef ref) {
        Architecture arch = network.architecture();
        batch.requireFits(arch);
        this.network = network;
        this.batch = batch;
        this.ref = ref;
        hidden = arch.hidden();
        output = arch.output();
        depth = arch.depth();
        m = batch.size();
        x = Matrices.toArray(batch.x());
        y = Matrices.toArray(batch.y());
        w = Trainer.copyWeights(network);
        b = Trainer.copyBiases(network);
        z = new double[depth][][];
        a = new double[depth][][];
        zMoved = new double[depth][][];
        aMoved = new double[depth][][];
        for (int l = 0; l < depth; l++) {
            int units = arch.sizes().get(l + 1);
            z[l] = new double[m][units];
            a[l] = new double[m][units];
            if (l > ref.layer()) {
                zMoved[l] = new double[m][units];
                aMoved[l] = new double[m][units];
            }
        }
        column = new double[m];
        parameter = network.parameter(ref);
        loss = forward();
    }

    /** The curve of {@code ref} through {@code network} on {@code batch}. */
    public static LossCurve of(Network network, Batch batch, ParameterRef ref) {
        return new LossCurve(network, batch, ref);
    }

    /** L with parameter {@code ref} set to each of {@code values}, the others as they are. */
    public static double[] along(Network network, Batch batch, ParameterRef ref, double[] values) {
        return of(network, batch, ref).at(values);
    }

    /** L at each of {@code values}. */
    public double[] at(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = at(values[i]);
        }
        return out;
    }

    /** L with the parameter set to {@code value}. */
    public double at(double value) {
        double delta = value - parameter;
        if (delta == 0) {
            return loss;
        }
        int l = ref.layer();
        double[][] in = l == 0 ? x : a[l - 1];
        int c = ref.col();
        for (int i = 0; i < m; i++) {
            column[i] = z[l][i][c] + (ref.bias() ? delta : delta * in[i][ref.row()]);
        }
        if (l == depth - 1) {
            return outputLossWithColumn(c);
        }
        // A_l moves in column c only; Z_{l+1} by that change times row c of W_{l+1}.
        double[] nextW = w[l + 1][c];
        for (int i = 0; i < m; i++) {
            double moved = hidden.apply(column[i]) - a[l][i][c];
            double[] from = z[l + 1][i];
            double[] to = zMoved[l + 1][i];
            for (int j = 0; j < to.length; j++) {
                to[j] = from[j] + moved * nextW[j];
            }
        }
        for (int k = l + 1; k < depth; k++) {
            if (k > l + 1) {
                Kernels.multAddRow(aMoved[k - 1], w[k], b[k], zMoved[k]);
            }
            activate(k, zMoved[k], aMoved[k]);
        }
        return meanLoss(zMoved[depth - 1], aMoved[depth - 1]);
    }

    /**
     * dL/dw at {@code value}, the others as they are: the analytic gradient by a backward pass, the one the
     * trace computes for that network.
     */
    public double slopeAt(double value) {
        Trainer trainer = Trainer.of(network.withParameter(ref, value), batch);
        trainer.forward();
        trainer.backward();
        int l = ref.layer();
        return ref.bias() ? trainer.db[l][ref.col()] : trainer.dw[l][ref.row()][ref.col()];
    }

    /** The forward pass of the network as it is, into z and a: its mean loss. */
    private double forward() {
        for (int l = 0; l < depth; l++) {
            Kernels.multAddRow(l == 0 ? x : a[l - 1], w[l], b[l], z[l]);
            activate(l, z[l], a[l]);
        }
        return meanLoss(z[depth - 1], a[depth - 1]);
    }

    /** The loss with the output layer's Z moved in column c to {@code column}: each sample's row anew. */
    private double outputLossWithColumn(int c) {
        double[] zRow = new double[z[depth - 1][0].length];
        double[] aRow = new double[zRow.length];
        double sum = 0;
        for (int i = 0; i < m; i++) {
            System.arraycopy(z[depth - 1][i], 0, zRow, 0, zRow.length);
            zRow[c] = column[i];
            output.activation().activateRow(zRow, aRow, 0, zRow.length);
            sum += output.sampleLoss(zRow, aRow, y[i], 0, zRow.length);
        }
        return sum / m;
    }

    private void activate(int l, double[][] zl, double[][] al) {
        for (int i = 0; i < m; i++) {
            if (l < depth - 1) {
                hidden.applyRow(zl[i], al[i]);
            } else {
                output.activation().activateRow(zl[i], al[i], 0, zl[i].length);
            }
        }
    }

    private double meanLoss(double[][] zOut, double[][] aOut) {
        double sum = 0;
        for (int i = 0; i < m; i++) {
            sum += output.sampleLoss(zOut[i], aOut[i], y[i], 0, zOut[i].length);
        }
        return sum / m;
    }
}
