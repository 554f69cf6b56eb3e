package org.lorkit.phi;

import java.util.Arrays;
import java.util.List;

/**
 * Rough timing of the PHI guard, run by hand (not a unit test: timings on a shared CI machine are
 * noise). Runs the detector on a 2 000-character case note 20 000 times after warm-up and prints the
 * median time per call.
 *
 * <pre>mvn -q test-compile &amp;&amp; java -cp target/classes:target/test-classes org.lorkit.phi.PhiDetectorBench</pre>
 */
public final class PhiDetectorBench {

    private static final int LENGTH = 2_000;
    private static final int WARMUP = 5_000;
    private static final int RUNS = 20_000;

    private PhiDetectorBench() {
    }

    public static void main(String[] args) {
        String text = sampleText();
        List<String> allowed = List.of("Dr Maria Lopez", "Dr Samuel Okafor");
        PhiDetector detector = new PhiDetector();

        int sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += detector.detect(text, allowed).size();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            sink += detector.detect(text, allowed).size();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("PHI guard on %d chars, %d runs: median %.1f µs, p90 %.1f µs, p99 %.1f µs (%d findings/call)%n",
                text.length(), RUNS, nanos[RUNS / 2] / 1_000.0, nanos[RUNS * 9 / 10] / 1_000.0,
                nanos[RUNS * 99 / 100] / 1_000.0, detector.detect(text, allowed).size());
        if (sink == 42) {
            System.out.println(); // keeps the JIT from discarding the calls
        }
    }

    /** A realistic story: mostly clinical prose, a few identifiers, cut or padded to exactly 2 000 chars. */
    static String sampleText() {
        String note = "Presented a 67-year-old with DKA on rounds; anion gap 24, started insulin drip and K "
                + "replacement per protocol. Dr Lopez asked me to walk through the differential. BP 120/80, HR 110, "
                + "RR 22, SpO2 88% on 2L NC. Na 128, K 5.9, Cr 2.1 up from 1.0; held lisinopril. Troponin 0.04 then "
                + "0.06, ECG with ST depressions in V4-V6. A1c 9.2%, glargine 20 units at bedtime. GCS 8 on arrival, "
                + "CURB-65 of 3, Wells score 6, NIHSS 14 at 0300. Known Parkinson disease on carbidopa-levodopa "
                + "25/100 TID; Crohn's flare; Bell's palsy on the left; Murphy's sign positive. Moved from room 412 "
                + "to bed 3, HD 3, POD 2. Took 1/2 tab of oxycodone 5/325 at 3 am. Xarelto held, Eliquis resumed. "
                + "Mrs. Delgado was admitted on 3/14 with a COPD exacerbation; DOB 04/22/1958, MRN 00482913. "
                + "Called the daughter at (312) 555-0147. Lives at 1200 Oak Street, Apt 4B, Springfield, IL 62704. "
                + "The 92-year-old in bed 6 declined TAVR; Dr Okafor's feedback was to lead with the assessment. ";
        StringBuilder sb = new StringBuilder(LENGTH + note.length());
        while (sb.length() < LENGTH) {
            sb.append(note);
        }
        return sb.substring(0, LENGTH);
    }
}
