package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The trainer against the readable trace: the same steps from the same start must give the same bits. */
final class TraceAgreement {

    private TraceAgreement() {}

    /**
     * Runs {@code steps} steps of {@link Training#run} and of {@link BackpropTrace} from {@code network}; the loss
     * before each step and every parameter after the last must be equal ({@code what} names the case).
     */
    static void assertTrainingEqualsTrace(Network network, Batch batch, double alpha, int steps, String what) {
        Training.Result trained = Training.run(network, batch, alpha, steps);
        Network traced = network;
        for (int i = 0; i < steps; i++) {
            BackpropTrace t = BackpropTrace.of(traced, batch, alpha);
            assertEquals(t.forward().loss(), trained.lossHistory()[i], what + ": the loss before step " + (i + 1));
            traced = t.next();
        }
        assertSameParameters(traced, trained.network(), what);
    }

    /** Every weight and bias of the two networks equal, row by row. */
    static void assertSameParameters(Network expected, Network actual, String what) {
        for (int l = 0; l < expected.architecture().depth(); l++) {
            for (int i = 0; i < expected.weight(l).getRowDimension(); i++) {
                assertArrayEquals(
                        expected.weight(l).getRow(i), actual.weight(l).getRow(i), 0.0, what + ": W" + (l + 1));
            }
            assertArrayEquals(expected.bias(l).getRow(0), actual.bias(l).getRow(0), 0.0, what + ": b" + (l + 1));
        }
    }
}
