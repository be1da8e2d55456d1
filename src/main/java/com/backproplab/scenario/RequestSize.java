package com.backproplab.scenario;

import java.util.List;

/**
 * The numbers (doubles, 8 bytes each) that a request or a page holds for a network, counted from its
 * layer sizes and samples before anything is built, so that a budget can refuse the work before it starts.
 * Counts are doubles: they may pass the range of an int.
 */
public final class RequestSize {

    private RequestSize() {}

    /**
     * A trace: X and Y; Z, A, dA, dZ and f'(Z) of every layer; dL/dŶ and dZ_L by both routes; W, b, dW, db
     * and the next W and b; and, if {@code jacobians}, the m·C² softmax Jacobians.
     */
    public static double trace(List<Integer> sizes, int m, boolean jacobians) {
        int c = sizes.getLast();
        return (double) m * (sizes.getFirst() + c)
                + 5.0 * m * units(sizes)
                + 3.0 * m * c
                + (jacobians ? jacobians(sizes, m) : 0)
                + 4.0 * parameters(sizes);
    }

    /** The per-sample softmax Jacobians: m·C². */
    public static double jacobians(List<Integer> sizes, int m) {
        return (double) m * sizes.getLast() * sizes.getLast();
    }

    /** A gradient check beside a trace: the trainer's buffers and the numeric and error tables. */
    public static double check(List<Integer> sizes, int m) {
        return training(sizes, m, 0) + 2.0 * parameters(sizes);
    }

    /**
     * A training run: X and Y, the trainer's Z, A, dZ and dA of every layer and dL/dŶ, W, Wᵀ, dW (and the
     * biases alike), and the loss history of {@code steps} + 1 values.
     */
    public static double training(List<Integer> sizes, int m, int steps) {
        int c = sizes.getLast();
        return (double) m * (sizes.getFirst() + c)
                + 4.0 * m * units(sizes)
                + (double) m * c
                + 4.0 * parameters(sizes)
                + steps
                + 1;
    }

    /**
     * What a page shows: the trace with its Jacobians, the step's three tables (old, −α·dW, new) and the
     * gradient check's two (numeric, relative error) for every parameter.
     */
    public static double page(List<Integer> sizes, int m) {
        return trace(sizes, m, true) + 5.0 * parameters(sizes);
    }

    /** Why one page may not show a network of these sizes on {@code m} samples, or empty when it may. */
    public static java.util.Optional<String> pageProblem(List<Integer> sizes, int m, Limits limits) {
        double values = page(sizes, m);
        if (values <= limits.maxPageValues()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(
                java.util.Locale.ROOT,
                "a %s network on %d samples fills its tables with %.3g numbers; one page shows at most %d. Use"
                        + " fewer samples or smaller layers, or post the JSON to the API.",
                LayerSizes.format(sizes),
                m,
                values,
                limits.maxPageValues()));
    }

    private static double units(List<Integer> sizes) {
        double units = 0;
        for (int l = 1; l < sizes.size(); l++) {
            units += sizes.get(l);
        }
        return units;
    }

    private static double parameters(List<Integer> sizes) {
        double p = 0;
        for (int l = 1; l < sizes.size(); l++) {
            p += (sizes.get(l - 1) + 1.0) * sizes.get(l);
        }
        return p;
    }
}
