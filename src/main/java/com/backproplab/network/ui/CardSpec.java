package com.backproplab.network.ui;

import org.apache.commons.math3.linear.RealMatrix;

/** What one card shows: its table, formula (LaTeX), accessible label and one line of explanation. */
record CardSpec(String name, String tex, String label, String explanation, RealMatrix value, boolean editable) {

    static CardSpec shown(String name, String tex, String label, String explanation, RealMatrix value) {
        return new CardSpec(name, tex, label, explanation, value, false);
    }
}
