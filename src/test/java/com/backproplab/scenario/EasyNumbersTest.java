package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.LossFunction;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.math.OutputActivation;
import com.backproplab.math.OutputLayer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Tag;
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

    /** A 6-8-5 network on 40 samples with {@code output}, all zeros: room for every easy value to appear. */
    private static Scenario wide(OutputLayer output) {
        Architecture a = new Architecture(List.of(6, 8, 5), HiddenActivation.RELU, output);
        Network n = new Network(
                a,
                List.of(Matrices.zeros(6, 8), Matrices.zeros(8, 5)),
                List.of(Matrices.zeros(1, 8), Matrices.zeros(1, 5)));
        return new Scenario(n, new Batch(Matrices.zeros(40, 6), Matrices.zeros(40, 5)), 0.1);
    }

    private static Set<Double> values(RealMatrix m) {
        Set<Double> out = new TreeSet<>();
        for (double[] row : m.getData()) {
            for (double v : row) {
                out.add(v);
            }
        }
        return out;
    }

    private static Set<Double> range(int from, int to, double scale) {
        Set<Double> out = new TreeSet<>();
        for (int i = from; i <= to; i++) {
            out.add(i / scale);
        }
        return out;
    }

    @Test
    void every_easy_value_of_each_kind_appears_and_no_other() {
        Scenario e = EasyNumbers.of(wide(OutputLayer.softmaxCrossEntropy()), 5);
        assertEquals(range(-3, 3, 1), values(e.batch().x()), "240 inputs from −3 to 3");
        Set<Double> w = values(e.network().weight(0));
        w.addAll(values(e.network().weight(1)));
        assertEquals(range(-9, 9, 10), w, "88 weights from −0.9 to 0.9");
        assertEquals(Set.of(0.0, 1.0), values(e.batch().y()));
    }

    @Test
    void labels_of_a_linear_output_are_integers_from_minus_two_to_two_and_of_squared_error_zero_or_one() {
        Scenario linear = EasyNumbers.of(wide(new OutputLayer(OutputActivation.LINEAR, LossFunction.MSE)), 5);
        assertEquals(range(-2, 2, 1), values(linear.batch().y()));
        Scenario sigmoid =
                EasyNumbers.of(wide(new OutputLayer(OutputActivation.SIGMOID, LossFunction.CROSS_ENTROPY)), 5);
        assertEquals(Set.of(0.0, 1.0), values(sigmoid.batch().y()));
        Scenario softmaxMse = EasyNumbers.of(wide(new OutputLayer(OutputActivation.SOFTMAX, LossFunction.MSE)), 5);
        assertEquals(Set.of(0.0, 1.0), values(softmaxMse.batch().y()));
        double rowSums = 0;
        for (double[] row : softmaxMse.batch().y().getData()) {
            rowSums += Arrays.stream(row).sum();
        }
        assertNotEquals(40.0, rowSums, "squared error takes any 0/1 labels, not only one-hot rows");
    }

    /**
     * A snapshot, not an oracle: the exercise of seed 42 on the worked example, copied from this code's output.
     * The same seed must give the same exercise in every version, so that a worksheet made from a seed stays
     * right.
     */
    @Test
    @Tag("snapshot")
    void snapshot_seed_42_gives_the_same_worked_example_exercise_as_ever() {
        Scenario e = EasyNumbers.of(SeedExample.scenario(), 42);
        assertArrayEquals(new double[][] {{-1, 3, 0}, {1, 0, -1}}, e.batch().x().getData());
        assertArrayEquals(new double[][] {{0, 1}, {0, 1}}, e.batch().y().getData());
        assertArrayEquals(
                new double[][] {{-0.3, -0.3, 0.2, 0.9}, {0.6, 0.6, -0.2, 0}, {-0.5, -0.6, 0.4, -0.8}},
                e.network().weight(0).getData());
        assertArrayEquals(
                new double[][] {{-0.9, 0.1}, {-0.1, 0}, {0.6, 0.5}, {0, 0.4}},
                e.network().weight(1).getData());
    }
}
