package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioEditorTest {

    private final Scenario seed = SeedExample.scenario();

    @Test
    void growing_the_hidden_layer_keeps_the_old_block_and_fills_zeros() {
        Scenario s = ScenarioEditor.resized(seed, List.of(3, 5, 2), 2, FillRule.ZEROS, 7);
        assertEquals(3, s.network().weight(0).getRowDimension());
        assertEquals(5, s.network().weight(0).getColumnDimension());
        assertEquals(5, s.network().weight(1).getRowDimension());
        assertEquals(0.00338431, s.network().weight(0).getEntry(2, 3));
        assertEquals(0.0, s.network().weight(0).getEntry(2, 4));
        assertEquals(0.0, s.network().weight(1).getEntry(4, 0));
        assertEquals(seed.trace().forward().loss(), s.trace().forward().loss(), 1e-15, "zero units change nothing");
    }

    @Test
    void random_fill_depends_only_on_the_seed_and_the_cell() {
        Scenario a = ScenarioEditor.resized(seed, List.of(3, 6, 2), 2, FillRule.RANDOM, 7);
        Scenario b = ScenarioEditor.resized(seed, List.of(3, 6, 2), 2, FillRule.RANDOM, 7);
        Scenario c = ScenarioEditor.resized(seed, List.of(3, 6, 2), 2, FillRule.RANDOM, 8);
        assertEquals(a, b);
        assertNotEquals(
                a.network().weight(0).getEntry(0, 5), c.network().weight(0).getEntry(0, 5));
        assertEquals(-0.00885127, a.network().weight(0).getEntry(0, 0));
    }

    @Test
    void more_samples_add_one_hot_labels_and_fewer_drop_rows() {
        Scenario more = ScenarioEditor.resized(seed, List.of(3, 4, 2), 4, FillRule.ZEROS, 1);
        assertEquals(1.0, more.batch().y().getEntry(2, 0));
        assertEquals(1.0, more.batch().y().getEntry(3, 1));
        Scenario fewer = ScenarioEditor.resized(seed, List.of(3, 4, 2), 1, FillRule.ZEROS, 1);
        assertEquals(1, fewer.batch().size());
        assertEquals(8.0, fewer.batch().x().getEntry(0, 1));
    }

    @Test
    void adding_a_hidden_layer_keeps_the_first_layer_and_builds_the_rest() {
        Scenario s = ScenarioEditor.resized(seed, List.of(3, 4, 3, 2), 2, FillRule.ZEROS, 1);
        assertEquals(3, s.network().architecture().depth());
        assertEquals(-0.00885127, s.network().weight(0).getEntry(0, 0));
        assertEquals(4, s.network().weight(1).getRowDimension());
        assertEquals(3, s.network().weight(1).getColumnDimension());
    }

    @Test
    void functions_change_and_a_forbidden_pair_is_refused() {
        Scenario s =
                ScenarioEditor.withFunctions(seed, HiddenActivation.TANH, OutputActivation.SIGMOID, LossFunction.MSE);
        assertEquals(HiddenActivation.TANH, s.network().architecture().hidden());
        assertThrows(
                IllegalArgumentException.class,
                () -> ScenarioEditor.withFunctions(
                        seed, HiddenActivation.RELU, OutputActivation.LINEAR, LossFunction.CROSS_ENTROPY));
    }

    private boolean editable(String name) {
        return TableId.parse(name)
                .map(id -> ScenarioEditor.isEditable(seed, id))
                .orElse(false);
    }

    @Test
    void only_the_inputs_and_parameters_are_editable() {
        assertEquals(true, editable("W2"));
        assertEquals(false, editable("W3"));
        assertEquals(false, editable("dW1"));
        assertEquals(false, editable("W0"));
    }

    @Test
    void a_derived_table_or_a_missing_layer_cannot_be_read_or_replaced_for_editing() {
        Scenario s = SeedExample.scenario();
        assertThrows(IllegalArgumentException.class, () -> ScenarioEditor.matrix(s, TableId.of(TableId.Kind.Z, 1)));
        assertThrows(IllegalArgumentException.class, () -> ScenarioEditor.matrix(s, TableId.weight(3)));
        assertThrows(
                IllegalArgumentException.class,
                () -> ScenarioEditor.withMatrix(
                        s, TableId.of(TableId.Kind.A, 1), s.batch().x()));
        assertThrows(
                IllegalArgumentException.class,
                () -> ScenarioEditor.withMatrix(s, TableId.bias(3), s.network().bias(1)));
        assertEquals(s.network().bias(1), ScenarioEditor.matrix(s, TableId.bias(2)));
        assertEquals(s.batch().y(), ScenarioEditor.matrix(s, TableId.Y));
    }

    @Test
    void new_samples_get_one_hot_labels_from_their_first_row_for_softmax_and_fill_values_otherwise() {
        Scenario grown = ScenarioEditor.resized(SeedExample.scenario(), List.of(3, 4, 2), 3, FillRule.RANDOM, 9);
        assertEquals(
                List.of(1.0, 0.0),
                java.util.Arrays.stream(grown.batch().y().getRow(2)).boxed().toList());
        Scenario sigmoid = ScenarioEditor.withFunctions(
                SeedExample.scenario(), HiddenActivation.RELU, OutputActivation.SIGMOID, LossFunction.CROSS_ENTROPY);
        Scenario random = ScenarioEditor.resized(sigmoid, List.of(3, 4, 2), 3, FillRule.RANDOM, 9);
        assertEquals(
                Math.abs(Math.tanh(FillRule.RANDOM.value(9, TableId.Y, 2, 1))),
                random.batch().y().getEntry(2, 1));
        Scenario zeros = ScenarioEditor.resized(sigmoid, List.of(3, 4, 2), 3, FillRule.ZEROS, 9);
        assertEquals(0.0, zeros.batch().y().getEntry(2, 1));
    }

    @Test
    void a_new_output_class_gets_a_zero_label_in_every_old_sample() {
        Scenario grown = ScenarioEditor.resized(SeedExample.scenario(), List.of(3, 4, 3), 2, FillRule.RANDOM, 9);
        assertEquals(
                List.of(List.of(1.0, 0.0, 0.0), List.of(0.0, 1.0, 0.0)),
                java.util.Arrays.stream(grown.batch().y().getData())
                        .map(row -> java.util.Arrays.stream(row).boxed().toList())
                        .toList());
    }
}
