package com.backproplab.permalink;

import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.InvalidInputException;
import com.backproplab.scenario.TableId;
import java.util.Map;

/** Reads the optional view part of a link: {@code sel}, {@code digits}, {@code heat}, {@code fill}, {@code seed}. */
final class ViewStateReader {

    private ViewStateReader() {}

    /** The view a link's parameters describe, defaults where they say nothing. */
    static ViewState view(Map<String, String> p) {
        ViewState d = ViewState.DEFAULT;
        int digits = p.containsKey("digits") ? (int) bounded("digits", p.get("digits"), 2, 17) : d.digits();
        ColourScale heat = ColourScale.fromLink(p.get("heat"));
        FillRule fill = d.fill();
        if (p.containsKey("fill")) {
            fill = switch (p.get("fill")) {
                case "zeros" -> FillRule.ZEROS;
                case "random" -> FillRule.RANDOM;
                default -> throw new InvalidInputException("fill", "expected zeros or random");
            };
        }
        long seed =
                p.containsKey("seed") ? bounded("seed", p.get("seed"), Integer.MIN_VALUE, Integer.MAX_VALUE) : d.seed();
        return new ViewState(selected(p.get("sel")), digits, heat, fill, seed);
    }

    private static CellRef selected(String sel) {
        if (sel == null) {
            return null;
        }
        int colon = sel.indexOf(':');
        int comma = sel.indexOf(',', Math.max(colon, 0));
        if (colon < 1 || comma < 0 || sel.length() > 64) {
            throw new InvalidInputException("sel", "expected TABLE:row,col");
        }
        TableId table = TableId.parse(sel.substring(0, colon))
                .orElseThrow(() -> new InvalidInputException(
                        "sel", "'" + Abbreviation.of(sel.substring(0, colon)) + "' is not the name of a table"));
        int row = (int) bounded("sel", sel.substring(colon + 1, comma), 0, 10_000);
        int col = (int) bounded("sel", sel.substring(comma + 1), 0, 10_000);
        return new CellRef(table, row, col);
    }

    private static long bounded(String field, String text, long min, long max) {
        if (!text.matches("-?\\d{1,10}")) {
            throw new InvalidInputException(field, "'" + Abbreviation.of(text) + "' is not a whole number");
        }
        long v = Long.parseLong(text);
        if (v < min || v > max) {
            throw new InvalidInputException(field, "expected " + min + " to " + max + ", got " + v);
        }
        return v;
    }
}
