package org.lorkit;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Arrays;
import org.lorkit.bench.SeedCommand;
import org.lorkit.platform.EmbeddedDatabase;
import org.lorkit.platform.SigningKeys;

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
            run(() -> Quarkus.run(SeedCommand.class, (code, cause) -> exit[0] = code, options));
            // After the embedded database (if any) stopped.
            System.exit(exit[0]);
        }
        run(() -> Quarkus.run(args));
    }

    private interface Start {
        void run() throws Exception;
    }

    private static void run(Start start) throws Exception {
        Path dataDir = Path.of(envOr("LORKIT_DATA_DIR", ".lorkit-data")).toAbsolutePath();
        SigningKeys.useFromEnvOrGenerateIn(dataDir.resolve("keys"));
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
