package org.lorkit.phi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The guard runs on every read of stored stories, so no input may make it slow: for each adversarial
 * shape, doubling the text (1 250 to 10 000 characters) must at most about double the time.
 *
 * <p>Time is the thread's CPU time over repeated calls (not wall time: another process on a 2-core machine
 * does not count against us), and the best of three rounds. Linear time would give a ratio of 8 between
 * 10 000 and 1 250 characters; quadratic gives 64. The limit is 16: twice linear, room for cache and JIT
 * effects and a loaded machine, far below what a quadratic pattern does (the two known cases took
 * hundreds of milliseconds and grew fourfold per doubling).
 */
class PhiLinearTimeTest {

    private static final PhiDetector DETECTOR = new PhiDetector(PhiCorpusTest.CORPUS_CLOCK);
    private static final int[] SIZES = {1_250, 2_500, 5_000, 10_000};
    private static final double MAX_RATIO = 16;

    record Shape(String name, IntFunction<String> make) {}

    private static String repeat(String head, String unit, int length) {
        StringBuilder sb = new StringBuilder(head);
        while (sb.length() < length) {
            sb.append(unit);
        }
        return sb.substring(0, length);
    }

    static final List<Shape> SHAPES = List.of(
            new Shape("'@ ' + '%a' repeated", n -> repeat("@ ", "%a", n)),
            new Shape("'.com ' + 'a-' repeated", n -> repeat(".com ", "a-", n)),
            new Shape("one long run of digits", n -> repeat("", "7", n)),
            new Shape("digits and spaces", n -> repeat("", "1 ", n)),
            new Shape("capitalised words", n -> repeat("", "Aaron ", n)),
            new Shape("dots", n -> repeat("", ".", n)),
            new Shape("at signs", n -> repeat("", "@", n)),
            new Shape("at signs and letters", n -> repeat("", "a@", n)),
            new Shape("label words", n -> repeat("", "mrn ", n)),
            new Shape("patient cues", n -> repeat("", "pt ", n)),
            new Shape("titles", n -> repeat("", "Mr ", n)),
            new Shape("fractions", n -> repeat("", "1/2/", n)),
            new Shape("dotted numbers", n -> repeat("", "1.", n)),
            new Shape("colons", n -> repeat("", "a:", n)),
            new Shape("residence words", n -> repeat("", "lives in ", n)),
            new Shape("hyphenated letters", n -> repeat("", "a-b", n)),
            new Shape("unknown lower-case words", n -> repeat("", "qzx ", n)),
            new Shape("one long unknown word after 'told', possessive", n -> repeat("told ", "qa", n - 2) + "'s"),
            new Shape("relatives in unknown towns", n -> repeat("", "son in qzxa ", n)),
            new Shape("unknown words opening lines", n -> repeat("", "qzxa w dka. ", n)),
            new Shape("towns of several words after prepositions", n -> repeat("", "in walla walla from gig ", n)),
            new Shape("two names opening sentences", n -> repeat("", "li na kept. ", n)),
            // fifth round: clause joiners before names, streets before ZIPs, responders, inflected words
            new Shape("names after clause joiners", n -> repeat("", "so qzxa refused w souza cried, ", n)),
            new Shape("streets and towns before ZIPs", n -> repeat("", "12 oak st qzx 98118 ", n)),
            new Shape("responders and house numbers", n -> repeat("", "ems went to 904 ", n)),
            new Shape("inflected unknown words", n -> repeat("", "stoolings ", n)));

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** CPU time a round takes at least: many calls of a fast shape, one or two of a slow one. */
    private static final long ROUND_NANOS = 20_000_000;

    /**
     * CPU nanoseconds per call, best of three rounds. A round repeats the call until it has taken
     * {@link #ROUND_NANOS}: the thread's CPU clock counts nanoseconds, so a round of one 60-ms call is as
     * exact as one of many short calls, and a slow shape no longer costs seconds per size.
     */
    private static double nanosPerCall(String text) {
        long once = CPU.getCurrentThreadCpuTime();
        DETECTOR.detect(text);
        once = Math.max(1, CPU.getCurrentThreadCpuTime() - once);
        long calls = Math.max(1, Math.min(200_000 / text.length() + 1, ROUND_NANOS / once + 1));
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            for (long i = 0; i < calls; i++) {
                DETECTOR.detect(text);
            }
            best = Math.min(best, (double) (CPU.getCurrentThreadCpuTime() - t0) / calls);
        }
        return best;
    }

    @Test
    void doublingAnAdversarialInputAtMostAboutDoublesTheTime() {
        StringBuilder report = new StringBuilder();
        boolean ok = true;
        for (Shape shape : SHAPES) {
            nanosPerCall(shape.make().apply(SIZES[0])); // warm up the JIT on this shape
            double[] t = new double[SIZES.length];
            for (int i = 0; i < SIZES.length; i++) {
                t[i] = nanosPerCall(shape.make().apply(SIZES[i]));
            }
            double ratio = t[SIZES.length - 1] / Math.max(t[0], 1);
            report.append(String.format(
                    "%-28s %8.0f %8.0f %8.0f %8.0f µs, ratio %.1f%n",
                    shape.name(), t[0] / 1e3, t[1] / 1e3, t[2] / 1e3, t[3] / 1e3, ratio));
            ok &= ratio <= MAX_RATIO;
        }
        System.out.print("PHI guard CPU time per call at 1250 / 2500 / 5000 / 10000 chars:\n" + report);
        assertTrue(ok, "a shape grew faster than linear:\n" + report);
    }
}
