package com.backproplab.explorer;

/** Small LaTeX builders for the formulas of the cards. */
final class Tex {

    private Tex() {}

    /** {@code symbol_{layer}}, e.g. W_{2}. */
    static String sub(String symbol, int layer) {
        return symbol + "_{" + layer + "}";
    }

    /** ∂L/∂{@code of}. */
    static String dL(String of) {
        return "\\frac{\\partial L}{\\partial " + of + "}";
    }

    /** The input of weight layer l (1-based): X for the first, A_{l−1} after it. */
    static String input(int layer) {
        return layer == 1 ? "X" : sub("A", layer - 1);
    }
}
