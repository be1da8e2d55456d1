package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.backproplab.math.Architecture;
import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.StepTrace;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** An exported request reads back as the settings and the state it was written from, for every optimizer. */
class OptimizerJsonRoundTripTest {

    static Optimization[] optimizations() {
        return new Optimization[] {
            new Optimization(Optimizer.gradientDescent(), 0.5, 1),
            new Optimization(new Optimizer.Momentum(0.7, true), 0, 0),
            new Optimization(new Optimizer.Momentum(0.3, false), 0.01, 2),
            new Optimization(new Optimizer.RmsProp(0.95, 1e-6), 0.02, 0),
            new Optimization(new Optimizer.Adam(0.8, 0.99, 1e-7), 0.001, 1),
        };
    }

    @ParameterizedTest
    @MethodSource("optimizations")
    void settings_and_the_state_after_a_step_read_back_as_they_were_written(Optimization o) {
        Scenario seed = SeedExample.scenario();
        Architecture a = seed.network().architecture();
        OptimizerState after = StepTrace.of(
                        seed.network(), seed.batch(), 0.1, o, OptimizerState.initial(o.optimizer(), a), false)
                .step()
                .after();
        OptimizerSettings written = new OptimizerSettings(o, Optional.of(after));
        ObjectNode body = ScenarioJson.write(seed);
        OptimizerJson.write(body, written, a);
        assertEquals(written, OptimizerJson.read(body, a));
        assertEquals(o.weightDecay() > 0, body.has("weightDecay"), "λ only when it is not 0");
        assertEquals(o.batchSize() > 0, body.has("batchSize"), "b only when it is not the whole batch");
    }

    @ParameterizedTest
    @MethodSource("optimizations")
    void a_fresh_state_is_left_out_and_reads_back_as_fresh(Optimization o) {
        Architecture a = SeedExample.scenario().network().architecture();
        ObjectNode body = ScenarioJson.write(SeedExample.scenario());
        OptimizerJson.write(body, new OptimizerSettings(o, Optional.empty()), a);
        assertFalse(body.has("optimizerState"));
        assertEquals(new OptimizerSettings(o, Optional.empty()), OptimizerJson.read(body, a));
    }
}
