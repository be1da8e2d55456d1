package com.backproplab.network;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Undo and redo over states, bounded so that a long session does not grow without end. */
public final class History<T> {

    private static final int LIMIT = 100;
    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();

    /** Remembers {@code before} as the state an undo returns to, and forgets what redo had. */
    public void push(T before) {
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The state before the last change, given the current one (which redo then returns to). */
    public Optional<T> undo(T current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        return Optional.of(undo.pop());
    }

    /** The state the last undo left, given the current one. */
    public Optional<T> redo(T current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        return Optional.of(redo.pop());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }
}
