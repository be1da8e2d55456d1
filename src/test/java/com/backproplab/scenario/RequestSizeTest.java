package com.backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RequestSizeTest {

    /** The worked example: 3-4-2 on 2 samples, 26 parameters (3·4 + 4 + 4·2 + 2). */
    private static final List<Integer> SEED = List.of(3, 4, 2);

    @Test
    void a_trace_counts_its_inputs_every_layer_table_the_output_routes_and_the_parameters() {
        // X and Y: 2·(3+2) = 10; Z, A, dA, dZ, f' of 6 units: 5·2·6 = 60; dŶ, chain, fused: 3·2·2 = 12;
        // W, b, dW, db, next: 4·26 = 104.
        assertEquals(10 + 60 + 12 + 104, RequestSize.trace(SEED, 2, false));
        assertEquals(10 + 60 + 12 + 104 + 8, RequestSize.trace(SEED, 2, true));
    }

    @Test
    void the_jacobians_grow_with_the_square_of_the_outputs() {
        assertEquals(10_000 * 64 * 64, RequestSize.jacobians(List.of(1, 1, 64), 10_000));
    }

    @Test
    void a_training_run_counts_the_trainer_s_buffers_and_the_loss_history() {
        // X and Y 10; Z, A, dZ, dA: 4·2·6 = 48; dŶ 4; W, Wᵀ, dW and the biases: 4·26 = 104; 101 losses.
        assertEquals(10 + 48 + 4 + 104 + 101, RequestSize.training(SEED, 2, 100));
    }

    @Test
    void a_page_adds_the_step_and_check_tables_of_every_parameter() {
        assertEquals(RequestSize.trace(SEED, 2, true) + 5 * 26, RequestSize.page(SEED, 2));
    }

    @Test
    void a_check_counts_the_trainer_s_buffers_and_two_tables_per_parameter() {
        assertEquals(RequestSize.training(SEED, 2, 0) + 2 * 26, RequestSize.check(SEED, 2));
    }

    @Test
    void a_page_up_to_the_limit_is_allowed_and_one_value_more_is_refused_with_the_sizes() {
        double values = RequestSize.page(SEED, 2);
        Limits exact = Limits.with(java.util.Map.of("max-page-values", Long.toString((long) values)));
        assertEquals(java.util.Optional.empty(), RequestSize.pageProblem(SEED, 2, exact));
        Limits under = Limits.with(java.util.Map.of("max-page-values", Long.toString((long) values - 1)));
        assertEquals(
                "a 3-4-2 network on 2 samples fills its tables with 324 numbers; one page shows at most 323. Use"
                        + " fewer samples or smaller layers, or post the JSON to the API.",
                RequestSize.pageProblem(SEED, 2, under).orElseThrow());
    }
}
