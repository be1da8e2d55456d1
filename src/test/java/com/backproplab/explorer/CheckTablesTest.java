package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.BackwardPass;
import com.backproplab.math.GradientCheck;
import com.backproplab.math.LayerGradients;
import com.backproplab.math.Matrices;
import com.backproplab.math.Training;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Gallery;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** The check section's verdict lines and the formula bar of its cells, for each verdict. */
class CheckTablesTest {

    private static List<GradientCheck.MatrixCheck> check(Scenario s) {
        return GradientCheck.of(s.network(), s.batch(), s.trace().backward());
    }

    private static Scenario seedAfter1000Steps() {
        Scenario seed = SeedExample.scenario();
        return new Scenario(
                Training.run(seed.network(), seed.batch(), 0.1, 1000).network(), seed.batch(), 0.1);
    }

    private static String explain(Scenario s, String cell) {
        String[] p = cell.split(":");
        return CellExplainer.explain(
                s.trace(), check(s), CellRef.of(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])), 5);
    }

    private static List<String> titles(Scenario s) {
        return CheckTables.of(check(s)).stream().map(CardGroup::title).toList();
    }

    @Test
    void every_matrix_of_the_seed_after_1000_steps_is_fine_and_its_kinks_are_listed() {
        Scenario s = seedAfter1000Steps();
        assertEquals(List.of("dW1: fine", "db1: fine", "dW2: fine", "db2: fine"), titles(s));
        CardGroup db1 = CheckTables.of(check(s)).get(1);
        assertEquals(
                "2 of 4 elements are not compared, as the stencil crosses a kink of the activation: db1[0,1],"
                        + " db1[0,3]. 2 of 4 elements are 0 in both gradients to within the rounding noise"
                        + " τ = 2.22e−12 of the difference, and so agree. Select a cell of the tables for its verdict.",
                db1.note());
    }

    @Test
    void a_kink_cell_says_which_z_crosses_where_and_what_the_one_sided_difference_gives() {
        String text = explain(seedAfter1000Steps(), "db1_error:0:3");
        assertTrue(
                text.startsWith("relative error[0,3] = |a − n|/max(|a|,|n|) = |−3.03e−5 − 0.00035898|/0.00035898"
                        + " = 1.0844.  Kink: not differentiable here: Z1[1,3] = −0.00018783 is within the stencil's"
                        + " reach of 0, where ReLU has its kink: it is −0.0021878 at w − 2h and 0.0018122 at w + 2h."),
                text);
        assertTrue(
                text.endsWith("From below, where no Z crosses, the one-sided (3L(w) − 4L(w−h) + L(w−2h))/2h ="
                        + " −3.03e−5 against analytic −3.03e−5: relative error 1.5183e−8."),
                text);
    }

    @Test
    void a_pre_activation_of_exactly_zero_lies_on_the_kink_and_may_have_no_one_sided_difference() {
        String text = explain(Gallery.byId("binary").orElseThrow().scenario(), "dW1_numeric:0:1");
        assertTrue(
                text.contains("Kink: not differentiable here: Z1[0,1] = 0 lies on the kink of ReLU: it is −0.002 at"
                        + " w − 2h and 0.002 at w + 2h (1 more Z crosses 0 there too)."),
                text);
        assertTrue(text.endsWith("Z crosses 0 on both sides of w, so no one-sided difference avoids it either."));
    }

    @Test
    void a_cell_below_noise_gives_both_values_and_the_tolerance() {
        assertEquals(
                "numeric dL/db1[0,0] = (8(L(w+h) − L(w−h)) − (L(w+2h) − L(w−2h)))/12h with h = 0.001 = −7.4015e−14;"
                        + "  analytic 2.8189e−18.  Below noise: |a| = 2.8189e−18 and |n| = 7.4015e−14 both lie within"
                        + " the rounding noise τ = 10·ε·max(|L|, 1)/h = 2.2204e−12 of the difference: both are zero"
                        + " to within it, so they agree.",
                explain(Gallery.byId("spirals").orElseThrow().scenario(), "db1_numeric:0:0"));
        CardGroup db3 = CheckTables.of(
                        check(Gallery.byId("spirals").orElseThrow().scenario()))
                .get(5);
        assertEquals("db3: fine", db3.title());
        assertTrue(db3.note().startsWith("The element is 0 in both gradients"), db3.note());
    }

    @Test
    void a_fine_cell_gives_its_error_beyond_the_noise() {
        assertEquals(
                "relative error[1,0] = |a − n|/max(|a|,|n|) = |−0.012983 − (−0.012983)|/0.012983 = 1.917e−12.  Fine:"
                        + " beyond the rounding noise τ = 10·ε·max(|L|, 1)/h = 2.2204e−12, the error is"
                        + " max(0, |a − n| − τ)/max(|a|,|n|) = 0, below 1e−5.",
                explain(SeedExample.scenario(), "dW2_error:1:0"));
        assertEquals(
                "Largest relative error 2.7e−10 — fine (below 1e−5). Select a cell of the tables for its verdict.",
                CheckTables.of(check(SeedExample.scenario())).get(3).note());
    }

    @Test
    void a_matrix_that_is_wrong_or_suspicious_says_so_in_its_title() {
        assertEquals(
                "dW2: wrong", CheckTables.of(List.of(scaledW2(2))).getFirst().title());
        CardGroup suspicious = CheckTables.of(List.of(scaledW2(1.001))).getFirst();
        assertEquals("dW2: suspicious", suspicious.title());
        assertTrue(
                suspicious
                        .note()
                        .startsWith("Largest relative error of the other 4 elements 0.000999 — suspicious"
                                + " (below 1e−2)"),
                suspicious.note());
    }

    /** The check of W2 against an analytic dW2 multiplied by {@code factor}. */
    private static GradientCheck.MatrixCheck scaledW2(double factor) {
        Scenario seed = SeedExample.scenario();
        BackwardPass b = seed.trace().backward();
        BackwardPass scaled = new BackwardPass(
                b.dYHat(),
                b.softmaxJacobians(),
                b.dZChain(),
                b.dZFused(),
                b.layers().stream()
                        .map(g -> new LayerGradients(
                                g.dA(), g.activationDerivative(), g.dZ(), g.dW().scalarMultiply(factor), g.db()))
                        .toList());
        return GradientCheck.of(seed.network(), seed.batch(), scaled).get(2);
    }

    /** A 2×3 check of W1 whose cells have the given verdicts and relative errors, row by row; τ = 2e−12. */
    private static GradientCheck.MatrixCheck w1(List<GradientCheck.Verdict> verdicts, double... errors) {
        List<GradientCheck.Cell> cells = verdicts.stream()
                .map(v -> new GradientCheck.Cell(v, v == GradientCheck.Verdict.KINK ? Double.NaN : 0, Optional.empty()))
                .toList();
        RealMatrix zeros = Matrices.zeros(2, 3);
        RealMatrix relative = Matrices.of(Arrays.copyOfRange(errors, 0, 3), Arrays.copyOfRange(errors, 3, 6));
        return new GradientCheck.MatrixCheck(false, 0, zeros, zeros, relative, 0, 2e-12, cells);
    }

    @Test
    void past_four_kink_cells_the_note_counts_the_rest() {
        CardGroup g = CheckTables.of(List.of(w1(Collections.nCopies(6, GradientCheck.Verdict.KINK), new double[6])))
                .getFirst();
        assertEquals("dW1: not compared", g.title());
        assertEquals(
                "All 6 elements are not compared, as the stencil crosses a kink of the activation: dW1[0,0],"
                        + " dW1[0,1], dW1[0,2], dW1[1,0] and 2 more. Select a cell of the tables for its verdict.",
                g.note());
    }

    @Test
    void a_fine_matrix_with_a_relative_error_of_1e_5_or_more_says_it_lies_within_the_noise() {
        List<GradientCheck.Verdict> fine = Collections.nCopies(6, GradientCheck.Verdict.FINE);
        assertEquals(
                "Largest relative error 1e−5 — fine (below 1e−5). The differences beyond 1e−5 lie within the"
                        + " rounding noise τ = 2e−12 of the difference. Select a cell of the tables for its verdict.",
                CheckTables.of(List.of(w1(fine, 0, 1e-5, 0, 0, 0, 0)))
                        .getFirst()
                        .note());
        assertEquals(
                "Largest relative error 9.99e−6 — fine (below 1e−5). Select a cell of the tables for its verdict.",
                CheckTables.of(List.of(w1(fine, 0, 9.99e-6, 0, 0, 0, 0)))
                        .getFirst()
                        .note());
        List<GradientCheck.Verdict> suspicious = new java.util.ArrayList<>(fine);
        suspicious.set(1, GradientCheck.Verdict.SUSPICIOUS);
        assertEquals(
                "Largest relative error 0.001 — suspicious (below 1e−2): a loss too flat or too curved to"
                        + " difference well. Select a cell of the tables for its verdict.",
                CheckTables.of(List.of(w1(suspicious, 0, 1e-3, 0, 0, 0, 0)))
                        .getFirst()
                        .note());
    }
}
