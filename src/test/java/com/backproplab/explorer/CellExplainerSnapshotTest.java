package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.math.BackpropTrace;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A snapshot, not an oracle: the expected lines were copied from the formula bar's own output and read by a
 * person. The numbers in them are the worked example's (PyTorch agrees with them to every digit shown, see
 * the golden tests); the words and layout are only held still.
 */
@Tag("snapshot")
class CellExplainerSnapshotTest {

    private final BackpropTrace seed = SeedExample.scenario().trace();

    private String explain(String table, int r, int c) {
        return TableId.parse(table)
                .map(id -> CellExplainer.explain(seed, List.of(), new CellRef(id, r, c), 5))
                .orElse("");
    }

    @ParameterizedTest(name = "{0}[{1},{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            dW2    | 1 | 0 | dW2[1,0] = Σ_k A1[k,1]·dZ2[k,0] = 0.10137×(−0.25019) + 0.049528×0.24994 = −0.012983
            dZ2    | 0 | 0 | dZ2[0,0] = (Ŷ[0,0] − Y[0,0])/m = (0.49962 − 1)/2 = −0.25019
            dA2    | 0 | 0 | dL/dA2[0,0] = −Y[0,0]/(m·Ŷ[0,0]) = −1/(2×0.49962) = −1.0008
            db2    | 0 | 0 | db2[0,0] = Σ_k dZ2[k,0] = (−0.25019) + 0.24994 = −0.0002563  (no second 1/m: it is already in dZ2)
            Z1     | 0 | 1 | Z1[0,1] = Σ_i X[0,i]·W1[i,1] + b1[1] = 2×(−0.0052888) + 8×0.00057812 + 6×0.017887 + 0 = 0.10137
            A1     | 0 | 0 | A1[0,0] = relu(Z1[0,0]) = relu(−0.019947) = 0
            fprime1 | 0 | 1 | f'(Z1)[0,1] = relu'(0.10137) = 1
            J2_0   | 0 | 1 | J2_0[0,1] = ∂Ŷ[0,0]/∂Z[0,1] = Ŷ[0,0]·(δ_01 − Ŷ[0,1]) = 0.49962×(0 − 0.50038) = −0.25
            W1_next | 0 | 1 | W1_next[0,1] = W1[0,1] − α·dW1[0,1] = −0.0052888 − 0.1×(−0.00047528) = −0.0052412
            """)
    void a_cell_is_explained_with_its_formula_and_real_numbers_as_in_the_snapshot(
            String table, int r, int c, String expected) {
        assertEquals(expected, explain(table, r, c));
    }

    @ParameterizedTest
    @CsvSource({"nope, 0, 0", "W9, 0, 0", "dW0, 0, 0"})
    void an_unknown_table_has_no_explanation(String table, int r, int c) {
        assertEquals("", explain(table, r, c));
    }
}
