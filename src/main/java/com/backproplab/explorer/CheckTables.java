package com.backproplab.explorer;

import com.backproplab.math.GradientCheck;
import com.backproplab.math.GradientCheck.Verdict;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.List;

/** The gradient check: the numeric gradient of each parameter and its relative error to the analytic one. */
public final class CheckTables {

    private static final int LISTED = 4;

    private CheckTables() {}

    /** One explaining note for a network too large to check by finite differences on every edit. */
    public static List<CardGroup> skipped() {
        return List.of(new CardGroup(
                "Skipped",
                "This network is too large to check by finite differences on every edit (four forward passes for"
                        + " each parameter); smaller networks are checked here live.",
                List.of()));
    }

    /** The groups of the checks. */
    public static List<CardGroup> of(List<GradientCheck.MatrixCheck> checks) {
        List<CardGroup> groups = new ArrayList<>();
        for (GradientCheck.MatrixCheck c : checks) {
            TableId gradient = TableId.gradient(c.bias(), c.layer() + 1);
            String d = "d" + c.name();
            String tex = c.name().charAt(0) + "_{" + c.name().substring(1) + "}";
            groups.add(new CardGroup(
                    d + ": " + title(c.verdict()),
                    note(c, d),
                    List.of(
                            CardSpec.shown(
                                    gradient.with(TableId.Variant.NUMERIC),
                                    "\\frac{\\partial L}{\\partial " + tex + "}\\Big|_{\\text{numeric}}",
                                    "numeric dL/d" + c.name(),
                                    "Central differences of the loss, fourth order, h = " + GradientCheck.STEP + ".",
                                    c.numeric()),
                            CardSpec.shown(
                                    gradient.with(TableId.Variant.ERROR),
                                    "\\frac{|a - n|}{\\max(|a|, |n|)}",
                                    "relative error of dL/d" + c.name(),
                                    "Analytic a against numeric n; 0 where both are 0.",
                                    c.relativeError()))));
        }
        return groups;
    }

    /** The verdict on a matrix as its group's title says it. */
    static String title(Verdict v) {
        return v == Verdict.KINK ? "not compared" : v.id();
    }

    private static String note(GradientCheck.MatrixCheck c, String d) {
        int size = c.cells().size();
        int kinks = c.count(Verdict.KINK);
        int noise = c.count(Verdict.BELOW_NOISE);
        int judged = size - kinks - noise;
        List<String> parts = new ArrayList<>();
        if (judged > 0) {
            double largest = c.maxComparedRelativeError();
            String of = judged == size ? "" : " of the other " + (judged == 1 ? "element" : judged + " elements");
            parts.add("Largest relative error" + of + " " + Numbers.format(largest, 3) + " — " + meaning(c.verdict()));
            if (c.verdict() == Verdict.FINE && largest >= 1e-5) {
                parts.add("The differences beyond 1e−5 lie within the rounding noise τ = "
                        + Numbers.format(c.noiseTolerance(), 3) + " of the difference.");
            }
        }
        if (kinks > 0) {
            parts.add(count(kinks, size) + (kinks == 1 ? " is" : " are")
                    + " not compared, as the stencil crosses a kink of the activation: " + kinkCells(c, d) + ".");
        }
        if (noise > 0) {
            parts.add(count(noise, size) + (noise == 1 ? " is" : " are")
                    + " 0 in both gradients to within the rounding noise τ = " + Numbers.format(c.noiseTolerance(), 3)
                    + " of the difference, and so agree.");
        }
        return String.join(" ", parts) + " Select a cell of the tables for its verdict.";
    }

    private static String count(int n, int size) {
        if (n == size) {
            return n == 1 ? "The element" : "All " + n + " elements";
        }
        return n + " of " + size + " elements";
    }

    private static String kinkCells(GradientCheck.MatrixCheck c, String d) {
        List<String> cells = new ArrayList<>();
        int cols = c.analytic().getColumnDimension();
        int more = 0;
        for (int i = 0; i < c.cells().size(); i++) {
            if (c.cells().get(i).verdict() == Verdict.KINK) {
                if (cells.size() < LISTED) {
                    cells.add(d + Writing.at(i / cols, i % cols));
                } else {
                    more++;
                }
            }
        }
        return String.join(", ", cells) + (more > 0 ? " and " + more + " more" : "");
    }

    private static String meaning(Verdict v) {
        return switch (v) {
            case FINE, BELOW_NOISE -> "fine (below 1e−5).";
            case SUSPICIOUS -> "suspicious (below 1e−2): a loss too flat or too curved to difference well.";
            case WRONG -> "wrong (1e−2 or more).";
            case KINK -> "not compared.";
        };
    }
}
