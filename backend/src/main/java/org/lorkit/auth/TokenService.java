package org.lorkit.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lorkit.auth.AuthDtos.TokenResponse;

/** Issues access JWTs and opaque refresh tokens; the transaction lives in {@link AuthService}. */
@ApplicationScoped
public class TokenService {

    public static final String APPLICANT = "applicant";
    public static final String ADMIN = "admin";

    private final SecureRandom random = new SecureRandom();

    @ConfigProperty(name = "lorkit.auth.access-token-seconds")
    long accessSeconds;

    @ConfigProperty(name = "lorkit.auth.refresh-token-days")
    long refreshDays;

    @ConfigProperty(name = "lorkit.auth.idle-timeout-hours")
    long idleHours;

    @ConfigProperty(name = "smallrye.jwt.new-token.audience")
    String audience;

    /** Names the signing key in each token's header, so verifiers can pick it from a key set. */
    @ConfigProperty(name = "lorkit.auth.signing-key-id")
    java.util.Optional<String> signingKeyId;

    /**
     * The clock of the access token's iat and exp, and of the not-before compared with iat: the
     * verifier (SmallRye JWT) checks them against the system clock, which no test can move. Signing
     * on the application clock would hand out tokens that are already expired whenever a test has
     * walked that clock to another day. Everything else about sessions (refresh expiry, idle timeout,
     * lockouts, TOTP steps, the audit trail) reads the injected application clock.
     */
    private final Clock verifierClock = Clock.systemUTC();

    /**
     * Tokens carry whole seconds: the not-before of a "log out everywhere" is rounded up,
     * so every token issued before it has an earlier iat, and every later one does not.
     */
    static Instant notBeforeFrom(Instant now) {
        return now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
    }

    /** The not-before of a "log out everywhere" or password change made now. */
    Instant notBeforeNow() {
        return notBeforeFrom(verifierClock.instant());
    }

    /**
     * Issues a new pair and stores the refresh token (hashed) in {@code familyId}. The refresh
     * token lasts until the idle timeout, never past the absolute end of the session.
     */
    TokenResponse issue(AppUser user, UUID familyId, Instant familyStartedAt, Instant now) {
        Instant signedAt = verifierClock.instant();
        Instant issuedAt = user.tokensNotBefore != null && user.tokensNotBefore.isAfter(signedAt)
                ? user.tokensNotBefore
                : signedAt;
        var claims = Jwt.subject(user.id.toString())
                .upn(user.email)
                .groups(groupsOf(user))
                .audience(audience)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(accessSeconds))
                .claim("jti", UUID.randomUUID().toString());
        String access = signingKeyId.isPresent()
                ? claims.jws().keyId(signingKeyId.get()).sign()
                : claims.sign();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);

        RefreshToken stored = new RefreshToken();
        stored.id = UUID.randomUUID();
        stored.userId = user.id;
        stored.familyId = familyId;
        stored.familyStartedAt = familyStartedAt;
        stored.tokenHash = hash(refresh);
        stored.issuedAt = now;
        Instant absoluteEnd = familyStartedAt.plus(Duration.ofDays(refreshDays));
        Instant idleEnd = now.plus(Duration.ofHours(idleHours));
        stored.expiresAt = idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
        stored.persist();
        return new TokenResponse(access, refresh, accessSeconds, "Bearer");
    }

    /** Admins may also be applicants: their tokens carry both groups. */
    static Set<String> groupsOf(AppUser user) {
        return user.role == Role.ADMIN ? Set.of(APPLICANT, ADMIN) : Set.of(APPLICANT);
    }

    static String hash(String token) {
        return org.lorkit.common.Sha256.hex(token);
    }
}
