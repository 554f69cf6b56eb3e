package org.lorkit.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The VAPID token (RFC 8292): an ES256 JWT the push service checks against the public key the browser
 * subscribed with. Its audience is the endpoint's origin; it expires within 24 hours (12 here).
 */
public final class VapidJwt {

    static final Duration LIFETIME = Duration.ofHours(12);

    private VapidJwt() {}

    /** scheme://host[:port] of a push endpoint: the token's "aud". */
    public static String origin(URI endpoint) {
        String origin = endpoint.getScheme() + "://" + endpoint.getHost();
        return endpoint.getPort() == -1 ? origin : origin + ":" + endpoint.getPort();
    }

    public static String sign(URI endpoint, Instant now, String subject, PrivateKey key) {
        String header = "{\"typ\":\"JWT\",\"alg\":\"ES256\"}";
        StringBuilder claims = new StringBuilder("{\"aud\":\"")
                .append(origin(endpoint))
                .append("\",\"exp\":")
                .append(now.plus(LIFETIME).getEpochSecond());
        if (subject != null) {
            // mailto: or https: address of the operator (config); JSON-quoted defensively.
            claims.append(",\"sub\":\"")
                    .append(subject.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        claims.append('}');
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            // JWS wants r || s (64 bytes), which is the P1363 format, not the JDK's default DER.
            Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
            ecdsa.initSign(key);
            ecdsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("VAPID signing failed", e);
        }
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
