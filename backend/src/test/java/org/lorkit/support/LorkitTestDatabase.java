package org.lorkit.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.lorkit.platform.EmbeddedDatabase;
import org.lorkit.platform.SigningKeys;
import org.lorkit.platform.VapidKeys;

/**
 * Every test run gets its own real PostgreSQL: a fresh embedded one in a temp folder,
 * or the database LORKIT_TEST_DB_URL names. It also makes a throw-away key pair so
 * tests can mint their own tokens (expired, wrong issuer, ...).
 */
@QuarkusTestResource(LorkitTestDatabase.class)
public class LorkitTestDatabase implements QuarkusTestResourceLifecycleManager {

    /** Outside lorkit.*, which LorkitConfig maps whole (an unmapped key there stops the start). */
    public static final String KEY_DIR_PROPERTY = "lorkit-test.key-dir";

    private EmbeddedDatabase embedded;
    private Path workDir;

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("lorkit-test-");
            Map<String, String> config = new HashMap<>();
            // Two published keys: the current signer and the next one (key rotation), plus a
            // third that is not published, to show that unknown keys are refused.
            Path keys = SigningKeys.ensurePair(workDir.resolve("keys"));
            Path next = SigningKeys.ensurePair(workDir.resolve("keys-next"));
            SigningKeys.ensurePair(workDir.resolve("keys-unpublished"));
            System.setProperty(KEY_DIR_PROPERTY, workDir.toString());
            Path jwks = workDir.resolve("published.jwks.json");
            Files.writeString(
                    jwks,
                    SigningKeys.jwks(
                            SigningKeys.readPublicKey(keys.resolve(SigningKeys.PUBLIC_FILE)),
                            SigningKeys.readPublicKey(next.resolve(SigningKeys.PUBLIC_FILE))));
            config.put(
                    "smallrye.jwt.sign.key.location",
                    keys.resolve(SigningKeys.PRIVATE_FILE).toString());
            config.put("mp.jwt.verify.publickey.location", jwks.toString());
            config.put(
                    "lorkit.auth.signing-key-id",
                    SigningKeys.keyId(SigningKeys.readPublicKey(keys.resolve(SigningKeys.PUBLIC_FILE))));
            Path vapid = VapidKeys.ensurePair(workDir.resolve("keys"));
            config.put(
                    "lorkit.push.vapid-private-key-location",
                    vapid.resolve(VapidKeys.PRIVATE_FILE).toString());
            config.put(
                    "lorkit.push.vapid-public-key-location",
                    vapid.resolve(VapidKeys.PUBLIC_FILE).toString());
            String external = System.getenv("LORKIT_TEST_DB_URL");
            if (external != null && !external.isBlank()) {
                config.put("quarkus.datasource.jdbc.url", external);
                config.put("quarkus.datasource.username", envOr("LORKIT_TEST_DB_USER", "postgres"));
                config.put("quarkus.datasource.password", envOr("LORKIT_TEST_DB_PASSWORD", ""));
            } else {
                embedded = EmbeddedDatabase.startThrowAway(workDir.resolve("postgres"));
                config.putAll(embedded.datasourceProperties());
            }
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
