package org.lorkit.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lorkit.auth.AuthDtos.TokenResponse;
import org.lorkit.common.Sha256;
import org.lorkit.platform.LorkitConfig;

/** Issues access JWTs and opaque refresh tokens; the transaction lives in {@link AuthService}. */
@ApplicationScoped
public class TokenService {

    public static final String APPLICANT = "applicant";
    public static final String ADMIN = "admin";

    private final SecureRandom random = new SecureRandom();

    @Inject
    LorkitConfig config;

    @ConfigProperty(name = "smallrye.jwt.new-token.audience")
    String audience;

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
        return now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
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
        long accessSeconds = config.auth().accessTokenSeconds();
        var claims = Jwt.subject(user.id.toString())
                .upn(user.email)
                .groups(groupsOf(user))
                .audience(audience)
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(accessSeconds))
                .claim("jti", UUID.randomUUID().toString());
        // The kid names the signing key, so verifiers can pick it from a key set.
        Optional<String> signingKeyId = config.auth().signingKeyId();
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
        Instant absoluteEnd = familyStartedAt.plus(Duration.ofDays(config.auth().refreshTokenDays()));
        Instant idleEnd = now.plus(Duration.ofHours(config.auth().idleTimeoutHours()));
        stored.expiresAt = idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
        stored.persist();
        return new TokenResponse(access, refresh, accessSeconds, "Bearer");
    }

    /** Admins may also be applicants: their tokens carry both groups. */
    static Set<String> groupsOf(AppUser user) {
        return user.role == Role.ADMIN ? Set.of(APPLICANT, ADMIN) : Set.of(APPLICANT);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
