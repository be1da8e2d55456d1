package com.backproplab.permalink;

import com.backproplab.scenario.CellParser;
import com.backproplab.scenario.InvalidInputException;
import java.util.StringJoiner;
import org.apache.commons.math3.linear.RealMatrix;

/** How links write numbers and matrices, and read them back exactly: rows by {@code ;}, cells by {@code ,}. */
final class LinkNumbers {

    private LinkNumbers() {}

    /**
     * The shortest decimal that reads back to {@code v} (the digits of Java's {@code Double.toString}),
     * written plainly between 1e−5 and 1e7 and with "e" outside, without a trailing ".0".
     */
    static String number(double v) {
        double magnitude = Math.abs(v);
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (magnitude >= 1e-5 && magnitude < 1e7) {
            // ±0 is below 1e−5 and takes the branch below. Double.toString writes 1e−3 ≤ |v| < 1e7 plainly, and
            // below that as d.dddE−4 or d.dddE−5; either way as BigDecimal's plain form of those digits would be
            // (the link's form since links began), at a tenth of its cost on a page's 10,000 numbers (DD014).
            return e < 0 ? withoutPointZero(s) : plain(s, e);
        }
        String mantissa = withoutPointZero(e < 0 ? s : s.substring(0, e));
        return e < 0 ? mantissa : mantissa + "e" + s.substring(e + 1);
    }

    private static String withoutPointZero(String s) {
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** "−1.25E−4" written plainly: "−0.000125". */
    private static String plain(String s, int e) {
        boolean negative = s.charAt(0) == '-';
        String digits = s.substring(negative ? 1 : 0, e).replace(".", "");
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        int exponent = Integer.parseInt(s.substring(e + 1));
        return (negative ? "-" : "") + "0." + "0".repeat(-exponent - 1) + digits.substring(0, end);
    }

    static String matrix(RealMatrix m) {
        StringJoiner rows = new StringJoiner(";");
        for (double[] row : m.getData()) {
            StringJoiner cells = new StringJoiner(",");
            for (double v : row) {
                cells.add(number(v));
            }
            rows.add(cells.toString());
        }
        return rows.toString();
    }

    /** The matrix written as {@code text}; a cell that is not a finite number fails naming it. */
    static double[][] matrix(String field, String text) {
        String[] rows = text.split(";", -1);
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            String[] cells = rows[r].split(",", -1);
            out[r] = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                out[r][c] = scalar(field + "[" + r + "," + c + "]", cells[c]);
            }
        }
        return out;
    }

    /** The number written as {@code text}; fails naming {@code field}. */
    static double scalar(String field, String text) {
        return switch (CellParser.parse(text)) {
            case CellParser.Result.Value v -> v.value();
            case CellParser.Result.Invalid i -> throw new InvalidInputException(field, Abbreviation.of(i.reason()));
        };
    }
}
