package org.lorkit.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Where the RS256 key pair for access tokens comes from. Production mounts the keys
 * and names them in LORKIT_JWT_PRIVATE_KEY_LOCATION / LORKIT_JWT_PUBLIC_KEY_LOCATION;
 * a local run generates a pair once into the (git-ignored) data directory. Keys are
 * never created at build time and never live in the repository.
 */
public final class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    public static final String PRIVATE_FILE = "access-token-private.pem";
    public static final String PUBLIC_FILE = "access-token-public.pem";

    private SigningKeys() {
    }

    public static void useFromEnvOrGenerateIn(Path keyDir) {
        String privateLocation = System.getenv("LORKIT_JWT_PRIVATE_KEY_LOCATION");
        String publicLocation = System.getenv("LORKIT_JWT_PUBLIC_KEY_LOCATION");
        if (privateLocation != null && publicLocation != null) {
            use(privateLocation, publicLocation);
            return;
        }
        Path dir = ensurePair(keyDir);
        use(dir.resolve(PRIVATE_FILE).toString(), dir.resolve(PUBLIC_FILE).toString());
    }

    private static void use(String privateLocation, String publicLocation) {
        System.setProperty("smallrye.jwt.sign.key.location", privateLocation);
        System.setProperty("mp.jwt.verify.publickey.location", publicLocation);
    }

    /** Creates the key pair in {@code keyDir} unless it is already there; returns the folder. */
    public static Path ensurePair(Path keyDir) {
        Path privateKey = keyDir.resolve(PRIVATE_FILE);
        Path publicKey = keyDir.resolve(PUBLIC_FILE);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return keyDir;
        }
        try {
            Files.createDirectories(keyDir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePem(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            writePem(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            LOG.infof("Generated a new access-token key pair in %s", keyDir);
            return keyDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        String pem = "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: nothing more we can do here.
            }
        }
    }
}
