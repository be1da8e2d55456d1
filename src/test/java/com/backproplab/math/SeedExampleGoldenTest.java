package com.backproplab.math;

import static com.backproplab.support.Close.PYTORCH_TOLERANCE;
import static com.backproplab.support.Close.assertClose;
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
        assertClose(Golden.matrix("forward", "Z1"), f.z().get(0), PYTORCH_TOLERANCE, "Z1");
        assertClose(Golden.matrix("forward", "A1"), f.a().get(0), PYTORCH_TOLERANCE, "A1");
        assertClose(Golden.matrix("forward", "Z2"), f.z().get(1), PYTORCH_TOLERANCE, "Z2");
        assertClose(Golden.matrix("forward", "A2"), f.a().get(1), PYTORCH_TOLERANCE, "A2");
        double[] perSample = Golden.vector("forward", "lossPerSample");
        for (int k = 0; k < perSample.length; k++) {
            assertClose(perSample[k], f.lossPerSample()[k], PYTORCH_TOLERANCE, "loss of sample " + k);
        }
        assertClose(Golden.number("forward", "loss"), f.loss(), PYTORCH_TOLERANCE, "loss");
    }

    @Test
    void the_output_tables_match_pytorch() {
        BackwardPass b = trace.backward();
        assertClose(Golden.matrix("backward", "dA2"), b.dYHat(), PYTORCH_TOLERANCE, "dA2");
        for (int k = 0; k < 2; k++) {
            assertClose(Golden.jacobian(k), b.softmaxJacobians().get(k), PYTORCH_TOLERANCE, "J" + k);
        }
        assertClose(Golden.matrix("backward", "dZ2"), b.dZChain(), PYTORCH_TOLERANCE, "dZ2 by the chain");
        assertClose(Golden.matrix("backward", "dZ2"), b.dZFused().orElseThrow(), PYTORCH_TOLERANCE, "dZ2 fused");
    }

    @Test
    void every_gradient_matches_pytorch() {
        BackwardPass b = trace.backward();
        assertClose(Golden.matrix("backward", "dW2"), b.dW(1), PYTORCH_TOLERANCE, "dW2");
        assertClose(Golden.matrix("backward", "db2"), b.db(1), PYTORCH_TOLERANCE, "db2");
        assertClose(Golden.matrix("backward", "dA1"), b.layers().get(0).dA(), PYTORCH_TOLERANCE, "dA1");
        assertClose(Golden.matrix("backward", "dZ1"), b.layers().get(0).dZ(), PYTORCH_TOLERANCE, "dZ1");
        assertClose(Golden.matrix("backward", "dW1"), b.dW(0), PYTORCH_TOLERANCE, "dW1");
        assertClose(Golden.matrix("backward", "db1"), b.db(0), PYTORCH_TOLERANCE, "db1");
    }

    @Test
    void the_step_matches_pytorch() {
        Network next = trace.next();
        assertClose(Golden.matrix("step", "W1"), next.weight(0), PYTORCH_TOLERANCE, "W1 next");
        assertClose(Golden.matrix("step", "b1"), next.bias(0), PYTORCH_TOLERANCE, "b1 next");
        assertClose(Golden.matrix("step", "W2"), next.weight(1), PYTORCH_TOLERANCE, "W2 next");
        assertClose(Golden.matrix("step", "b2"), next.bias(1), PYTORCH_TOLERANCE, "b2 next");
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
