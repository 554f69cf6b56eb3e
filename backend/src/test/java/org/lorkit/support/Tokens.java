package org.lorkit.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.lorkit.platform.SigningKeys;

/** Mints access tokens with the test keys, to probe how strictly the API verifies them. */
public final class Tokens {

    public static final String ISSUER = "https://lorkit.local/issuer";
    public static final String AUDIENCE = "lorkit-api";

    /** Folders of LorkitTestDatabase: the signer, the next published key, an unpublished key. */
    public static final String CURRENT = "keys";

    public static final String NEXT = "keys-next";
    public static final String UNPUBLISHED = "keys-unpublished";

    private Tokens() {}

    public static JwtClaimsBuilder valid(UUID subject) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject.toString())
                .groups(Set.of("applicant"))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .claim("jti", UUID.randomUUID().toString());
    }

    public static String sign(JwtClaimsBuilder claims) {
        return sign(claims, CURRENT);
    }

    /** Signs with the key in {@code keyFolder}, naming it by its RFC 7638 thumbprint. */
    public static String sign(JwtClaimsBuilder claims, String keyFolder) {
        Path keys =
                Path.of(System.getProperty(LorkitTestDatabase.KEY_DIR_PROPERTY)).resolve(keyFolder);
        String kid = SigningKeys.keyId(SigningKeys.readPublicKey(keys.resolve(SigningKeys.PUBLIC_FILE)));
        return claims.jws()
                .keyId(kid)
                .sign(keys.resolve(SigningKeys.PRIVATE_FILE).toString());
    }
}
