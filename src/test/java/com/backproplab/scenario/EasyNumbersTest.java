package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

/** Easy numbers: repeatable from the seed, small, and with labels the loss accepts. */
class EasyNumbersTest {

    private static boolean allMatch(RealMatrix m, java.util.function.DoublePredicate p) {
        for (double[] row : m.getData()) {
            for (double v : row) {
                if (!p.test(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void the_same_seed_gives_the_same_numbers_and_another_seed_others() {
        Scenario s = SeedExample.scenario();
        assertEquals(EasyNumbers.of(s, 42), EasyNumbers.of(s, 42));
        assertNotEquals(EasyNumbers.of(s, 42), EasyNumbers.of(s, 43));
    }

    @Test
    void inputs_are_small_integers_weights_have_one_decimal_biases_are_zero() {
        Scenario e = EasyNumbers.of(SeedExample.scenario(), 7);
        assertTrue(allMatch(e.batch().x(), v -> v == Math.rint(v) && Math.abs(v) <= 3));
        for (int l = 0; l < 2; l++) {
            assertTrue(allMatch(
                    e.network().weight(l), v -> Math.abs(v * 10 - Math.rint(v * 10)) < 1e-9 && Math.abs(v) < 1));
            assertTrue(allMatch(e.network().bias(l), v -> v == 0));
        }
        assertEquals(
                SeedExample.scenario().network().architecture(), e.network().architecture());
        assertEquals(SeedExample.scenario().learningRate(), e.learningRate());
    }

    @Test
    void labels_stay_valid_for_each_output_and_loss() {
        for (Example example : Gallery.all()) {
            Scenario e = EasyNumbers.of(example.scenario(), 3);
            assertEquals(java.util.List.of(), com.backproplab.explorer.LabelCheck.warnings(e), example.id());
        }
        RealMatrix y = EasyNumbers.of(SeedExample.scenario(), 11).batch().y();
        for (double[] row : y.getData()) {
            assertEquals(1.0, java.util.Arrays.stream(row).sum(), "one-hot");
        }
    }
}
