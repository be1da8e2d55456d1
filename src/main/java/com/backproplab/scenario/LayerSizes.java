package com.backproplab.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Layer sizes as people write them, {@code 3-4-2}: inputs, hidden layers and outputs joined by dashes,
 * checked against the {@link Limits} so that the page's field and links accept exactly what the API does.
 */
public final class LayerSizes {

    private LayerSizes() {}

    /** The sizes of {@code text}, or a problem that says the allowed range. */
    public sealed interface Parsed {
        /** The sizes, inputs first. */
        record Sizes(List<Integer> sizes) implements Parsed {}

        /** Why the text is not sizes within the limits. */
        record Problem(String message) implements Parsed {}
    }

    /** Reads {@code text} against {@code limits}. */
    public static Parsed parse(String text, Limits limits) {
        String allowed = "inputs, 1 to " + limits.maxHiddenLayers() + " hidden layers and outputs, each of 1 to "
                + limits.maxUnits() + " units, joined by '-' (such as 3-4-2)";
        if (!(read(text) instanceof Parsed.Sizes(List<Integer> sizes))) {
            return new Parsed.Problem("Expected " + allowed + ".");
        }
        for (int units : sizes) {
            if (units < 1 || units > limits.maxUnits()) {
                return new Parsed.Problem(
                        "A layer of " + units + " units; each layer has 1 to " + limits.maxUnits() + " units.");
            }
        }
        int hidden = sizes.size() - 2;
        if (hidden < 1 || hidden > limits.maxHiddenLayers()) {
            return new Parsed.Problem("Expected " + allowed + "; '" + Echo.of(text.strip()) + "' has "
                    + Math.max(hidden, 0) + " hidden layers.");
        }
        return new Parsed.Sizes(sizes);
    }

    /**
     * Reads {@code text} as whole numbers joined by dashes, without judging them: for readers whose
     * validation names the limits itself (links, through the API's validator).
     */
    public static Parsed read(String text) {
        String problem = "expected sizes joined by '-', such as 3-4-2";
        if (text == null || text.isBlank() || text.length() > 200) {
            return new Parsed.Problem(problem);
        }
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.strip().split("-", -1)) {
            String p = part.strip();
            if (p.isEmpty() || p.length() > 6 || !p.chars().allMatch(Character::isDigit)) {
                return new Parsed.Problem(problem);
            }
            sizes.add(Integer.parseInt(p));
        }
        return sizes.size() < 2 ? new Parsed.Problem(problem) : new Parsed.Sizes(List.copyOf(sizes));
    }

    /** {@code sizes} written as {@code 3-4-2}. */
    public static String format(List<Integer> sizes) {
        return String.join("-", sizes.stream().map(String::valueOf).toList());
    }
}
