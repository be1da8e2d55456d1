package com.backproplab.network;

/**
 * The names of the tables the page shows, used as their {@code data-matrix} attribute: inputs {@code X},
 * {@code Y}; parameters {@code W1}, {@code b1}, …; forward {@code Z1}, {@code A1}, …; backward {@code dA2},
 * {@code J2_0} (softmax Jacobian of sample 0), {@code dZ2_chain}, {@code dZ2}, {@code dW2}, {@code db2},
 * {@code fprime1} (f'(Z1)); the step {@code W1_old}, {@code W1_step} (−α·dW1), {@code W1_next}; the check
 * {@code dW1_numeric}, {@code dW1_error}. Layer numbers start at 1, as in the seed text.
 */
public final class Tables {

    private Tables() {}

    /** W_{l+1} for the 0-based weight layer l. */
    public static String weight(int l) {
        return "W" + (l + 1);
    }

    /** b_{l+1} for the 0-based weight layer l. */
    public static String bias(int l) {
        return "b" + (l + 1);
    }

    /** The parameter matrix W_{l+1} or b_{l+1}. */
    public static String parameter(boolean bias, int l) {
        return bias ? bias(l) : weight(l);
    }

    /** {@code prefix} followed by the 1-based layer number, e.g. {@code dZ2}. */
    public static String layer(String prefix, int l) {
        return prefix + (l + 1);
    }
}
