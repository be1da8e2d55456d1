package com.backproplab.explorer;

import com.backproplab.math.Network;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.List;

/** The editable tables: X, Y and every weight and bias. */
public final class InputTables {

    private InputTables() {}

    public static List<CardGroup> of(Scenario s) {
        List<CardSpec> data = List.of(
                new CardSpec(
                        TableId.X,
                        "X",
                        "X, the inputs",
                        "One sample per row, one input per column.",
                        s.batch().x(),
                        true),
                new CardSpec(
                        TableId.Y,
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
                    TableId.weight(layer),
                    Tex.sub("W", layer),
                    "W" + layer + ", the weights of layer " + layer,
                    "Row i, column j: from unit i of " + (l == 0 ? "the inputs" : "layer " + l) + " to unit j of layer "
                            + layer + ".",
                    n.weight(l),
                    true));
            parameters.add(new CardSpec(
                    TableId.bias(layer),
                    Tex.sub("b", layer),
                    "b" + layer + ", the biases of layer " + layer,
                    "Added to every row of Z" + layer + ".",
                    n.bias(l),
                    true));
        }
        return List.of(new CardGroup("Samples", null, data), new CardGroup("Parameters", null, parameters));
    }
}
