package com.backproplab.explorer;

import com.backproplab.scenario.TableId;

/**
 * One reason a network cannot learn, or learns badly, as the page says it, with the table that shows it.
 *
 * @param headline what was found, in a few words, e.g. "hidden layer 1: units 0 and 2 are dead"
 * @param message the full sentence: what was found, why it matters, and what to do
 * @param table the table to look at
 */
public record Diagnostic(Kind kind, String headline, String message, TableId table) {

    /** What was found. */
    public enum Kind {
        /** ReLU units whose A is 0 for every sample. */
        DEAD_UNITS("dead-units"),
        /** Units of a layer with identical incoming and outgoing weights. */
        SYMMETRIC_UNITS("symmetric-units"),
        /** Sigmoid or tanh units whose f'(Z) is near 0 for every sample. */
        SATURATED_UNITS("saturated-units"),
        /** Steps that raised the loss. */
        LOSS_RAISED("loss-raised"),
        /** A step after which the loss was NaN or infinite. */
        LOSS_NOT_FINITE("loss-not-finite"),
        /** New hidden units filled with zeros. */
        GROWN_WITH_ZEROS("grown-with-zeros");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        /** The name the page gives it, in {@code data-diagnostic}. */
        public String id() {
            return id;
        }
    }
}
