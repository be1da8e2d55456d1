package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class MatricesTest {

    private static final RealMatrix A = Matrices.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
    private static final RealMatrix B = Matrices.of(new double[] {7, 8}, new double[] {9, 10}, new double[] {11, 12});

    @Test
    void mult_multiplies_a_2x3_by_a_3x2() {
        assertArrayEquals(
                new double[][] {{58, 64}, {139, 154}}, Matrices.mult(A, B).getData());
    }

    @Test
    void mult_rejects_inner_dimensions_that_differ_naming_both_shapes() {
        ShapeException e = assertThrows(ShapeException.class, () -> Matrices.mult(A, A));
        assertEquals("mult: inner dimensions of 2×3 and 2×3 differ", e.getMessage());
    }

    @Test
    void multTransA_and_multTransB_agree_with_commons_math_on_random_matrices() {
        Random random = new Random(1);
        RealMatrix p = RandomNetworks.gaussian(random, 7, 5, 1);
        RealMatrix q = RandomNetworks.gaussian(random, 7, 3, 1);
        RealMatrix r = RandomNetworks.gaussian(random, 4, 5, 1);
        assertEquals(0, Matrices.maxAbsDifference(p.transpose().multiply(q), Matrices.multTransA(p, q)), 1e-13);
        assertEquals(0, Matrices.maxAbsDifference(p.multiply(r.transpose()), Matrices.multTransB(p, r)), 1e-13);
        assertEquals(0, Matrices.maxAbsDifference(p.multiply(r.transpose()), Matrices.mult(p, r.transpose())), 1e-13);
    }

    @Test
    void multTransA_rejects_a_different_number_of_rows() {
        assertThrows(ShapeException.class, () -> Matrices.multTransA(A, B));
    }

    @Test
    void multTransB_rejects_a_different_number_of_columns() {
        assertThrows(ShapeException.class, () -> Matrices.multTransB(A, B));
    }

    @Test
    void addRow_adds_the_row_to_every_row_and_rejects_a_wrong_length() {
        RealMatrix sum = Matrices.addRow(A, Matrices.of(new double[] {10, 20, 30}));
        assertArrayEquals(new double[][] {{11, 22, 33}, {14, 25, 36}}, sum.getData());
        ShapeException e =
                assertThrows(ShapeException.class, () -> Matrices.addRow(A, Matrices.of(new double[] {1, 2})));
        assertEquals("row vector: expected 1×3, got 1×2", e.getMessage());
    }

    @Test
    void sumColumns_sums_each_column_into_one_row() {
        assertArrayEquals(new double[][] {{5, 7, 9}}, Matrices.sumColumns(A).getData());
    }

    @Test
    void elementMult_multiplies_element_by_element_and_rejects_other_shapes() {
        assertArrayEquals(
                new double[][] {{1, 4, 9}, {16, 25, 36}},
                Matrices.elementMult(A, A).getData());
        ShapeException e = assertThrows(ShapeException.class, () -> Matrices.elementMult(A, B));
        assertEquals("elementMult: shapes 2×3 and 3×2 differ", e.getMessage());
    }

    @Test
    void no_operation_modifies_its_arguments() {
        double[][] before = A.getData();
        Matrices.elementMult(A, A);
        Matrices.subtractScaled(A, 0.5, A);
        Matrices.addRow(A, Matrices.of(new double[] {1, 1, 1}));
        assertArrayEquals(before, A.getData());
    }

    @Test
    void requireShape_names_the_field_and_both_shapes() {
        ShapeException e = assertThrows(ShapeException.class, () -> Matrices.requireShape("weights[1]", B, 4, 2));
        assertEquals("weights[1]: expected 4×2, got 3×2", e.getMessage());
    }

    @Test
    void multAddRow_multiplies_and_adds_the_row_to_every_row() {
        RealMatrix z = Matrices.multAddRow(A, B, Matrices.of(new double[] {0.5, -1}));
        assertArrayEquals(new double[][] {{58.5, 63}, {139.5, 153}}, z.getData());
    }

    @Test
    void multAddRow_rejects_inner_dimensions_that_differ_naming_both_shapes() {
        ShapeException e = assertThrows(
                ShapeException.class, () -> Matrices.multAddRow(A, A, Matrices.of(new double[] {1, 2, 3})));
        assertEquals("multAddRow: inner dimensions of 2×3 and 2×3 differ", e.getMessage());
    }

    @Test
    void multAddRow_rejects_a_bias_of_the_wrong_length() {
        ShapeException e = assertThrows(
                ShapeException.class, () -> Matrices.multAddRow(A, B, Matrices.of(new double[] {1, 2, 3})));
        assertEquals("row vector: expected 1×2, got 1×3", e.getMessage());
    }

    @Test
    void zip_applies_the_function_to_each_pair_and_rejects_other_shapes() {
        assertArrayEquals(
                new double[][] {{0, 0, 0}, {0, 0, 0}},
                Matrices.zip(A, A, (x, y) -> x - y).getData());
        assertArrayEquals(
                new double[][] {{1, 4, 27}, {256, 3125, 46656}},
                Matrices.zip(A, A, Math::pow).getData());
        ShapeException e = assertThrows(ShapeException.class, () -> Matrices.zip(A, B, Double::sum));
        assertEquals("zip: shapes 2×3 and 3×2 differ", e.getMessage());
    }

    @Test
    void zip_rejects_the_same_size_in_another_shape() {
        RealMatrix row = Matrices.of(new double[] {1, 2, 3, 4, 5, 6});
        assertThrows(ShapeException.class, () -> Matrices.zip(A, row, Double::sum));
        assertThrows(ShapeException.class, () -> Matrices.zip(A, Matrices.of(new double[] {1, 2, 3}), Double::sum));
    }

    @Test
    void subtractScaled_computes_a_minus_alpha_b_and_rejects_other_shapes() {
        RealMatrix ones = Matrices.of(new double[] {1, 1, 1}, new double[] {1, 1, 1});
        assertArrayEquals(
                new double[][] {{0.5, 1.5, 2.5}, {3.5, 4.5, 5.5}},
                Matrices.subtractScaled(A, 0.5, ones).getData());
        ShapeException e = assertThrows(ShapeException.class, () -> Matrices.subtractScaled(A, 0.1, B));
        assertEquals("subtractScaled: shapes 2×3 and 3×2 differ", e.getMessage());
    }

    @Test
    void maxAbsDifference_is_the_largest_difference_and_nan_when_one_is_not_a_number() {
        RealMatrix c = Matrices.of(new double[] {1, 2.5, 3}, new double[] {1, 5, 6});
        assertEquals(3.0, Matrices.maxAbsDifference(A, c));
        assertEquals(3.0, Matrices.maxAbsDifference(c, A));
        assertEquals(0.0, Matrices.maxAbsDifference(A, A));
        RealMatrix nan = Matrices.of(new double[] {Double.NaN, 2, 3}, new double[] {400, 5, 6});
        assertEquals(Double.NaN, Matrices.maxAbsDifference(A, nan));
        ShapeException e = assertThrows(ShapeException.class, () -> Matrices.maxAbsDifference(A, B));
        assertEquals("maxAbsDifference: shapes 2×3 and 3×2 differ", e.getMessage());
    }
}
