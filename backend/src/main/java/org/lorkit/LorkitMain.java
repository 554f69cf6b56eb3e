package org.lorkit;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.lorkit.platform.EmbeddedDatabase;
import org.lorkit.platform.SigningKeys;

/**
 * Starts LORkit. A newcomer installs no database: without LORKIT_DB_URL we start
 * our own PostgreSQL in the data directory and stop it after Quarkus exits.
 */
@QuarkusMain
public class LorkitMain {

    public static void main(String... args) throws Exception {
        Path dataDir = Path.of(envOr("LORKIT_DATA_DIR", ".lorkit-data")).toAbsolutePath();
        SigningKeys.useFromEnvOrGenerateIn(dataDir.resolve("keys"));
        if (System.getenv("LORKIT_DB_URL") != null) {
            Quarkus.run(args);
            return;
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDir.resolve("postgres"), 0)) {
            db.exposeAsDatasourceProperties();
            Quarkus.run(args);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
