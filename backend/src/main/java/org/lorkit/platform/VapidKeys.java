package org.lorkit.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * The VAPID key pair (RFC 8292, ECDSA P-256) that identifies this LORkit to the browsers' push services.
 * Like the access-token keys ({@link SigningKeys}): production mounts one pair for every replica
 * (LORKIT_PUSH_VAPID_PRIVATE_KEY_LOCATION / LORKIT_PUSH_VAPID_PUBLIC_KEY_LOCATION); a local run makes a pair
 * once in the git-ignored data directory. A new pair silences every phone subscribed with the old one, so
 * the pair is never regenerated while its files exist.
 */
public final class VapidKeys {

    private static final Logger LOG = Logger.getLogger(VapidKeys.class);
    public static final String PRIVATE_FILE = "push-vapid-private.pem";
    public static final String PUBLIC_FILE = "push-vapid-public.pem";

    private VapidKeys() {}

    public static void useFromEnvOrGenerateIn(Path keyDir) {
        if (System.getenv("LORKIT_PUSH_VAPID_PRIVATE_KEY_LOCATION") != null
                && System.getenv("LORKIT_PUSH_VAPID_PUBLIC_KEY_LOCATION") != null) {
            return; // application.properties reads them
        }
        Path dir = ensurePair(keyDir);
        System.setProperty(
                "lorkit.push.vapid-private-key-location",
                dir.resolve(PRIVATE_FILE).toString());
        System.setProperty(
                "lorkit.push.vapid-public-key-location",
                dir.resolve(PUBLIC_FILE).toString());
    }

    /** Creates the pair in {@code keyDir} unless it is there; returns the folder. */
    public static Path ensurePair(Path keyDir) {
        Path privateKey = keyDir.resolve(PRIVATE_FILE);
        Path publicKey = keyDir.resolve(PUBLIC_FILE);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return keyDir;
        }
        try {
            Files.createDirectories(keyDir);
            KeyPair pair = generate();
            writePem(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded(), true);
            writePem(publicKey, "PUBLIC KEY", pair.getPublic().getEncoded(), false);
            LOG.infof("Generated a new VAPID key pair for phone notifications in %s", keyDir);
            return keyDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh P-256 pair (also the push message's one-time key, RFC 8291). */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    public static KeyPair read(Path privatePem, Path publicPem) {
        try {
            KeyFactory ec = KeyFactory.getInstance("EC");
            ECPrivateKey privateKey = (ECPrivateKey) ec.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
            ECPublicKey publicKey = (ECPublicKey) ec.generatePublic(new X509EncodedKeySpec(der(publicPem)));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not a P-256 key pair: " + privatePem + ", " + publicPem, e);
        }
    }

    /** The uncompressed point 0x04 || X || Y (65 bytes): the form browsers and RFC 8291 use. */
    public static byte[] uncompressed(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        copyUnsigned(key.getW().getAffineX(), out, 1);
        copyUnsigned(key.getW().getAffineY(), out, 33);
        return out;
    }

    /** A P-256 public key from its uncompressed point; refuses anything else (and points off the curve). */
    public static ECPublicKey fromUncompressed(byte[] point) {
        if (point.length != 65 || point[0] != 4) {
            throw new IllegalArgumentException("not an uncompressed P-256 point");
        }
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
            ECPoint w = new ECPoint(
                    new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                    new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
            if (!onCurve(w, spec)) {
                // An invalid-curve point would leak bits of our one-time key: refused before any ECDH.
                throw new IllegalArgumentException("not a point of P-256");
            }
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, spec));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a P-256 point", e);
        }
    }

    private static boolean onCurve(ECPoint w, ECParameterSpec spec) {
        BigInteger p = ((java.security.spec.ECFieldFp) spec.getCurve().getField()).getP();
        BigInteger x = w.getAffineX();
        BigInteger y = w.getAffineY();
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3)
                .add(spec.getCurve().getA().multiply(x))
                .add(spec.getCurve().getB())
                .mod(p);
        return y.pow(2).mod(p).equals(right);
    }

    private static void copyUnsigned(BigInteger value, byte[] out, int offset) {
        byte[] bytes = value.toByteArray();
        int start = Math.max(0, bytes.length - 32);
        int length = bytes.length - start;
        System.arraycopy(bytes, start, out, offset + 32 - length, length);
    }

    private static byte[] der(Path pem) {
        try {
            String body =
                    Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePem(Path file, String type, byte[] der, boolean secret) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der);
        Files.writeString(
                file,
                "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n",
                StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: nothing more we can do here.
            }
        }
    }
}
