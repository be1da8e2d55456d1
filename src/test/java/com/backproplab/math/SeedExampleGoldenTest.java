package com.backproplab.math;

import static com.backproplab.support.Close.assertClose;
import static com.backproplab.support.Tolerances.GOLDEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.scenario.SeedExample;
import com.backproplab.support.Golden;
import org.junit.jupiter.api.Test;

/** Every table of the seed example against PyTorch in float64. */
class SeedExampleGoldenTest {

    private final BackpropTrace trace = SeedExample.scenario().trace();

    @Test
    void the_inputs_are_the_golden_inputs() {
        assertClose(Golden.matrix("inputs", "X"), trace.batch().x(), 0, "X");
        assertClose(Golden.matrix("inputs", "Y"), trace.batch().y(), 0, "Y");
        assertClose(Golden.matrix("inputs", "W1"), trace.network().weight(0), 0, "W1");
        assertClose(Golden.matrix("inputs", "W2"), trace.network().weight(1), 0, "W2");
        assertEquals(Golden.number("inputs", "learningRate"), trace.learningRate());
    }

    @Test
    void the_forward_pass_matches_pytorch() {
        ForwardPass f = trace.forward();
        assertClose(Golden.matrix("forward", "Z1"), f.z().get(0), GOLDEN, "Z1");
        assertClose(Golden.matrix("forward", "A1"), f.a().get(0), GOLDEN, "A1");
        assertClose(Golden.matrix("forward", "Z2"), f.z().get(1), GOLDEN, "Z2");
        assertClose(Golden.matrix("forward", "A2"), f.a().get(1), GOLDEN, "A2");
        double[] perSample = Golden.vector("forward", "lossPerSample");
        for (int k = 0; k < perSample.length; k++) {
            assertClose(perSample[k], f.lossPerSample()[k], GOLDEN, "loss of sample " + k);
        }
        assertClose(Golden.number("forward", "loss"), f.loss(), GOLDEN, "loss");
    }

    @Test
    void the_output_tables_match_pytorch() {
        BackwardPass b = trace.backward();
        assertClose(Golden.matrix("backward", "dA2"), b.dYHat(), GOLDEN, "dA2");
        for (int k = 0; k < 2; k++) {
            assertClose(Golden.jacobian(k), b.softmaxJacobians().get(k), GOLDEN, "J" + k);
        }
        assertClose(Golden.matrix("backward", "dZ2"), b.dZChain(), GOLDEN, "dZ2 by the chain");
        assertClose(Golden.matrix("backward", "dZ2"), b.dZFused().orElseThrow(), GOLDEN, "dZ2 fused");
    }

    @Test
    void every_gradient_matches_pytorch() {
        BackwardPass b = trace.backward();
        assertClose(Golden.matrix("backward", "dW2"), b.dW(1), GOLDEN, "dW2");
        assertClose(Golden.matrix("backward", "db2"), b.db(1), GOLDEN, "db2");
        assertClose(Golden.matrix("backward", "dA1"), b.layers().get(0).dA(), GOLDEN, "dA1");
        assertClose(Golden.matrix("backward", "dZ1"), b.layers().get(0).dZ(), GOLDEN, "dZ1");
        assertClose(Golden.matrix("backward", "dW1"), b.dW(0), GOLDEN, "dW1");
        assertClose(Golden.matrix("backward", "db1"), b.db(0), GOLDEN, "db1");
    }

    @Test
    void the_step_matches_pytorch() {
        Network next = trace.next();
        assertClose(Golden.matrix("step", "W1"), next.weight(0), GOLDEN, "W1 next");
        assertClose(Golden.matrix("step", "b1"), next.bias(0), GOLDEN, "b1 next");
        assertClose(Golden.matrix("step", "W2"), next.weight(1), GOLDEN, "W2 next");
        assertClose(Golden.matrix("step", "b2"), next.bias(1), GOLDEN, "b2 next");
    }

    @Test
    void the_relu_derivative_is_one_where_z1_is_positive_and_zero_elsewhere() {
        double[][] expected = {{0, 1, 0, 1}, {0, 1, 0, 1}};
        assertClose(
                expected,
                trace.backward().layers().get(0).activationDerivative().orElseThrow(),
                0,
                "f'(Z1)");
    }
}
