package com.backproplab.permalink;

/** A link that cannot be read, with a message for the person who opened it. */
public class PermalinkException extends Exception {
    public PermalinkException(String message) {
        super(message);
    }
}
