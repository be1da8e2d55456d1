package com.backproplab.network.ui;

import com.backproplab.math.Network;
import com.backproplab.network.Scenario;
import com.backproplab.network.Tables;
import java.util.ArrayList;
import java.util.List;

/** The editable tables: X, Y and every weight and bias. */
final class InputTables {

    private InputTables() {}

    static List<CardGroup> of(Scenario s) {
        List<CardSpec> data = List.of(
                new CardSpec(
                        "X",
                        "X",
                        "X, the inputs",
                        "One sample per row, one input per column.",
                        s.batch().x(),
                        true),
                new CardSpec(
                        "Y",
                        "Y",
                        "Y, the labels",
                        "The targets of each sample, one column per output.",
                        s.batch().y(),
                        true));
        List<CardSpec> parameters = new ArrayList<>();
        Network n = s.network();
        for (int l = 0; l < n.architecture().depth(); l++) {
            int layer = l + 1;
            parameters.add(new CardSpec(
                    Tables.weight(l),
                    Tex.sub("W", layer),
                    "W" + layer + ", the weights of layer " + layer,
                    "Row i, column j: from unit i of " + (l == 0 ? "the inputs" : "layer " + l) + " to unit j of layer "
                            + layer + ".",
                    n.weight(l),
                    true));
            parameters.add(new CardSpec(
                    Tables.bias(l),
                    Tex.sub("b", layer),
                    "b" + layer + ", the biases of layer " + layer,
                    "Added to every row of Z" + layer + ".",
                    n.bias(l),
                    true));
        }
        return List.of(new CardGroup("Samples", null, data), new CardGroup("Parameters", null, parameters));
    }
}
