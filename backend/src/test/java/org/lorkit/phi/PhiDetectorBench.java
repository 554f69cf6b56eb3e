package org.lorkit.phi;

import java.util.Arrays;
import java.util.List;

/**
 * Timing of the PHI guard, run by hand with {@code make phi-bench} (not a unit test: timings on a
 * shared CI machine are noise). For a 2 000- and a 10 000-character story: median and p99 of the time
 * per check after warm-up. The goal is a p99 under 5 ms at 2 000 characters.
 */
public final class PhiDetectorBench {

    private static final int WARMUP = 2_000;
    private static final int RUNS = 5_000;

    private PhiDetectorBench() {}

    public static void main(String[] args) {
        List<String> allowed = List.of("Dr Maria Lopez", "Dr Samuel Okafor");
        PhiDetector detector = new PhiDetector(java.time.Clock.systemUTC());
        for (int length : new int[] {2_000, 10_000}) {
            String text = sampleText(length);
            int sink = 0;
            int runs = RUNS * 2_000 / length;
            for (int i = 0; i < WARMUP * 2_000 / length; i++) {
                sink += detector.detect(text, allowed).size();
            }
            long[] nanos = new long[runs];
            long[] cpu = new long[runs];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < runs; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                sink += detector.detect(text, allowed).size();
                nanos[i] = System.nanoTime() - t0;
                cpu[i] = threads.getCurrentThreadCpuTime() - c0;
            }
            Arrays.sort(nanos);
            Arrays.sort(cpu);
            // Wall time includes waiting for a core on a busy machine; CPU time is the guard's own work.
            System.out.printf(
                    "PHI guard on %,d chars, %,d runs: wall median %.2f ms, p99 %.2f ms; CPU median %.2f ms,"
                            + " p99 %.2f ms (%d findings per check)%n",
                    text.length(),
                    runs,
                    nanos[runs / 2] / 1e6,
                    nanos[runs * 99 / 100] / 1e6,
                    cpu[runs / 2] / 1e6,
                    cpu[runs * 99 / 100] / 1e6,
                    detector.detect(text, allowed).size());
            if (sink == 42) {
                System.out.println(); // keeps the JIT from discarding the calls
            }
        }
        System.out.printf(
                "(%d cores, load average %.1f)%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    static String sampleText() {
        return sampleText(2_000);
    }

    /** A realistic story, tidy and phone-typed sentences mixed, cut or padded to exactly {@code length} chars. */
    static String sampleText(int length) {
        String note = "Presented a 67-year-old with DKA on rounds; anion gap 24, started insulin drip and K "
                + "replacement per protocol. Dr Lopez asked me to walk through the differential. BP 120/80, HR 110, "
                + "RR 22, SpO2 88% on 2L NC. Na 128, K 5.9, Cr 2.1 up from 1.0; held lisinopril. Troponin 0.04 then "
                + "0.06, ECG with ST depressions in V4-V6. A1c 9.2%, glargine 20 units at bedtime. GCS 8 on arrival, "
                + "CURB-65 of 3, Wells score 6, NIHSS 14 at 0300. pt john smith in bed 12 came in 11/29 w/ dka, "
                + "mrn 4471902, told meena's husband the plan. Known Parkinson disease on carbidopa-levodopa "
                + "25/100 TID; Crohn's flare; Bell's palsy on the left; Murphy's sign positive. Moved from room 412 "
                + "to bed 3, HD 3, POD 2. Took 1/2 tab of oxycodone 5/325 at 3 am. Xarelto held, Eliquis resumed. "
                + "Mrs. Delgado was admitted on 3/14 with a COPD exacerbation; DOB 04/22/1958, MRN 00482913. "
                + "Called the daughter at (312) 555-0147. Lives at 1200 Oak Street, Apt 4B, Springfield, IL 62704. "
                + "lives in flatbush, the 98118 area; 91F w hip fx. romberg pos, tinel neg, G2P1001, pain 7/10. "
                + "The 92-year-old in bed 6 declined TAVR; Dr Okafor's feedback was to lead with the assessment. ";
        StringBuilder sb = new StringBuilder(length + note.length());
        while (sb.length() < length) {
            sb.append(note);
        }
        return sb.substring(0, length);
    }
}
