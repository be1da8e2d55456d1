package com.backproplab.explorer;

import com.backproplab.math.Architecture;
import com.backproplab.math.BackpropTrace;
import com.backproplab.math.BackwardPass;
import com.backproplab.math.LayerGradients;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.List;

/**
 * The backward pass in the chapter's order: dL/dA_L, the softmax Jacobians, dL/dZ_L by the chain and by the
 * fused formula, ∂Z_L/∂W_L, dW_L and db_L; then dA, f'(Z), dZ, dW and db of every hidden layer.
 */
public final class BackwardTables {

    /** Where the 1/m of the mean belongs, and the chapter's slips about it. */
    static final String ONE_OVER_M = "Where the 1/m belongs: L is the mean of the m per-sample losses, so 1/m"
            + " enters once, in dL/dA (and so in dZ); dW and db then sum over the samples with no second 1/m."
            + " The chapter writes 1/m in front of a matrix whose entries already hold it (applying it twice),"
            + " calls the sum over samples an average, and divides dW by m again; each would shrink the gradients.";

    private BackwardTables() {}

    public static List<CardGroup> of(BackpropTrace t) {
        Architecture arch = t.network().architecture();
        int depth = arch.depth();
        List<CardGroup> groups = new ArrayList<>();
        groups.add(outputGroup(t, depth));
        for (int l = depth - 2; l >= 0; l--) {
            groups.add(hiddenGroup(t, l));
        }
        return groups;
    }

    private static CardGroup outputGroup(BackpropTrace t, int depth) {
        Architecture arch = t.network().architecture();
        BackwardPass b = t.backward();
        LayerGradients g = b.layers().get(depth - 1);
        int layer = depth;
        String aL = Tex.sub("A", layer);
        String zL = Tex.sub("Z", layer);
        List<CardSpec> cards = new ArrayList<>();
        cards.add(CardSpec.shown(
                TableId.of(TableId.Kind.DA, layer),
                Tex.dL(aL) + " = " + dYHatTex(arch),
                "dL/dA" + layer,
                "How the mean loss changes with each output, element by element. The mean's 1/m enters here, once.",
                g.dA()));
        boolean softmax = arch.output().activation() == OutputActivation.SOFTMAX;
        for (int k = 0; k < b.softmaxJacobians().size(); k++) {
            cards.add(CardSpec.shown(
                    TableId.jacobian(layer, k),
                    "J^{(" + k + ")} = \\operatorname{diag}(\\hat{y}_" + k + ") - \\hat{y}_" + k + " \\hat{y}_" + k
                            + "^{\\top}",
                    "the softmax Jacobian of sample " + k,
                    "∂ŷᵢ/∂zⱼ for sample " + k + ": each output of softmax depends on every logit of its row.",
                    b.softmaxJacobians().get(k)));
        }
        String chainNote = softmax
                ? "Row k is J⁽ᵏ⁾ times row k of dL/dA" + layer + ": the chain rule through the Jacobian."
                : "dL/dA" + layer + " times g'(Z" + layer + "), element by element.";
        if (b.dZFused().isPresent()) {
            cards.add(CardSpec.shown(
                    TableId.of(TableId.Kind.DZ, layer).with(TableId.Variant.CHAIN),
                    Tex.dL(zL) + "\\Big|_{\\text{chain}}",
                    "dL/dZ" + layer + " by the chain rule",
                    chainNote,
                    b.dZChain()));
            double difference = b.routesMaxDifference().orElse(0.0);
            cards.add(CardSpec.shown(
                    TableId.of(TableId.Kind.DZ, layer),
                    Tex.dL(zL) + " = \\frac{\\hat{Y} - Y}{m}",
                    "dL/dZ" + layer + " by the fused formula",
                    Double.isFinite(difference) && difference < 1e-12
                            ? "The fused form; it agrees with the chain rule to " + Numbers.format(difference, 2)
                                    + " (largest difference). The backward pass uses it."
                            : "The fused form stays finite where the chain through dL/dŶ overflows (largest difference "
                                    + Numbers.format(difference, 3) + "). The backward pass uses it.",
                    g.dZ()));
        } else {
            cards.add(CardSpec.shown(
                    TableId.of(TableId.Kind.DZ, layer),
                    Tex.dL(zL) + " = " + chainTex(arch, layer),
                    "dL/dZ" + layer,
                    chainNote,
                    g.dZ()));
        }
        cards.add(CardSpec.shown(
                TableId.of(TableId.Kind.A, layer - 1).with(TableId.Variant.TRANSPOSED),
                "\\frac{\\partial " + zL + "}{\\partial " + Tex.sub("W", layer) + "} \\to " + Tex.input(layer)
                        + "^{\\top}",
                "the transposed input of layer " + layer,
                "Z" + layer + " = " + (layer == 1 ? "X" : "A" + (layer - 1)) + "·W" + layer
                        + " + b: its slope with respect to W" + layer + " is the layer's input, used transposed.",
                t.forward().activation(layer - 1, t.batch()).transpose()));
        cards.addAll(parameterGradients(t, depth - 1));
        return new CardGroup("Output layer " + layer, ONE_OVER_M, cards);
    }

