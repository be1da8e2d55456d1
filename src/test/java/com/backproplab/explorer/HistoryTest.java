package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {

    @Test
    void undo_returns_the_states_in_reverse_and_redo_walks_them_forward_again() {
        History<String> h = History.<String>empty().push("a").push("b");
        assertEquals("b", h.previous());
        History<String> undone = h.afterUndo("c");
        assertEquals("a", undone.previous());
        assertEquals("c", undone.following());
        History<String> redone = undone.afterRedo("b");
        assertEquals("b", redone.previous());
        assertFalse(redone.canRedo());
    }

    @Test
    void a_new_change_forgets_what_redo_had() {
        History<String> h = History.<String>empty().push("a").afterUndo("b").push("x");
        assertFalse(h.canRedo());
        assertEquals("x", h.previous());
    }

    @Test
    void it_keeps_the_last_hundred_states() {
        History<Integer> h = History.empty();
        for (int i = 0; i < 150; i++) {
            h = h.push(i);
        }
        assertEquals(100, h.undo().size());
        assertEquals(50, h.undo().getFirst());
        assertEquals(149, h.previous());
    }

    @Test
    void a_history_is_a_value_that_a_change_does_not_touch() {
        History<String> before = History.<String>empty().push("a");
        before.push("b");
        assertEquals(List.of("a"), before.undo());
        assertTrue(before.canUndo());
    }
}
