package com.backproplab.explorer;

/** A one-off message about the last action: information, or an error (shown as one). */
public record Note(boolean error, String text) {

    /** Something worth knowing, such as what an example shows. */
    public static Note info(String text) {
        return new Note(false, text);
    }

    /** Something that went wrong: a link or file that could not be read, a paste that was refused. */
    public static Note error(String text) {
        return new Note(true, text);
    }
}
