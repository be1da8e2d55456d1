package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.Training;
import org.junit.jupiter.api.Test;

/** The gallery's valley: what its note promises, momentum and Adam well ahead of gradient descent. */
class ValleyExampleTest {

    private final Scenario valley = Gallery.byId("valley").orElseThrow().scenario();

    private double lossAfter50(Optimizer optimizer) {
        Optimization o = new Optimization(optimizer, 0, 0);
        Training.OptimizedResult run = Training.run(
                valley.network(),
                valley.batch(),
                valley.learningRate(),
                o,
                OptimizerState.initial(optimizer, valley.network().architecture()),
                50,
                Training.Observer.none());
        return run.result().lossHistory()[50];
    }

    @Test
    void after_50_steps_momentum_and_adam_are_far_below_gradient_descent() {
        double gd = lossAfter50(Optimizer.gradientDescent());
        double momentum = lossAfter50(Optimizer.momentum());
        double adam = lossAfter50(Optimizer.adam());
        assertTrue(gd > 0.1, "gradient descent still crawls: " + gd);
        assertTrue(momentum < 0.004, "momentum: " + momentum);
        assertTrue(adam < 0.004, "adam: " + adam);
    }
}
