package org.lorkit;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Arrays;
import org.lorkit.platform.EmbeddedDatabase;
import org.lorkit.platform.ServerSecrets;
import org.lorkit.platform.SigningKeys;
import org.lorkit.platform.VapidKeys;

/**
 * Starts LORkit. A newcomer installs no database: without LORKIT_DB_URL we start
 * our own PostgreSQL in the data directory and stop it after Quarkus exits.
 */
@QuarkusMain
public class LorkitMain {

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("seed")) {
            // `seed`: fill the database for `make bench` and exit; the HTTP server takes any free port meanwhile.
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("quarkus.log.category.\"org.lorkit.audit\".level", "WARN");
            String[] options = Arrays.copyOfRange(args, 1, args.length);
            int[] exit = {0};
            Class<? extends QuarkusApplication> seeder = seedCommand();
            run(() -> Quarkus.run(seeder, (code, cause) -> exit[0] = code, options));
            // After the embedded database (if any) stopped.
            System.exit(exit[0]);
        }
        run(() -> Quarkus.run(args));
    }

    /**
     * The bench seeder is not part of the production jar: only the jar `make bench` builds
     * (Maven profile bench, backend/target/bench) has it. Looked up by name, so this class needs no bench code.
     */
    @SuppressWarnings("unchecked")
    private static Class<? extends QuarkusApplication> seedCommand() {
        try {
            return (Class<? extends QuarkusApplication>) Class.forName("org.lorkit.bench.SeedCommand");
        } catch (ClassNotFoundException e) {
            System.err.println("This jar has no bench seeder. `make bench` builds one "
                    + "(cd backend && mvn package -Pbench: backend/target/bench/quarkus-app/quarkus-run.jar).");
            System.exit(2);
            return null;
        }
    }

    private interface Start {
        void run() throws Exception;
    }

    private static void run(Start start) throws Exception {
        Path dataDir = Path.of(envOr("LORKIT_DATA_DIR", ".lorkit-data")).toAbsolutePath();
        SigningKeys.useFromEnvOrGenerateIn(dataDir.resolve("keys"));
        VapidKeys.useFromEnvOrGenerateIn(dataDir.resolve("keys"));
        ServerSecrets.useFromEnvOrGenerateIn(dataDir.resolve("keys"));
        if (System.getenv("LORKIT_DB_URL") != null) {
            start.run();
            return;
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.startDurable(dataDir.resolve("postgres"))) {
            db.exposeAsDatasourceProperties();
            start.run();
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
