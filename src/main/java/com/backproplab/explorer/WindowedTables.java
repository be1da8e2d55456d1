package com.backproplab.explorer;

import com.backproplab.math.Network;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Which tables of a page are windowed (DD015): drawn only near the window, and there only the part in view, their
 * values sent only then (DD012–DD014). The page draws its smallest tables whole, all tables of one size together,
 * while they hold at most {@link #DRAWN_WHOLE} cells in all; every larger table is windowed. The cost of an edit
 * in the page follows the cells it draws, so this bounds it whatever the network's shape: a deep network of
 * many 16 × 16 tables is windowed as much as a wide one. The worked example's tables hold 270 cells in all: every
 * one is drawn whole.
 */
public final class WindowedTables {

    /** The cells the tables drawn whole may hold in all; alone, a table of more cells is always windowed. */
    public static final int DRAWN_WHOLE = 2500;

    private WindowedTables() {}

    /**
     * The most cells a table may have and be drawn whole, for tables of these {@code sizes} (cells each): the
     * largest size s such that every table of at most s cells holds at most {@link #DRAWN_WHOLE} in all; 0 when
     * even the smallest tables hold more. Sizes (1, 1, 4, 2,500): 4, since 1 + 1 + 4 + 2,500 > 2,500.
     */
    public static int drawnWholeUpTo(List<Integer> sizes) {
        int[] sorted = sizes.stream().mapToInt(Integer::intValue).sorted().toArray();
        long held = 0;
        int upTo = 0;
        int i = 0;
        while (i < sorted.length) {
            int size = sorted[i];
            long ofSize = 0;
            while (i < sorted.length && sorted[i] == size) {
                ofSize += size;
                i++;
            }
            if (held + ofSize > DRAWN_WHOLE) {
                break;
            }
            held += ofSize;
            upTo = size;
        }
        return upTo;
    }

    /**
     * The sizes of the page's tables: the cards of {@code groups}, and the gradient check's two tables (numeric,
     * relative error) for each parameter of {@code network}, which come later when the check runs apart.
     */
    public static List<Integer> sizes(Network network, List<List<CardGroup>> groups) {
        List<Integer> sizes = new ArrayList<>();
        for (List<CardGroup> section : groups) {
            for (CardGroup g : section) {
                g.cards().forEach(c -> sizes.add(cells(c.value())));
            }
        }
        for (int l = 0; l < network.architecture().depth(); l++) {
            for (RealMatrix p : Arrays.asList(network.weight(l), network.bias(l))) {
                sizes.add(cells(p));
                sizes.add(cells(p));
            }
        }
        return sizes;
    }

    private static int cells(RealMatrix m) {
        return m.getRowDimension() * m.getColumnDimension();
    }
}