    private static CardGroup hiddenGroup(BackpropTrace t, int l) {
        int layer = l + 1;
        LayerGradients g = t.backward().layers().get(l);
        String id = t.network().architecture().hidden().id();
        List<CardSpec> cards = new ArrayList<>();
        cards.add(CardSpec.shown(
                TableId.of(TableId.Kind.DA, layer),
                Tex.dL(Tex.sub("A", layer)) + " = " + Tex.dL(Tex.sub("Z", layer + 1)) + " " + Tex.sub("W", layer + 1)
                        + "^{\\top}",
                "dL/dA" + layer,
                "The gradient flows back through W" + (layer + 1) + ".",
                g.dA()));
        cards.add(CardSpec.shown(
                TableId.of(TableId.Kind.FPRIME, layer),
                "f'(" + Tex.sub("Z", layer) + ")",
                "f'(Z" + layer + "), the derivative of " + id,
                derivativeNote(id),
                g.activationDerivative().orElseThrow()));
        cards.add(CardSpec.shown(
                TableId.of(TableId.Kind.DZ, layer),
                Tex.dL(Tex.sub("Z", layer)) + " = " + Tex.dL(Tex.sub("A", layer)) + " \\odot f'(" + Tex.sub("Z", layer)
                        + ")",
                "dL/dZ" + layer,
                "Element by element: the gradient passes only where the activation has a slope.",
                g.dZ()));
        cards.addAll(parameterGradients(t, l));
        return new CardGroup("Hidden layer " + layer, null, cards);
    }

    private static List<CardSpec> parameterGradients(BackpropTrace t, int l) {
        int layer = l + 1;
        String dz = Tex.dL(Tex.sub("Z", layer));
        return List.of(
                CardSpec.shown(
                        TableId.of(TableId.Kind.DW, layer),
                        Tex.dL(Tex.sub("W", layer)) + " = " + Tex.input(layer) + "^{\\top} " + dz,
                        "dL/dW" + layer,
                        "A sum over the samples; no second 1/m, as dZ" + layer + " already holds it.",
                        t.backward().dW(l)),
                CardSpec.shown(
                        TableId.of(TableId.Kind.DB, layer),
                        Tex.dL(Tex.sub("b", layer)) + " = \\sum_k " + dz + "[k,\\cdot]",
                        "dL/db" + layer,
                        "The column sums of dZ" + layer + " (a sum, not an average).",
                        t.backward().db(l)));
    }

    private static String dYHatTex(Architecture arch) {
        if (arch.output().loss() == LossFunction.MSE) {
            return "\\frac{\\hat{Y} - Y}{m}";
        }
        return arch.output().activation() == OutputActivation.SOFTMAX
                ? "-\\frac{Y}{m\\,\\hat{Y}}"
                : "\\frac{1}{m}\\left(-\\frac{Y}{\\hat{Y}} + \\frac{1 - Y}{1 - \\hat{Y}}\\right)";
    }

    private static String chainTex(Architecture arch, int layer) {
        String dA = Tex.dL(Tex.sub("A", layer));
        return switch (arch.output().activation()) {
            case SOFTMAX -> "\\left(J^{(k)} " + dA + "[k,\\cdot]\\right)_k";
            case SIGMOID -> dA + " \\odot \\hat{Y}(1 - \\hat{Y})";
            case LINEAR -> dA;
        };
    }

    private static String derivativeNote(String id) {
        return switch (id) {
            case "relu" -> "1 where Z > 0, else 0 (also 0 at 0, as PyTorch).";
            case "leaky_relu" -> "1 where Z > 0, else 0.01.";
            case "sigmoid" -> "σ(Z)(1 − σ(Z)) = A(1 − A).";
            case "tanh" -> "1 − tanh²(Z) = 1 − A².";
            default -> "1 everywhere.";
        };
    }
}
