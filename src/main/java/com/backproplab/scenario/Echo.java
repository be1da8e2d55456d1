package com.backproplab.scenario;

/**
 * Input echoed in a message, made harmless: cut to a short prefix so that hostile input cannot fill a
 * message, with control, format and bidirectional characters (such as U+202E, which reverses the text
 * after it) written as {@code \u202E} so that they cannot disguise the message they are in.
 */
public final class Echo {

    /** The code points of input a message repeats. */
    public static final int MAX_CODE_POINTS = 40;

    private Echo() {}

    /** {@code s} cut to {@link #MAX_CODE_POINTS} code points (then "…"), its invisible characters escaped. */
    public static String of(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            if (count == MAX_CODE_POINTS) {
                return out.append('…').toString();
            }
            int cp = s.codePointAt(i);
            if (visible(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(String.format("\\u%04X", cp));
            }
            i += Character.charCount(cp);
            count++;
        }
        return out.toString();
    }

    private static boolean visible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE -> false;
            default -> true;
        };
    }
}
