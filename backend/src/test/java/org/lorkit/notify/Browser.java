package org.lorkit.notify;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.lorkit.platform.VapidKeys;

/**
 * What a browser holds for a push subscription (its P-256 pair and auth secret), and how it reads a message:
 * RFC 8291 decryption written out here, apart from the server's code, so a wrong derivation cannot agree
 * with itself.
 */
public final class Browser {

    final KeyPair keys = VapidKeys.generate();
    final byte[] auth = new byte[16];

    public Browser() {
        new SecureRandom().nextBytes(auth);
    }

    /** The body of POST /api/v1/me/push-subscriptions, as pushSubscription.toJSON() gives it. */
    public Map<String, Object> subscription(String endpoint) {
        return Map.of("endpoint", endpoint, "keys", Map.of("p256dh", b64(publicPoint()), "auth", b64(auth)));
    }

    byte[] publicPoint() {
        return VapidKeys.uncompressed((ECPublicKey) keys.getPublic());
    }

    /** The plaintext of an aes128gcm body (RFC 8188 header, one record). */
    String decrypt(byte[] body) throws Exception {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        byte[] asPublic = new byte[in.get() & 0xff];
        in.get(asPublic);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        if (recordSize < ciphertext.length) {
            throw new IllegalStateException("more than one record");
        }
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(keys.getPrivate());
        ecdh.doPhase(VapidKeys.fromUncompressed(asPublic), true);
        byte[] shared = ecdh.generateSecret();
        byte[] info = join("WebPush: info".getBytes(StandardCharsets.US_ASCII), new byte[1], publicPoint(), asPublic);
        byte[] ikm = expand(extract(auth, shared), info, 32);
        byte[] prk = extract(salt, ikm);
        byte[] cek = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = gcm.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--; // padding
        }
        if (end < 0 || padded[end] != 2) {
            throw new IllegalStateException("not the last record (delimiter " + padded[Math.max(end, 0)] + ")");
        }
        return new String(Arrays.copyOf(padded, end), StandardCharsets.UTF_8);
    }

    private static byte[] extract(byte[] salt, byte[] ikm) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        return mac.doFinal(ikm);
    }

    private static byte[] expand(byte[] prk, byte[] info, int length) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return Arrays.copyOf(mac.doFinal(), length);
    }

    private static byte[] join(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        for (byte[] p : parts) {
            out.put(p);
        }
        return out.array();
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
