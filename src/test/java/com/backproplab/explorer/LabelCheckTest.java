package com.backproplab.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.OutputActivation;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.ScenarioEditor;
import com.backproplab.scenario.SeedExample;
import com.backproplab.scenario.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelCheckTest {

    @Test
    void one_hot_labels_give_no_warning() {
        assertEquals(List.of(), LabelCheck.warnings(SeedExample.scenario()));
    }

    @Test
    void a_soft_label_row_is_named_and_still_computes() {
        Scenario s = ScenarioEditor.withCell(SeedExample.scenario(), TableId.Y, 1, 0, 0.5);
        List<String> w = LabelCheck.warnings(s);
        assertEquals(1, w.size());
        assertTrue(w.getFirst().startsWith("Y row 1 is not one-hot"), w.getFirst());
        assertTrue(w.getFirst().contains("sums to 1.5"), w.getFirst());
        assertTrue(Double.isFinite(s.trace().forward().loss()));
    }

    @Test
    void sigmoid_labels_outside_zero_one_are_named() {
        Scenario s = ScenarioEditor.withFunctions(
                SeedExample.scenario(), HiddenActivation.RELU, OutputActivation.SIGMOID, LossFunction.CROSS_ENTROPY);
        s = ScenarioEditor.withCell(s, TableId.Y, 0, 1, 2);
        assertTrue(LabelCheck.warnings(s).getFirst().startsWith("Y[0,1] = 2 lies outside [0, 1]"));
    }

    @Test
    void a_row_of_zeros_or_of_two_ones_is_not_one_hot_and_a_soft_row_summing_to_1_keeps_the_fused_route() {
        Scenario zeros = ScenarioEditor.withCell(SeedExample.scenario(), TableId.Y, 0, 0, 0);
        assertTrue(LabelCheck.warnings(zeros).getFirst().contains("sums to 0 rather than 1"));
        Scenario twoOnes = ScenarioEditor.withCell(SeedExample.scenario(), TableId.Y, 0, 1, 1);
        assertEquals(1, LabelCheck.warnings(twoOnes).size());
        Scenario soft = ScenarioEditor.withCell(
                ScenarioEditor.withCell(SeedExample.scenario(), TableId.Y, 0, 0, 0.25), TableId.Y, 0, 1, 0.75);
        assertEquals(
                List.of("Y row 0 is not one-hot: the loss is then the cross-entropy −Σ y·log ŷ against a soft target."),
                LabelCheck.warnings(soft));
    }

    @Test
    void sigmoid_labels_of_exactly_0_and_1_are_fine_and_mse_takes_any_label() {
        Scenario s = ScenarioEditor.withFunctions(
                SeedExample.scenario(), HiddenActivation.RELU, OutputActivation.SIGMOID, LossFunction.CROSS_ENTROPY);
        assertEquals(List.of(), LabelCheck.warnings(s));
        Scenario mse = ScenarioEditor.withFunctions(
                SeedExample.scenario(), HiddenActivation.RELU, OutputActivation.SOFTMAX, LossFunction.MSE);
        assertEquals(List.of(), LabelCheck.warnings(ScenarioEditor.withCell(mse, TableId.Y, 0, 0, 7)));
    }
}
