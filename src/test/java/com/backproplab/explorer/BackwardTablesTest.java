package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Architecture;
import com.backproplab.math.BackpropTrace;
import com.backproplab.math.BackwardPass;
import com.backproplab.math.LossFunction;
import com.backproplab.math.Network;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The output layer's dZ for the pairs of output and loss without a fused form (softmax or sigmoid with
 * squared error), which no gallery example uses: dZ is the chain rule's, and says so.
 */
class BackwardTablesTest {

    /** The worked example with another output layer. */
    private static BackpropTrace worked(OutputActivation activation, LossFunction loss) {
        Scenario seed = SeedExample.scenario();
        Network n = seed.network();
        Architecture a = new Architecture(
                n.architecture().sizes(), n.architecture().hidden(), new OutputLayer(activation, loss));
        return new Scenario(new Network(a, n.weights(), n.biases()), seed.batch(), seed.learningRate()).trace();
    }

    private static CardSpec card(BackpropTrace t, String name) {
        return BackwardTables.of(t).stream()
                .flatMap(g -> g.cards().stream())
                .filter(c -> c.id().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card " + name));
    }

    @ParameterizedTest(name = "{0} with squared error")
    @CsvSource(delimiter = '|', textBlock = """
            SOFTMAX | \\left(J^{(k)} \\frac{\\partial L}{\\partial A_{2}}[k,\\cdot]\\right)_k
            SIGMOID | \\frac{\\partial L}{\\partial A_{2}} \\odot \\hat{Y}(1 - \\hat{Y})
            """)
    void without_a_fused_form_dz_is_written_as_the_chain_rule(OutputActivation activation, String chain) {
        BackpropTrace t = worked(activation, LossFunction.MSE);
        CardSpec dZ = card(t, "dZ2");
        assertEquals("\\frac{\\partial L}{\\partial Z_{2}} = " + chain, dZ.tex());
        assertEquals(t.backward().layers().getLast().dZ(), dZ.value());
    }

    @ParameterizedTest(name = "{0} with squared error")
    @CsvSource(delimiter = '|', textBlock = """
            SOFTMAX | dZ2[1,0] by the chain = Σ_i J2_1[0,i]·dA2[1,i] =
            SIGMOID | dZ2[1,0] = dA2·g'(Z) =
            """)
    void without_a_fused_form_a_dz_cell_is_explained_by_the_chain_rule(OutputActivation activation, String start) {
        BackpropTrace t = worked(activation, LossFunction.MSE);
        String text = CellExplainer.explain(t, List.of(), CellRef.of("dZ2", 1, 0), 5);
        assertTrue(text.startsWith(start + " "), text);
        assertTrue(
                text.endsWith(" = "
                        + new Writing(5).n(t.backward().layers().getLast().dZ().getEntry(1, 0))),
                text);
    }

    /** The worked example's trace with dZ2 by the chain and by the fused form differing only in cell [0,0]. */
    private static BackpropTrace differingBy(double chain00, double fused00) {
        BackpropTrace t = SeedExample.scenario().trace();
        BackwardPass b = t.backward();
        RealMatrix chain = b.dZChain().copy();
        chain.setEntry(0, 0, chain00);
        RealMatrix fused = b.dZChain().copy();
        fused.setEntry(0, 0, fused00);
        BackwardPass changed = new BackwardPass(b.dYHat(), b.softmaxJacobians(), chain, Optional.of(fused), b.layers());
        return new BackpropTrace(t.network(), t.batch(), t.learningRate(), t.forward(), changed, t.next());
    }

    @Test
    void the_fused_form_agrees_with_the_chain_rule_only_under_a_difference_of_1e_12() {
        assertEquals(
                "The fused form; it agrees with the chain rule to " + Numbers.format(5e-13, 2)
                        + " (largest difference). The backward pass uses it.",
                card(differingBy(0, 5e-13), "dZ2").explanation());
        assertEquals(
                "The fused form stays finite where the chain through dL/dŶ overflows (largest difference "
                        + Numbers.format(1e-12, 3) + "). The backward pass uses it.",
                card(differingBy(0, 1e-12), "dZ2").explanation(),
                "exactly 1e−12 apart");
    }
}
