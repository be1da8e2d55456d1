package com.backproplab.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a pasted block into rows of cell texts: tab- or comma-separated lines from a spreadsheet or a CSV
 * file, whitespace-separated lines, or a NumPy/Python literal such as {@code [[1, 2], [3, 4]]} or
 * {@code np.array([[1., 2.], [3., 4.]])}. The cells stay text; {@link CellParser} judges each one.
 */
public final class BlockParser {

    /** The largest block accepted, in cells. */
    public static final int MAX_CELLS = 10_000;

    private static final Pattern LITERAL =
            Pattern.compile("^\\s*(?:(?:np|numpy)\\.)?(?:array\\()?\\s*\\[(.*)]\\s*\\)?\\s*$", Pattern.DOTALL);
    private static final Pattern INNER_LIST = Pattern.compile("\\[([^\\[\\]]*)]");

    private BlockParser() {}

    /** The rows of cell texts of {@code text}; never empty for text that has any cell. */
    public static List<List<String>> parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher literal = LITERAL.matcher(t);
        List<List<String>> rows = literal.matches() ? literal(literal.group(1)) : lines(t);
        int cells = rows.stream().mapToInt(List::size).sum();
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException("the pasted block has " + cells + " cells, more than " + MAX_CELLS);
        }
        return rows;
    }

    private static List<List<String>> literal(String body) {
        List<List<String>> rows = new ArrayList<>();
        Matcher inner = INNER_LIST.matcher(body);
        while (inner.find()) {
            rows.add(split(inner.group(1), ",", true));
        }
        if (rows.isEmpty()) {
            rows.add(split(body, ",", true));
        }
        return rows;
    }

    private static List<List<String>> lines(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\r?\\n|\\r")) {
            if (line.isBlank()) {
                continue;
            }
            String separator =
                    line.contains("\t") ? "\t" : line.contains(";") ? ";" : line.contains(",") ? "," : "\\s+";
            rows.add(split(line.strip(), separator, false));
        }
        return rows;
    }

    private static List<String> split(String line, String separator, boolean dropEmpty) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(separator, -1)) {
            String c = cell.strip();
            if (!c.isEmpty() || !dropEmpty) {
                cells.add(c);
            }
        }
        return cells;
    }
}
