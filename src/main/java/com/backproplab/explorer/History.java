package com.backproplab.explorer;

import java.util.ArrayList;
import java.util.List;

/**
 * Undo and redo over states, as an immutable value: each change returns a new history. Bounded to
 * {@value #LIMIT} steps back, so that a long session does not grow without end.
 *
 * @param undo the states an undo returns to, the most recent last
 * @param redo the states a redo returns to, the most recent last
 */
public record History<T>(List<T> undo, List<T> redo) {

    static final int LIMIT = 100;

    public History {
        undo = List.copyOf(undo);
        redo = List.copyOf(redo);
    }

    /** A history with nothing to undo or redo. */
    public static <T> History<T> empty() {
        return new History<>(List.of(), List.of());
    }

    /** The history after a change away from {@code before}: it can be undone, and redo is forgotten. */
    public History<T> push(T before) {
        List<T> u = new ArrayList<>(undo);
        u.add(before);
        if (u.size() > LIMIT) {
            u.removeFirst();
        }
        return new History<>(u, List.of());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The state an undo returns to; only when {@link #canUndo()}. */
    public T previous() {
        return undo.getLast();
    }

    /** The state a redo returns to; only when {@link #canRedo()}. */
    public T following() {
        return redo.getLast();
    }

    /** The history after undoing from {@code current}, which redo then returns to. */
    public History<T> afterUndo(T current) {
        List<T> u = new ArrayList<>(undo);
        u.removeLast();
        List<T> r = new ArrayList<>(redo);
        r.add(current);
        return new History<>(u, r);
    }

    /** The history after redoing from {@code current}, which undo then returns to. */
    public History<T> afterRedo(T current) {
        List<T> r = new ArrayList<>(redo);
        r.removeLast();
        List<T> u = new ArrayList<>(undo);
        u.add(current);
        return new History<>(u, r);
    }
}
