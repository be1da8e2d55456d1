package com.backproplab.explorer;

import com.backproplab.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A resize whose new hidden units were filled with zeros: the network before it and the sizes asked for,
 * so that the same resize can be done again with small random values instead.
 *
 * @param before the network before the resize
 * @param sizes the layer sizes asked for
 * @param samples the number of samples asked for
 */
public record ZeroGrowth(Scenario before, List<Integer> sizes, int samples) {

    public ZeroGrowth {
        sizes = List.copyOf(sizes);
    }

    /** The growth of a resize of {@code before} to {@code sizes} with zeros, if it added hidden units. */
    public static Optional<ZeroGrowth> of(Scenario before, List<Integer> sizes, int samples) {
        ZeroGrowth g = new ZeroGrowth(before, sizes, samples);
        return g.grown().isEmpty() ? Optional.empty() : Optional.of(g);
    }

    /** One hidden layer (1-based, as in Z1) with its first new unit and its new size. */
    public record Grown(int layer, int from, int to) {}

    /** The hidden layers that gained units, in order. */
    public List<Grown> grown() {
        List<Integer> old = before.network().architecture().sizes();
        List<Grown> out = new ArrayList<>();
        for (int l = 1; l < sizes.size() - 1; l++) {
            // W_l keeps its old columns, even where they were the old output layer's.
            int had = l < old.size() ? old.get(l) : 0;
            if (sizes.get(l) > had) {
                out.add(new Grown(l, had, sizes.get(l)));
            }
        }
        return out;
    }
}
