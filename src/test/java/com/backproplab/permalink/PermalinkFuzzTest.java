package com.backproplab.permalink;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.backproplab.scenario.Limits;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * 100,000 random and mutated links: the decoder answers each with a permalink or a PermalinkException,
 * never another exception, and never takes long.
 */
class PermalinkFuzzTest {

    private static final String ALPHABET = "v=1&;,.-+eE0123456789zXYWb%_:abcdefghijklmnopqrstuvwxyz";
    private final PermalinkCodec codec = new PermalinkCodec(Limits.DEFAULT);

    @Test
    void one_hundred_thousand_random_and_mutated_links_are_read_or_refused_cleanly() {
        Random random = new Random(2026);
        String[] seeds = new String[20];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = codec.encode(PermalinkCodecTest.randomLink(random));
        }
        seeds[0] = codec.encode(new Permalink(
                PermalinkCodecTest.randomScenario(random, java.util.List.of(8, 32, 32, 4), 40), ViewState.DEFAULT));
        int accepted = 0;
        long slowest = 0;
        for (int i = 0; i < 100_000; i++) {
            String link = i % 10 == 0 ? random(random) : mutate(random, seeds[random.nextInt(seeds.length)]);
            long t0 = System.nanoTime();
            try {
                codec.decode(link);
                accepted++;
            } catch (PermalinkException expected) {
                // refused with a message: fine
            } catch (RuntimeException e) {
                fail("the link " + link.substring(0, Math.min(200, link.length())) + " threw " + e, e);
            }
            slowest = Math.max(slowest, System.nanoTime() - t0);
        }
        assertTrue(accepted > 100, "some mutations stay valid links: " + accepted);
        assertTrue(slowest < 2_000_000_000L, "the slowest link took " + slowest / 1e6 + " ms");
    }

    private static String random(Random random) {
        int length = random.nextInt(300);
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(
                    random.nextInt(20) == 0
                            ? (char) random.nextInt(0x3000)
                            : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static String mutate(Random random, String link) {
        StringBuilder s = new StringBuilder(link);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(5)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 2 -> s.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                case 3 -> s.setLength(at);
                default ->
                    s.replace(
                            at,
                            Math.min(s.length(), at + 3),
                            new String(new byte[] {(byte) random.nextInt(256)}, StandardCharsets.ISO_8859_1));
            }
        }
        return s.toString();
    }
}
