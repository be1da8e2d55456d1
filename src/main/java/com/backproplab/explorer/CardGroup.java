package com.backproplab.explorer;

import java.util.List;

/** A titled row of cards, e.g. the tables of one layer; {@code note} is an optional line under the title. */
public record CardGroup(String title, String note, List<CardSpec> cards) {

    public CardGroup {
        cards = List.copyOf(cards);
    }
}
