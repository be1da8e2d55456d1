package com.backproplab.permalink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Optimization;
import com.backproplab.math.Optimizer;
import com.backproplab.math.OptimizerState;
import com.backproplab.math.StepTrace;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.OptimizerSettings;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptimizerLinkTest {

    private final PermalinkCodec codec = new PermalinkCodec(Limits.DEFAULT);
    private final Scenario seed = SeedExample.scenario();

    /** The state after two steps of {@code o} on the worked example. */
    private OptimizerState twoSteps(Optimization o) {
        OptimizerState state =
                OptimizerState.initial(o.optimizer(), seed.network().architecture());
        var network = seed.network();
        for (int i = 0; i < 2; i++) {
            StepTrace t = StepTrace.of(network, seed.batch(), seed.learningRate(), o, state, false);
            network = t.next();
            state = t.step().after();
        }
        return state;
    }

    @Test
    void every_optimizer_with_its_settings_decay_batch_size_and_state_reads_back_exactly() throws Exception {
        for (Optimization o : List.of(
                new Optimization(new Optimizer.Momentum(0.8, true), 0.01, 1),
                new Optimization(new Optimizer.RmsProp(0.95, 1e-7), 0, 1),
                new Optimization(new Optimizer.Adam(0.85, 0.995, 1e-6), 0.001, 0),
                new Optimization(Optimizer.gradientDescent(), 0.5, 1))) {
            OptimizerSettings settings = new OptimizerSettings(o, Optional.of(twoSteps(o)));
            Permalink link = new Permalink(seed, ViewState.DEFAULT, PracticePlan.NONE, settings);
            Permalink back = codec.decode(codec.encode(link));
            assertEquals(o, back.optimizer().optimization(), o.toString());
            OptimizerState expected = settings.state().orElseThrow();
            OptimizerState read = back.optimizer().state().orElseThrow();
            assertEquals(expected.t(), read.t());
            assertEquals(expected.first(), read.first(), "first buffer, bit for bit");
            assertEquals(expected.second(), read.second(), "second buffer, bit for bit");
        }
    }

    @Test
    void an_adam_link_names_its_buffers_by_parameter() throws Exception {
        Optimization adam = new Optimization(Optimizer.adam(), 0, 0);
        String link = codec.encode(new Permalink(
                seed, ViewState.DEFAULT, PracticePlan.NONE, new OptimizerSettings(adam, Optional.of(twoSteps(adam)))));
        String inner =
                link.contains("&z=") ? Compression.unpack(link.substring(link.indexOf("z=") + 2), 1 << 20) : link;
        assertTrue(inner.contains("&opt=adam&beta1=0.9&beta2=0.999&eps=1e-8&t=2&m_W1="), inner);
        assertTrue(inner.contains("&v_b2="), inner);
    }

    @Test
    void a_link_without_optimizer_parameters_is_plain_gradient_descent_and_writes_none() throws Exception {
        Permalink plain = new Permalink(seed, ViewState.DEFAULT);
        String link = codec.encode(plain);
        assertFalse(link.contains("opt="), link);
        assertEquals(OptimizerSettings.PLAIN, codec.decode(link).optimizer());
        assertEquals(plain, codec.decode(link));
    }

    @Test
    void a_state_too_large_for_a_link_is_left_out_and_the_settings_stay() throws Exception {
        Optimization adam = new Optimization(Optimizer.adam(), 0, 0);
        var arch = new com.backproplab.math.Architecture(
                List.of(64, 64, 64, 64, 10),
                com.backproplab.math.HiddenActivation.TANH,
                com.backproplab.math.OutputLayer.softmaxCrossEntropy());
        java.util.Random random = new java.util.Random(1);
        List<org.apache.commons.math3.linear.RealMatrix> w = new java.util.ArrayList<>();
        List<org.apache.commons.math3.linear.RealMatrix> b = new java.util.ArrayList<>();
        List<org.apache.commons.math3.linear.RealMatrix> m = new java.util.ArrayList<>();
        for (int l = 0; l < arch.depth(); l++) {
            w.add(random(random, arch.sizes().get(l), arch.sizes().get(l + 1)));
            b.add(random(random, 1, arch.sizes().get(l + 1)));
            m.add(random(random, arch.sizes().get(l), arch.sizes().get(l + 1)));
            m.add(random(random, 1, arch.sizes().get(l + 1)));
        }
        var network = new com.backproplab.math.Network(arch, w, b);
        Scenario big = new Scenario(
                network, new com.backproplab.math.Batch(random(random, 1, 64), random(random, 1, 10)), 0.1);
        OptimizerState state = new OptimizerState(
                5, m, m.stream().map(x -> x.scalarMultiply(x.getNorm())).toList());
        String link = codec.encode(new Permalink(
                big, ViewState.DEFAULT, PracticePlan.NONE, new OptimizerSettings(adam, Optional.of(state))));
        assertTrue(link.length() <= PermalinkCodec.MAX_QUERY, "length " + link.length());
        Permalink back = codec.decode(link);
        assertEquals(adam, back.optimizer().optimization());
        assertTrue(back.optimizer().state().isEmpty(), "the state does not fit; t starts again");
    }

    @Test
    void a_link_exactly_as_long_as_the_server_reads_keeps_the_optimizers_state() throws Exception {
        // A 64-64-64-64-10 network with Adam, whose buffer m holds `digits` random significant digits in all
        // (whole entries of 15 digits, then one shorter, then zeros): the deflated link grows by under a
        // character a digit, so some count of digits makes it exactly MAX_QUERY characters long. The count is
        // searched for, as it depends on the deflater byte for byte.
        Optimization adam = new Optimization(Optimizer.adam(), 0, 0);
        var arch = new com.backproplab.math.Architecture(
                List.of(64, 64, 64, 64, 10),
                com.backproplab.math.HiddenActivation.TANH,
                com.backproplab.math.OutputLayer.softmaxCrossEntropy());
        java.util.Random random = new java.util.Random(2);
        List<org.apache.commons.math3.linear.RealMatrix> w = new java.util.ArrayList<>();
        List<org.apache.commons.math3.linear.RealMatrix> b = new java.util.ArrayList<>();
        for (int l = 0; l < arch.depth(); l++) {
            w.add(random(random, arch.sizes().get(l), arch.sizes().get(l + 1)));
            b.add(random(random, 1, arch.sizes().get(l + 1)));
        }
        Scenario big = new Scenario(
                new com.backproplab.math.Network(arch, w, b),
                new com.backproplab.math.Batch(random(random, 1, 64), random(random, 1, 10)),
                0.1);
        List<org.apache.commons.math3.linear.RealMatrix> zeros =
                OptimizerState.initial(adam.optimizer(), arch).first();
        int entries = zeros.stream()
                .mapToInt(m -> m.getRowDimension() * m.getColumnDimension())
                .sum();
        // 15 digits for every entry of m, drawn once (the link reaches the limit before m is full); `digits`
        // of them are written, and v is 0.
        char[] drawn = new char[entries * 15];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = (char) ('1' + random.nextInt(9));
        }
        java.util.function.IntFunction<String> linkWith = digits -> {
            List<List<org.apache.commons.math3.linear.RealMatrix>> buffers = new java.util.ArrayList<>();
            int at = 0;
            for (int buffer = 0; buffer < 2; buffer++) {
                List<org.apache.commons.math3.linear.RealMatrix> out = new java.util.ArrayList<>();
                for (org.apache.commons.math3.linear.RealMatrix z : zeros) {
                    double[][] d = new double[z.getRowDimension()][z.getColumnDimension()];
                    for (double[] row : d) {
                        for (int j = 0; j < row.length; j++, at += 15) {
                            int n = Math.max(0, Math.min(15, digits - at));
                            row[j] = n == 0 ? 0 : Double.parseDouble("0." + new String(drawn, at, n));
                        }
                    }
                    out.add(com.backproplab.math.Matrices.of(d));
                }
                buffers.add(out);
            }
            OptimizerState state = new OptimizerState(5, buffers.get(0), buffers.get(1));
            return codec.encode(new Permalink(
                    big, ViewState.DEFAULT, PracticePlan.NONE, new OptimizerSettings(adam, Optional.of(state))));
        };
        int stateless = codec.encode(new Permalink(
                        big, ViewState.DEFAULT, PracticePlan.NONE, new OptimizerSettings(adam, Optional.empty())))
                .length();
        // A count of digits whose link keeps the state while the next one's does not.
        int lo = 0;
        int hi = drawn.length;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (linkWith.apply(mid).length() > stateless) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        // The deflated length wobbles by a few characters from one count to the next, so the counts around the
        // boundary are tried, from a few above it down to where links with the state fall 8 characters short;
        // a count whose link drops the state (too long) is passed over.
        String exact = null;
        int length = PermalinkCodec.MAX_QUERY;
        for (int digits = lo + 10; exact == null && length > PermalinkCodec.MAX_QUERY - 8; digits--) {
            String link = linkWith.apply(digits);
            if (link.length() > stateless) {
                length = link.length();
                exact = length == PermalinkCodec.MAX_QUERY ? link : null;
            }
        }
        assertTrue(exact != null, "a link of exactly " + PermalinkCodec.MAX_QUERY + " characters with the state");
        Permalink back = codec.decode(exact);
        assertEquals(5, back.optimizer().state().orElseThrow().t(), "the server reads it, state and all");
    }

    private static org.apache.commons.math3.linear.RealMatrix random(java.util.Random r, int rows, int cols) {
        double[][] d = new double[rows][cols];
        for (double[] row : d) {
            for (int j = 0; j < cols; j++) {
                row[j] = r.nextGaussian();
            }
        }
        return com.backproplab.math.Matrices.of(d);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            opt          | &opt=sgd
            beta1        | &opt=adam&beta1=1
            beta2        | &opt=adam&beta2=-0.5
            eps          | &opt=adam&eps=0
            rho          | &opt=rmsprop&rho=abc
            mu           | &opt=momentum&mu=1.5
            nesterov     | &opt=momentum&mu=0&nesterov=1
            wd           | &wd=-1
            bs           | &bs=0
            bs           | &bs=two
            t            | &opt=adam&t=-1
            m_W1         | &opt=adam&t=1
            v_W1         | &opt=momentum&t=1&v_W1=1,2;3,4&v_b1=0,0,0,0&v_W2=0,0;0,0;0,0;0,0&v_b2=0,0
            s_b2         | &opt=rmsprop&t=1&s_W1=0,0,0,0;0,0,0,0;0,0,0,0&s_b1=0,0,0,0&s_W2=0,0;0,0;0,0;0,0&s_b2=0,-1
            """)
    void a_bad_optimizer_parameter_is_refused_naming_it(String parameter, String extra) {
        String link = codec.encode(new Permalink(seed, ViewState.DEFAULT)) + extra;
        PermalinkException e = assertThrows(PermalinkException.class, () -> codec.decode(link));
        assertTrue(e.getMessage().startsWith("The link cannot be read: " + parameter + ":"), e.getMessage());
    }

    @Test
    void a_state_at_t_0_is_no_state_and_stays_out_of_the_link() throws Exception {
        Optimization adam = new Optimization(Optimizer.adam(), 0, 0);
        OptimizerState fresh =
                OptimizerState.initial(adam.optimizer(), seed.network().architecture());
        String link = codec.encode(new Permalink(
                seed, ViewState.DEFAULT, PracticePlan.NONE, new OptimizerSettings(adam, Optional.of(fresh))));
        String inner =
                link.contains("&z=") ? Compression.unpack(link.substring(link.indexOf("z=") + 2), 1 << 20) : link;
        assertTrue(inner.contains("&opt=adam&beta1=0.9&beta2=0.999&eps=1e-8"), inner);
        assertFalse(inner.contains("&t="), inner);
        assertFalse(inner.contains("m_W1="), inner);
        assertTrue(codec.decode(link).optimizer().state().isEmpty());
    }

    @Test
    void a_batch_size_from_one_to_the_largest_int_is_read() throws Exception {
        String link = codec.encode(new Permalink(seed, ViewState.DEFAULT)) + "&bs=1";
        assertEquals(1, codec.decode(link).optimizer().optimization().batchSize());
        String most = codec.encode(new Permalink(seed, ViewState.DEFAULT)) + "&bs=" + Integer.MAX_VALUE;
        assertEquals(
                Integer.MAX_VALUE, codec.decode(most).optimizer().optimization().batchSize());
    }
}
