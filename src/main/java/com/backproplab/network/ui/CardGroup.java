package com.backproplab.network.ui;

import java.util.List;

/** A titled row of cards, e.g. the tables of one layer; {@code note} is an optional line under the title. */
record CardGroup(String title, String note, List<CardSpec> cards) {

    CardGroup {
        cards = List.copyOf(cards);
    }
}
