package com.backproplab.explorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.StateTree;
import com.vaadin.flow.internal.change.NodeChange;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static List<NodeChange> changes(StateTree tree) {
        List<NodeChange> out = new ArrayList<>();
        tree.collectChanges(out::add);
        return out;
    }

    /** {@code span} in a UI, with the changes of putting it there already sent: the UI's state tree. */
    private static StateTree shown(Span span) {
        UI ui = new UI();
        ui.add(span);
        StateTree tree = ui.getInternals().getStateTree();
        changes(tree);
        return tree;
    }

    @Test
    void the_text_a_component_already_shows_sends_nothing_to_the_page_though_flow_alone_would_resend_it() {
        Span span = new Span("0.69527");
        StateTree tree = shown(span);

        Texts.set(span, "0.69527");
        assertEquals(List.of(), changes(tree));

        span.setText("0.69527");
        assertFalse(changes(tree).isEmpty(), "Flow's setText detaches and re-attaches the same text");
    }

    @Test
    void a_new_text_is_shown() {
        Span span = new Span("before");
        StateTree tree = shown(span);

        Texts.set(span, "after");
        assertEquals("after", span.getText());
        assertFalse(changes(tree).isEmpty());

        Texts.set(span, "");
        assertEquals("", span.getText());
    }
}
