package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.math.Architecture;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each table's formula reads, table by table, as the cell explanations write it. */
class TableDependenciesTest {

    private static final Architecture SEED = SeedExample.scenario().network().architecture();

    private static List<String> reads(String table, Architecture a, int samples) {
        return TableDependencies.reads(TableId.parse(table).orElseThrow(), a, samples).stream()
                .map(TableId::name)
                .toList();
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            X            |
            Y            |
            W1           | dW1 W1_next
            b2           | db2 b2_next
            W2_old       | W2 dW2 W2_next
            b1_old       | b1 db1 b1_next
            W2_step      | dW2
            b1_step      | db1
            W1_next      | W1 dW1
            b2_next      | b2 db2
            Z1           | X W1 b1
            Z2           | A1 W2 b2
            A1           | Z1
            A1_T         | A1
            loss         | A2 Y
            J2_1         | A2
            dA2          | A2 Y
            dA1          | dZ2 W2
            dZ2          | A2 Y
            dZ2_chain    | dA2 J2_0 J2_1
            fprime1      | Z1
            dZ1          | dA1 fprime1
            dW2          | A1 dZ2
            dW1          | X dZ1
            db2          | dZ2
            dW2_numeric  | dW2
            db1_error    | db1
            dW1_decay    | dW1
            """)
    void each_table_of_the_worked_example_reads_the_tables_its_formula_names(String table, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(" "));
        assertEquals(want, reads(table, SEED, 2));
    }

    @ParameterizedTest(name = "{0} samples")
    @CsvSource({"1, dA2 J2_0", "3, dA2 J2_0 J2_1 J2_2"})
    void the_chain_rules_dz_of_a_softmax_reads_one_jacobian_per_sample(int samples, String expected) {
        assertEquals(List.of(expected.split(" ")), reads("dZ2_chain", SEED, samples));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dZ2       | dA2 A2
            dZ2_chain | dA2 A2
            """)
    void without_a_fused_form_the_output_dz_reads_da_and_the_sigmoids_output(String table, String expected) {
        Architecture sigmoidMse = new Architecture(
                List.of(3, 4, 2), HiddenActivation.RELU, new OutputLayer(OutputActivation.SIGMOID, LossFunction.MSE));
        assertEquals(List.of(expected.split(" ")), reads(table, sigmoidMse, 2));
    }
}
