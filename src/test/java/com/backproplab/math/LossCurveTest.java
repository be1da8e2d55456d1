package com.backproplab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.backproplab.scenario.SeedExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The loss curve moves only what one parameter changes (a column, then a rank-one change, then full layers);
 * it must still be the loss of the network with that parameter set, for every kind of layer and output.
 */
class LossCurveTest {

    private static final int NETWORKS = 60;

    @Test
    void every_point_of_the_curve_is_the_forward_pass_loss_with_the_parameter_set_to_it() {
        Random random = new Random(15);
        int points = 0;
        for (Architecture arch : architectures(random)) {
            Network network = RandomNetworks.network(random, arch);
            Batch batch = batch(random, arch);
            for (ParameterRef ref : someParameters(random, arch)) {
                LossCurve curve = LossCurve.of(network, batch, ref);
                double own = network.parameter(ref);
                for (double value : new double[] {own - 3, own - 0.01, own + 1e-7, own + 0.5, own + 40}) {
                    double expected = ForwardPass.of(network.withParameter(ref, value), batch)
                            .loss();
                    assertEquals(expected, curve.at(value), 1e-12 * Math.max(1, Math.abs(expected)), arch + " " + ref);
                    points++;
                }
                assertEquals(ForwardPass.of(network, batch).loss(), curve.at(own), 0.0, "at its own value, exactly");
            }
        }
        assertEquals(true, points > 1000, "points checked: " + points);
    }

    @Test
    void the_slope_at_a_value_is_the_trace_gradient_of_the_network_with_that_value_bit_for_bit() {
        Random random = new Random(16);
        for (Architecture arch : architectures(random)) {
            Network network = RandomNetworks.network(random, arch);
            Batch batch = batch(random, arch);
            for (ParameterRef ref : someParameters(random, arch)) {
                double value = network.parameter(ref) + random.nextGaussian();
                BackpropTrace t = BackpropTrace.of(network.withParameter(ref, value), batch, 0.1, false);
                double expected = (ref.bias()
                                ? t.backward().db(ref.layer())
                                : t.backward().dW(ref.layer()))
                        .getEntry(ref.row(), ref.col());
                assertEquals(expected, LossCurve.of(network, batch, ref).slopeAt(value), 0.0, arch + " " + ref);
            }
        }
    }

    @Test
    void a_curve_far_out_along_one_logit_stays_finite() {
        Network network = SeedExample.scenario().network();
        Batch batch = SeedExample.scenario().batch();
        ParameterRef outputBias = ParameterRef.bias(1, 0);
        double[] far = LossCurve.of(network, batch, outputBias).at(new double[] {-1e300, 1e300});
        for (double v : far) {
            assertEquals(true, Double.isFinite(v), "L = " + v);
        }
    }

    /** One to six samples of inputs and labels that suit the output layer. */
    private static Batch batch(Random random, Architecture arch) {
        int m = 1 + random.nextInt(6);
        return new Batch(
                RandomNetworks.gaussian(random, m, arch.inputs(), 1.0),
                RandomNetworks.labels(random, arch.output(), m, arch.outputs()));
    }

    /** Every hidden activation and every output layer, one to three hidden layers. */
    private static List<Architecture> architectures(Random random) {
        List<Architecture> out = new ArrayList<>();
        List<OutputLayer> outputs = RandomNetworks.outputLayers();
        HiddenActivation[] hidden = HiddenActivation.values();
        for (int i = 0; i < NETWORKS; i++) {
            out.add(new Architecture(
                    RandomNetworks.sizes(random, 1 + i % 3),
                    hidden[i % hidden.length],
                    outputs.get(i % outputs.size())));
        }
        return out;
    }

    /** A weight and a bias of every layer, at random places. */
    private static List<ParameterRef> someParameters(Random random, Architecture arch) {
        List<ParameterRef> refs = new ArrayList<>();
        for (int l = 0; l < arch.depth(); l++) {
            int in = arch.sizes().get(l);
            int out = arch.sizes().get(l + 1);
            refs.add(ParameterRef.weight(l, random.nextInt(in), random.nextInt(out)));
            refs.add(ParameterRef.bias(l, random.nextInt(out)));
        }
        return refs;
    }
}
