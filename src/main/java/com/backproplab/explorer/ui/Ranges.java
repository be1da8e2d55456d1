package com.backproplab.explorer.ui;

import com.vaadin.flow.component.textfield.IntegerField;

/** Whole-number fields whose every error message says the allowed range. */
final class Ranges {

    private Ranges() {}

    /** {@code field} accepts {@code min} to {@code max} {@code what}, and says so when it does not. */
    static void whole(IntegerField field, int min, int max, String what) {
        String range = min == Integer.MIN_VALUE ? "a whole number" : min + " to " + max + " " + what;
        String message = "Enter " + range + ".";
        if (min != Integer.MIN_VALUE) {
            field.setMin(min);
            field.setMax(max);
        }
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(message)
                .setMinErrorMessage(message)
                .setMaxErrorMessage(message)
                .setRequiredErrorMessage(message));
    }
}
