package com.backproplab.scenario;

import java.util.List;

/**
 * What a training run costs, in units of one multiply-add of the matrix products: per step and layer l,
 * m·(n_{l−1}·n_l + {@value #PER_UNIT}·n_l + {@value #PER_ROW}) + {@value #PER_LAYER}, where the three
 * overheads stand for the element work per unit (activation, its derivative, bias, update), the work per
 * row of a layer, and per layer. Counting weights alone charged thin networks 49 times less per second of
 * work than wide ones; with the overheads, a unit costs 0.37–0.57 ns on every shape measured (spread
 * 1.6×), as {@code bench/training-cost.sh} prints (docs/decisions/DD004-training-budget.md).
 */
public final class TrainingCost {

    /** Units per sample and unit of a layer, per step. */
    public static final double PER_UNIT = 16;

    /** Units per sample and layer, per step: the overhead of a row of a layer whatever its width. */
    public static final double PER_ROW = 40;

    /** Units per layer, per step. */
    public static final double PER_LAYER = 60;

    private TrainingCost() {}

    /** The cost of {@code steps} steps of a network of these layer sizes on {@code m} samples. */
    public static double of(List<Integer> sizes, int m, long steps) {
        return steps * perStep(sizes, m);
    }

    /** The cost of one step. */
    public static double perStep(List<Integer> sizes, int m) {
        double step = 0;
        for (int l = 0; l + 1 < sizes.size(); l++) {
            double in = sizes.get(l);
            double out = sizes.get(l + 1);
            step += (double) m * (in * out + PER_UNIT * out + PER_ROW) + PER_LAYER;
        }
        return step;
    }
}
