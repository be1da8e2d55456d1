package com.backproplab.permalink;

import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.FillRule;

/**
 * The part of what a user sees that is not the network: the selected cell (or null), the digits shown,
 * the colour scale, and the rule and seed for new cells.
 */
public record ViewState(CellRef selected, int digits, ColourScale heat, FillRule fill, long seed) {

    /** What the page starts with. */
    public static final ViewState DEFAULT = new ViewState(null, 5, ColourScale.OFF, FillRule.ZEROS, 42);

    public ViewState {
        if (digits < 2 || digits > 17) {
            throw new IllegalArgumentException("digits: expected 2 to 17, got " + digits);
        }
    }

    public ViewState withSelected(CellRef cell) {
        return new ViewState(cell, digits, heat, fill, seed);
    }
}
