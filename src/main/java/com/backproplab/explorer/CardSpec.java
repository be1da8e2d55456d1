package com.backproplab.explorer;

import com.backproplab.scenario.TableId;
import org.apache.commons.math3.linear.RealMatrix;

/** What one card shows: its table, formula (LaTeX), accessible label and one line of explanation. */
public record CardSpec(TableId id, String tex, String label, String explanation, RealMatrix value, boolean editable) {

    static CardSpec shown(TableId id, String tex, String label, String explanation, RealMatrix value) {
        return new CardSpec(id, tex, label, explanation, value, false);
    }
}
