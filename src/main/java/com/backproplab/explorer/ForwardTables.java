package com.backproplab.explorer;

import com.backproplab.math.Architecture;
import com.backproplab.math.BackpropTrace;
import com.backproplab.math.LossFunction;
import com.backproplab.math.Matrices;
import com.backproplab.math.OutputActivation;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.RealMatrix;

/** The forward pass: Z and A of every layer, Ŷ, and the loss of each sample. */
public final class ForwardTables {

    private ForwardTables() {}

    public static List<CardGroup> of(BackpropTrace t) {
        Architecture arch = t.network().architecture();
        List<CardGroup> groups = new ArrayList<>();
        for (int l = 0; l < arch.depth(); l++) {
            int layer = l + 1;
            boolean last = l == arch.depth() - 1;
            String z = "Z" + layer;
            String a = "A" + layer;
            CardSpec zCard = CardSpec.shown(
                    TableId.of(TableId.Kind.Z, layer),
                    Tex.sub("Z", layer) + " = " + Tex.input(layer) + " " + Tex.sub("W", layer) + " + "
                            + Tex.sub("b", layer),
                    z + ", the pre-activations of layer " + layer,
                    "Each row: the sample's " + (l == 0 ? "inputs" : "activations") + " times W" + layer + ", plus b"
                            + layer + ".",
                    t.forward().z().get(l));
            CardSpec aCard = last
                    ? CardSpec.shown(
                            TableId.of(TableId.Kind.A, layer),
                            "\\hat{Y} = " + Tex.sub("A", layer) + " = " + outputTex(arch, layer),
                            a + ", the outputs Ŷ",
                            outputNote(arch),
                            t.forward().a().get(l))
                    : CardSpec.shown(
                            TableId.of(TableId.Kind.A, layer),
                            Tex.sub("A", layer) + " = \\operatorname{"
                                    + arch.hidden().id().replace("_", "\\_") + "}(" + Tex.sub("Z", layer) + ")",
                            a + ", the activations of layer " + layer,
                            "The hidden activation applied to each element of " + z + ".",
                            t.forward().a().get(l));
            groups.add(new CardGroup(
                    last ? "Output layer " + layer : "Hidden layer " + layer, null, List.of(zCard, aCard)));
        }
        double[] perSample = t.forward().lossPerSample();
        double[][] column = new double[perSample.length][1];
        for (int k = 0; k < perSample.length; k++) {
            column[k][0] = perSample[k];
        }
        RealMatrix losses = Matrices.wrap(column);
        groups.add(new CardGroup(
                "Loss",
                null,
                List.of(CardSpec.shown(
                        TableId.LOSS,
                        lossTex(arch),
                        "the loss of each sample",
                        "The loss L is the mean of this column over the m = " + perSample.length + " samples.",
                        losses))));
        return groups;
    }

    private static String outputTex(Architecture arch, int layer) {
        return switch (arch.output().activation()) {
            case SOFTMAX -> "\\operatorname{softmax}(" + Tex.sub("Z", layer) + ")";
            case SIGMOID -> "\\sigma(" + Tex.sub("Z", layer) + ")";
            case LINEAR -> Tex.sub("Z", layer);
        };
    }

    private static String outputNote(Architecture arch) {
        return switch (arch.output().activation()) {
            case SOFTMAX ->
                "Each row is a probability distribution over the classes (computed with the row maximum"
                        + " subtracted, so large logits cannot overflow).";
            case SIGMOID -> "Each output is a probability of its own, between 0 and 1.";
            case LINEAR -> "The outputs are the pre-activations themselves.";
        };
    }

    static String lossTex(Architecture arch) {
        if (arch.output().loss() == LossFunction.MSE) {
            return "L_k = \\tfrac12 \\sum_j (\\hat{Y}_{kj} - Y_{kj})^2";
        }
        return arch.output().activation() == OutputActivation.SOFTMAX
                ? "L_k = -\\sum_j Y_{kj} \\log \\hat{Y}_{kj}"
                : "L_k = -\\sum_j \\left[Y_{kj} \\log \\hat{Y}_{kj} + (1 - Y_{kj}) \\log(1 - \\hat{Y}_{kj})\\right]";
    }
}
