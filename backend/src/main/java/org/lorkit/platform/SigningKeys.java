package org.lorkit.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
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

    private SigningKeys() {}

    public static void useFromEnvOrGenerateIn(Path keyDir) {
        String privateLocation = System.getenv("LORKIT_JWT_PRIVATE_KEY_LOCATION");
        String publicLocation = System.getenv("LORKIT_JWT_PUBLIC_KEY_LOCATION");
        if (privateLocation != null && publicLocation != null) {
            use(privateLocation, publicLocation);
            return;
        }
        Path dir = ensurePair(keyDir);
        use(dir.resolve(PRIVATE_FILE).toString(), dir.resolve(JWKS_FILE).toString());
        System.setProperty("lorkit.auth.signing-key-id", keyId(readPublicKey(dir.resolve(PUBLIC_FILE))));
    }

    private static void use(String privateLocation, String publicLocation) {
        System.setProperty("smallrye.jwt.sign.key.location", privateLocation);
        System.setProperty("mp.jwt.verify.publickey.location", publicLocation);
    }

    public static final String JWKS_FILE = "access-token-public.jwks.json";

    public static RSAPublicKey readPublicKey(Path pem) {
        try {
            String body =
                    Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an RSA public key: " + pem, e);
        }
    }

    /** RFC 7638 thumbprint: a key id that follows from the key itself. */
    public static String keyId(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + b64(key.getPublicExponent()) + "\",\"kty\":\"RSA\",\"n\":\""
                + b64(key.getModulus()) + "\"}";
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A JSON Web Key Set of verification keys. Key rotation: publish the new key next to the
     * old one, switch signing to it, and drop the old one after the access-token lifetime.
     */
    public static String jwks(RSAPublicKey... keys) {
        StringBuilder out = new StringBuilder("{\"keys\":[");
        for (int i = 0; i < keys.length; i++) {
            out.append(i == 0 ? "" : ",")
                    .append("{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"")
                    .append(keyId(keys[i]))
                    .append("\",\"n\":\"")
                    .append(b64(keys[i].getModulus()))
                    .append("\",\"e\":\"")
                    .append(b64(keys[i].getPublicExponent()))
                    .append("\"}");
        }
        return out.append("]}").toString();
    }

    private static String b64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Creates the key pair in {@code keyDir} unless it is already there; returns the folder. */
    public static Path ensurePair(Path keyDir) {
        Path privateKey = keyDir.resolve(PRIVATE_FILE);
        Path publicKey = keyDir.resolve(PUBLIC_FILE);
        try {
            if (Files.exists(privateKey) && Files.exists(publicKey)) {
                writeJwksIfMissing(keyDir);
                return keyDir;
            }
            Files.createDirectories(keyDir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writePem(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            writePem(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            writeJwksIfMissing(keyDir);
            LOG.infof("Generated a new access-token key pair in %s", keyDir);
            return keyDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }

    private static void writeJwksIfMissing(Path keyDir) throws IOException {
        Path jwks = keyDir.resolve(JWKS_FILE);
        if (!Files.exists(jwks)) {
            Files.writeString(jwks, jwks(readPublicKey(keyDir.resolve(PUBLIC_FILE))), StandardCharsets.US_ASCII);
        }
    }

    private static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
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
