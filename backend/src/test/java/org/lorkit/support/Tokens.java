package org.lorkit.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.lorkit.platform.SigningKeys;

/** Mints access tokens with the test key pair, to probe how strictly the API verifies them. */
public final class Tokens {

    public static final String ISSUER = "https://lorkit.local/issuer";
    public static final String AUDIENCE = "lorkit-api";

    private Tokens() {
    }

    public static JwtClaimsBuilder valid(UUID subject) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject.toString())
                .groups(Set.of("applicant")).issuedAt(now).expiresAt(now.plusSeconds(600))
                .claim("jti", UUID.randomUUID().toString());
    }

    public static String sign(JwtClaimsBuilder claims) {
        Path keys = Path.of(System.getProperty(LorkitTestDatabase.KEY_DIR_PROPERTY));
        return claims.jws().keyId("test").sign(keys.resolve(SigningKeys.PRIVATE_FILE).toString());
    }
}
