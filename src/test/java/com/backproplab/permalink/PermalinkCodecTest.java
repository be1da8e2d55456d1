package com.backproplab.permalink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.backproplab.math.Architecture;
import com.backproplab.math.Batch;
import com.backproplab.math.HiddenActivation;
import com.backproplab.math.Matrices;
import com.backproplab.math.Network;
import com.backproplab.scenario.CellRef;
import com.backproplab.scenario.FillRule;
import com.backproplab.scenario.Limits;
import com.backproplab.scenario.Scenario;
import com.backproplab.scenario.SeedExample;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermalinkCodecTest {

    private final PermalinkCodec codec = new PermalinkCodec(Limits.DEFAULT);
    private final Permalink seed = new Permalink(SeedExample.scenario(), ViewState.DEFAULT);

    @Test
    void the_seed_example_has_a_readable_link_of_at_most_400_characters() {
        String link = codec.encode(seed);
        assertEquals(
                "v=1&layers=3-4-2&act=relu&out=softmax&loss=ce&lr=0.1&X=2,8,6;1,2,3&Y=1,0;0,1"
                        + "&W1=-0.00885127,-0.00528875,-0.00062892,0.01330022;0.00045693,0.00057812,0.00184987,0.00878082;"
                        + "-0.00098337,0.01788674,-0.00878302,0.00338431&b1=0,0,0,0"
                        + "&W2=0.00263928,-0.00881749;-0.0067974,-0.00869512;-0.00402919,0.01688775;-0.01814645,-0.00337234"
                        + "&b2=0,0",
                link);
        assertTrue(link.length() <= 400, link.length() + " characters");
    }

    @Test
    void every_random_network_and_view_comes_back_bit_for_bit() throws PermalinkException {
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            Permalink link = randomLink(random);
            Permalink back = codec.decode(codec.encode(link));
            assertEquals(link.view(), back.view());
            assertSameBits(link.scenario(), back.scenario());
        }
    }

    @Test
    void a_large_network_uses_the_compressed_form_and_still_comes_back_exactly() throws PermalinkException {
        Random random = new Random(9);
        Scenario big = randomScenario(random, List.of(8, 32, 32, 4), 40);
        Permalink link = new Permalink(big, ViewState.DEFAULT);
        String encoded = codec.encode(link);
        assertTrue(encoded.startsWith("v=1&z="), encoded.substring(0, 20));
        assertSameBits(big, codec.decode(encoded).scenario());
    }

    @Test
    void the_view_state_travels_with_the_link() throws PermalinkException {
        ViewState view = new ViewState(CellRef.of("dW2", 1, 0), 7, ColourScale.TABLE, FillRule.RANDOM, 123);
        String encoded = codec.encode(new Permalink(SeedExample.scenario(), view));
        assertTrue(encoded.endsWith("&sel=dW2:1,0&digits=7&heat=1&fill=random&seed=123"), encoded);
        assertEquals(view, codec.decode("?" + encoded).view());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no version            | layers=3-4-2                                    | no version
            a future version      | v=2&layers=3-4-2                                | version '2'
            a missing matrix      | v=1&layers=3-4-2&act=relu&out=softmax&loss=ce&lr=0.1&X=1,2,3&Y=1,0 | W1: missing
            a bad number          | SEED&W1=a,b                                     | W1[0,0]: 'a' is not a number
            a wrong shape         | SEED&W2=1,2;3,4                                 | weights[1]: expected 4×2, got 2×2
            too many units        | SEED&layers=3-400-2                             | layers[1]: expected 1 to 64 units
            an unknown activation | SEED&act=swish                                  | unknown name 'swish'
            a forbidden pair      | SEED&out=linear                                 | a linear output with cross_entropy
            a broken escape       | SEED&lr=%zz                                     | broken %-escape
            garbage base64        | v=1&z=@@@@                                      | not valid base64url
            """)
    void a_bad_link_is_refused_with_a_message_that_names_the_problem(String what, String query, String message) {
        String q = query.replace("SEED", codec.encode(seed));
        PermalinkException e = assertThrows(PermalinkException.class, () -> codec.decode(q));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void a_compressed_link_cut_in_half_is_refused() {
        Scenario big = randomScenario(new Random(4), List.of(8, 32, 32, 4), 40);
        String encoded = codec.encode(new Permalink(big, ViewState.DEFAULT));
        String half = encoded.substring(0, encoded.length() / 2);
        PermalinkException e = assertThrows(PermalinkException.class, () -> codec.decode(half));
        assertTrue(e.getMessage().contains("cut short") || e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void a_decompression_bomb_stops_at_the_limit() {
        byte[] zeros = new byte[20 * 1024 * 1024];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(zeros);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        String bomb = "v=1&z=" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        assertTrue(bomb.length() < PermalinkCodec.MAX_QUERY, "the bomb fits in a link: " + bomb.length());
        PermalinkException e = assertThrows(PermalinkException.class, () -> codec.decode(bomb));
        assertTrue(e.getMessage().contains("expands past"), e.getMessage());
    }

    @Test
    void shortest_numbers_read_back_to_the_same_double() {
        assertEquals("0.1", LinkNumbers.number(0.1));
        assertEquals("2", LinkNumbers.number(2.0));
        assertEquals("-0", LinkNumbers.number(-0.0));
        assertEquals("1e-7", LinkNumbers.number(1e-7));
        assertEquals("-0.00062892", LinkNumbers.number(-0.00062892));
        assertEquals("1.5e7", LinkNumbers.number(1.5e7));
        assertEquals("1.7976931348623157e308", LinkNumbers.number(Double.MAX_VALUE));
        assertEquals("4.9e-324", LinkNumbers.number(Double.MIN_VALUE));
    }

    static void assertSameBits(Scenario a, Scenario b) {
        assertEquals(a.network().architecture(), b.network().architecture());
        assertEquals(Double.doubleToRawLongBits(a.learningRate()), Double.doubleToRawLongBits(b.learningRate()));
        assertSameBits(a.batch().x(), b.batch().x());
        assertSameBits(a.batch().y(), b.batch().y());
        for (int l = 0; l < a.network().architecture().depth(); l++) {
            assertSameBits(a.network().weight(l), b.network().weight(l));
            assertSameBits(a.network().bias(l), b.network().bias(l));
        }
    }

    private static void assertSameBits(RealMatrix a, RealMatrix b) {
        assertEquals(a.getRowDimension(), b.getRowDimension());
        assertEquals(a.getColumnDimension(), b.getColumnDimension());
        for (int r = 0; r < a.getRowDimension(); r++) {
            for (int c = 0; c < a.getColumnDimension(); c++) {
                assertEquals(
                        Double.doubleToRawLongBits(a.getEntry(r, c)),
                        Double.doubleToRawLongBits(b.getEntry(r, c)),
                        "[" + r + "][" + c + "] " + a.getEntry(r, c) + " vs " + b.getEntry(r, c));
            }
        }
    }

    static Permalink randomLink(Random random) {
        List<Integer> sizes = new ArrayList<>();
        int hidden = 1 + random.nextInt(3);
        for (int i = 0; i < hidden + 2; i++) {
            sizes.add(1 + random.nextInt(5));
        }
        Scenario s = randomScenario(random, sizes, 1 + random.nextInt(4));
        CellRef selected = random.nextBoolean() ? null : CellRef.of("dW1", random.nextInt(3), random.nextInt(3));
        ViewState view = new ViewState(
                selected,
                2 + random.nextInt(16),
                ColourScale.values()[random.nextInt(3)],
                FillRule.values()[random.nextInt(2)],
                random.nextInt());
        return new Permalink(s, view);
    }

    static Scenario randomScenario(Random random, List<Integer> sizes, int m) {
        HiddenActivation act = HiddenActivation.values()[random.nextInt(HiddenActivation.values().length)];
        var outputs = List.of(
                com.backproplab.math.OutputLayer.softmaxCrossEntropy(),
                new com.backproplab.math.OutputLayer(
                        com.backproplab.math.OutputActivation.LINEAR, com.backproplab.math.LossFunction.MSE));
        Architecture a = new Architecture(sizes, act, outputs.get(random.nextInt(2)));
        List<RealMatrix> w = new ArrayList<>();
        List<RealMatrix> b = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.size(); l++) {
            w.add(values(random, sizes.get(l), sizes.get(l + 1)));
            b.add(values(random, 1, sizes.get(l + 1)));
        }
        Batch batch = new Batch(values(random, m, sizes.getFirst()), values(random, m, sizes.getLast()));
        return new Scenario(
                new Network(a, w, b), batch, Math.abs(values(random, 1, 1).getEntry(0, 0)));
    }

    /** Awkward doubles on purpose: subnormals, huge, negative zero, long fractions. */
    private static RealMatrix values(Random random, int rows, int cols) {
        double[][] d = new double[rows][cols];
        for (double[] row : d) {
            for (int j = 0; j < cols; j++) {
                row[j] = switch (random.nextInt(6)) {
                    case 0 -> random.nextGaussian();
                    case 1 -> random.nextGaussian() * 1e-300;
                    case 2 -> random.nextGaussian() * 1e300;
                    case 3 -> -0.0;
                    case 4 ->
                        Double.longBitsToDouble(random.nextLong() & 0x7FEFFFFFFFFFFFFFL)
                                * (random.nextBoolean() ? 1 : -1);
                    default -> random.nextInt(7) - 3;
                };
            }
        }
        return Matrices.wrap(d);
    }

    @Test
    void a_link_of_the_most_characters_is_read_and_one_more_is_refused_by_its_length() {
        String longest = "v=1&" + "a".repeat(PermalinkCodec.MAX_QUERY - 4);
        PermalinkException read = assertThrows(PermalinkException.class, () -> codec.decode(longest));
        assertFalse(read.getMessage().contains("longer than"), read.getMessage());
        PermalinkException tooLong = assertThrows(PermalinkException.class, () -> codec.decode(longest + "a"));
        assertEquals("The link is longer than " + PermalinkCodec.MAX_QUERY + " characters.", tooLong.getMessage());
    }
    /** X[m−1][0] written with {@code extra} more characters than "0": 1, 10, 1.1, 1.01, …, 1.000000000000001. */
    private static double wider(int extra) {
        return switch (extra) {
            case 0 -> 0;
            case 1 -> 10;
            default -> 1 + Math.pow(10, -(extra - 1));
        };
    }

    @Test
    void a_link_of_exactly_the_readable_limit_stays_readable_and_one_character_more_is_compressed() {
        // Samples of zeros add ten characters each: the last readable count is within ten of the limit.
        Scenario last = null;
        for (int m = 2; ; m++) {
            Scenario s = com.backproplab.scenario.ScenarioEditor.resized(
                    SeedExample.scenario(), List.of(3, 4, 2), m, FillRule.ZEROS, 1);
            if (codec.encode(new Permalink(s, ViewState.DEFAULT)).startsWith("v=1&z=")) {
                break;
            }
            last = s;
        }
        int m = last.batch().size();
        int gap = PermalinkCodec.READABLE_LIMIT
                - codec.encode(new Permalink(last, ViewState.DEFAULT)).length();
        assertTrue(gap >= 0 && gap < 10, "gap " + gap);
        Scenario atLimit = com.backproplab.scenario.ScenarioEditor.withCell(
                last, com.backproplab.scenario.TableId.X, m - 1, 0, wider(gap));
        String readable = codec.encode(new Permalink(atLimit, ViewState.DEFAULT));
        assertEquals(PermalinkCodec.READABLE_LIMIT, readable.length());
        assertTrue(readable.startsWith("v=1&layers="), readable.substring(0, 20));
        Scenario over = com.backproplab.scenario.ScenarioEditor.withCell(
                last, com.backproplab.scenario.TableId.X, m - 1, 0, wider(gap + 1));
        assertTrue(codec.encode(new Permalink(over, ViewState.DEFAULT)).startsWith("v=1&z="));
    }
}
