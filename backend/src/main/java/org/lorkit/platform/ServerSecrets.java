package org.lorkit.platform;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * The server's own secret (LORKIT_SECRETS_KEY: 32 or more random bytes, base64) for what is kept at rest:
 * recovery codes are HMAC-SHA256'd with a key derived from it, TOTP seeds AES-256-GCM-encrypted with
 * another. Every replica must have the same one. Like the access-token keys ({@link SigningKeys}), a
 * local run makes one once in the git-ignored data directory ({@link #useFromEnvOrGenerateIn}); without
 * one the API does not start.
 */
@ApplicationScoped
@Startup
public class ServerSecrets {

    private static final Logger LOG = Logger.getLogger(ServerSecrets.class);
    public static final String FILE = "secrets.key";
    private static final String SEALED = "v1:";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LorkitConfig config;

    private byte[] hmacKey;
    private SecretKeySpec sealKey;

    @PostConstruct
    void init() {
        String encoded = config.secretsKey().orElse("").trim();
        if (encoded.isEmpty()) {
            throw new IllegalStateException("LORKIT_SECRETS_KEY is not set: give every replica the same 32 random "
                    + "bytes in base64 (openssl rand -base64 32), or start with LORKIT_DATA_DIR so one is made.");
        }
        byte[] master;
        try {
            master = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("LORKIT_SECRETS_KEY is not base64 (openssl rand -base64 32 makes one).");
        }
        if (master.length < 32) {
            throw new IllegalStateException("LORKIT_SECRETS_KEY is shorter than 32 bytes (openssl rand -base64 32).");
        }
        hmacKey = derive(master, "lorkit recovery codes");
        sealKey = new SecretKeySpec(derive(master, "lorkit totp seeds"), "AES");
    }

    /** HMAC-SHA256 of {@code value} with the server's key, in hex (64 characters). */
    public String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hmacKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** AES-256-GCM with a fresh 96-bit nonce: "v1:" + base64(nonce, ciphertext and tag). */
    public String seal(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return SEALED
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(12 + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain value of {@link #seal}'s answer. */
    public String open(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealKey, new GCMParameterSpec(128, all, 0, 12));
            return new String(cipher.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed value does not open with LORKIT_SECRETS_KEY (another key?)", e);
        }
    }

    /** Whether {@code value} came from {@link #seal} (else it is a plain value from before V23). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(SEALED);
    }

    private static byte[] derive(byte[] master, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(master, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** LorkitMain: LORKIT_SECRETS_KEY, else the key in {@code keyDir} (made there the first time). */
    public static void useFromEnvOrGenerateIn(Path keyDir) {
        String fromEnv = System.getenv("LORKIT_SECRETS_KEY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return; // application.properties reads it
        }
        Path file = keyDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(keyDir);
                byte[] key = new byte[32];
                RANDOM.nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // Not a POSIX file system.
                }
                LOG.infof("Generated a new server secret in %s", file);
            }
            System.setProperty(
                    "lorkit.secrets-key",
                    Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
