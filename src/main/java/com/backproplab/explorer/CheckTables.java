package com.backproplab.explorer;

import com.backproplab.math.GradientCheck;
import com.backproplab.scenario.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The gradient check: the numeric gradient of each parameter and its relative error to the analytic one. */
public final class CheckTables {

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
            String verdict = c.verdict().name().toLowerCase(Locale.ROOT);
            groups.add(new CardGroup(
                    d + ": " + verdict,
                    "Largest relative error " + Numbers.format(c.maxRelativeError(), 3) + " — " + meaning(c.verdict()),
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

    private static String meaning(GradientCheck.Verdict v) {
        return switch (v) {
            case FINE -> "fine (below 1e−5).";
            case SUSPICIOUS -> "suspicious (below 1e−2): often a ReLU kink inside the stencil.";
            case WRONG -> "wrong (1e−2 or more).";
        };
    }
}
