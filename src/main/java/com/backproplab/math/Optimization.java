package com.backproplab.math;

import org.apache.commons.math3.linear.RealMatrix;

/**
 * How the steps are taken: the optimizer, weight decay λ ≥ 0 on the weights only (g = dW + λ·W, as PyTorch's
 * {@code weight_decay} given only the weight tensors; the loss gains (λ/2)·ΣW²) and the batch size b ≥ 1
 * (0 for the whole batch). Mini-batches are consecutive rows in order, the last one smaller, never
 * shuffled: step t (0-based: the number of steps taken before it) uses batch t mod ⌈m/b⌉, and its loss is
 * that batch's mean.
 */
public record Optimization(Optimizer optimizer, double weightDecay, int batchSize) {

    /** Full-batch plain gradient descent without decay: the worked example's step. */
    public static final Optimization PLAIN = new Optimization(Optimizer.gradientDescent(), 0, 0);

    public Optimization {
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new InvalidNetworkException("weightDecay: must be a finite number ≥ 0, got " + weightDecay);
        }
        if (batchSize < 0) {
            throw new InvalidNetworkException("batchSize: must be 0 (whole batch) or more, got " + batchSize);
        }
    }

    /** The rows [from, to) of one mini-batch, and its index among the ⌈m/b⌉ batches of an epoch. */
    public record Rows(int index, int count, int from, int to) {
        /** Whether this batch is every row. */
        public boolean whole(int m) {
            return from == 0 && to == m;
        }
    }

    /** The effective batch size for m samples: b, or m when b is 0 or larger than m. */
    public int size(int m) {
        return batchSize == 0 ? m : Math.min(batchSize, m);
    }

    /** The number of batches in one epoch, ⌈m/b⌉. */
    public int batches(int m) {
        int b = size(m);
        return (m + b - 1) / b;
    }

    /** The rows step t (0-based) uses: batch t mod ⌈m/b⌉. */
    public Rows rows(int m, int t) {
        int b = size(m);
        int count = batches(m);
        int index = Math.floorMod(t, count);
        return new Rows(index, count, index * b, Math.min(m, (index + 1) * b));
    }

    /** The samples of step t: rows {@link #rows} of X and Y (the batch itself when it is whole). */
    public Batch batch(Batch all, int t) {
        Rows r = rows(all.size(), t);
        if (r.whole(all.size())) {
            return all;
        }
        return new Batch(slice(all.x(), r), slice(all.y(), r));
    }

    private static RealMatrix slice(RealMatrix a, Rows r) {
        return a.getSubMatrix(r.from(), r.to() - 1, 0, a.getColumnDimension() - 1);
    }

    /** The penalty (λ/2)·ΣW² over every weight (not the biases); 0 without decay. */
    public double penalty(Network network) {
        if (weightDecay == 0) {
            return 0;
        }
        double sum = 0;
        for (RealMatrix w : network.weights()) {
            for (double[] row : Matrices.rows(w)) {
                sum += squares(row);
            }
        }
        return weightDecay / 2 * sum;
    }

    /** Σ_j w_j², in order. */
    static double squares(double[] row) {
        double sum = 0;
        for (double v : row) {
            sum += v * v;
        }
        return sum;
    }

    /** g = dW + λ·W, the gradient of the penalised loss; dW itself when λ is 0. */
    public RealMatrix decayed(RealMatrix dW, RealMatrix w) {
        return weightDecay == 0 ? dW : Matrices.zip(dW, w, this::decayed);
    }

    /** g = dw + λ·w for one element. */
    double decayed(double dw, double w) {
        return dw + weightDecay * w;
    }
}
