package org.lorkit.bench;

import io.quarkus.arc.Arc;
import io.quarkus.runtime.QuarkusApplication;
import java.util.Locale;

/**
 * `java -jar quarkus-run.jar seed [--applicants 10000] [--threads 2] [--seed 42]`: fills the configured
 * database for `make bench` (see bench/README.md), then exits. Idempotent: seeded applicants are skipped.
 */
public class SeedCommand implements QuarkusApplication {

    @Override
    public int run(String... args) throws Exception {
        int applicants = 10_000;
        int threads = 2;
        long seed = 42;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--applicants" -> applicants = Integer.parseInt(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i] + "; use --applicants N --threads N --seed N");
                    return 2;
                }
            }
        }
        BenchSeeder seeder = Arc.container().instance(BenchSeeder.class).get();
        long others = seeder.otherAccounts();
        if (others > 0) {
            System.err.println("refusing to seed: this database holds " + others + " accounts that are not bench accounts. "
                    + "Seed only a database made for benchmarks (seeded accounts share one known password).");
            return 2;
        }
        long started = System.nanoTime();
        BenchSeeder.Totals t = seeder.seed(applicants, threads, seed);
        System.out.printf(Locale.ROOT, "seeded %d applicants (%d already there, %d failed) in %.1f s: %d rotations, %d attendings, "
                        + "%d feedback, %d letters, %d stories (%d with PHI warnings)%n",
                t.applicants.get(), t.skipped.get(), t.failed.get(), (System.nanoTime() - started) / 1e9, t.rotations.get(), t.attendings.get(),
                t.feedback.get(), t.letters.get(), t.stories.get(), t.storiesWithWarnings.get());
        return t.storiesWithWarnings.get() == 0 && t.failed.get() == 0 ? 0 : 1;
    }
}
