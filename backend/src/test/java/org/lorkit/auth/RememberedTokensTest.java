package org.lorkit.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A verified access token is remembered until it expires (plus the skew), and only that exact text. */
class RememberedTokensTest {

    static final String ISSUER = "https://lorkit.local/issuer";

    KeyPair keys;
    RememberedTokens tokens;
    int verifications;
    Instant now = Instant.now();

    @BeforeEach
    void parserWithItsOwnKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        tokens = new RememberedTokens(new JWTAuthContextInfo(keys.getPublic(), ISSUER)) {
            @Override
            JsonWebToken verifyAfresh(String token) throws ParseException {
                verifications++;
                return super.verifyAfresh(token);
            }
        };
        tokens.skewSeconds = 60;
        tokens.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    private String token(UUID subject, Instant expires) {
        return Jwt.issuer(ISSUER)
                .subject(subject.toString())
                .groups(Set.of("applicant"))
                .issuedAt(now.minusSeconds(30))
                .expiresAt(expires)
                .jws()
                .sign(keys.getPrivate());
    }

    @Test
    void theSameTokenIsVerifiedOnceWhileItIsInDate() throws ParseException {
        UUID ana = UUID.randomUUID();
        String token = token(ana, now.plusSeconds(900));
        for (int i = 0; i < 5; i++) {
            assertEquals(ana.toString(), tokens.parse(token).getSubject());
        }
        assertEquals(1, verifications);
    }

    @Test
    void aRememberedTokenIsVerifiedAgainOnceItsExpiryAndTheSkewHavePassed() throws ParseException {
        Instant expires = now.plusSeconds(900);
        String token = token(UUID.randomUUID(), expires);
        tokens.parse(token);
        tokens.clock = Clock.fixed(expires.plusSeconds(59), ZoneOffset.UTC);
        tokens.parse(token);
        assertEquals(1, verifications, "still within the skew the parser allows");
        tokens.clock = Clock.fixed(expires.plusSeconds(61), ZoneOffset.UTC);
        tokens.parse(token);
        assertEquals(2, verifications, "past expiry and skew the parser decides again");
    }

    @Test
    void aTamperedCopyOfARememberedTokenIsRefused() throws ParseException {
        String token = token(UUID.randomUUID(), now.plusSeconds(900));
        tokens.parse(token);
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(ParseException.class, () -> tokens.parse(tampered));
    }

    @Test
    void anotherApplicantsTokenIsVerifiedOnItsOwn() throws ParseException {
        UUID ana = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        tokens.parse(token(ana, now.plusSeconds(900)));
        assertEquals(
                ben.toString(), tokens.parse(token(ben, now.plusSeconds(900))).getSubject());
        assertEquals(2, verifications);
    }
}
