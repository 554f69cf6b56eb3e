package org.lorkit.auth;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
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

    @ConfigProperty(name = "smallrye.jwt.new-token.audience")
    String audience;

    /** Issues a new pair and stores the refresh token (hashed) in {@code familyId}. */
    TokenResponse issue(AppUser user, UUID familyId, Instant now) {
        String access = Jwt.subject(user.id.toString())
                .upn(user.email)
                .groups(groupsOf(user))
                .audience(audience)
                .issuedAt(now)
                .expiresAt(now.plusSeconds(accessSeconds))
                .claim("jti", UUID.randomUUID().toString())
                .sign();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);

        RefreshToken stored = new RefreshToken();
        stored.id = UUID.randomUUID();
        stored.userId = user.id;
        stored.familyId = familyId;
        stored.tokenHash = hash(refresh);
        stored.issuedAt = now;
        stored.expiresAt = now.plus(Duration.ofDays(refreshDays));
        stored.persist();
        return new TokenResponse(access, refresh, accessSeconds, "Bearer");
    }

    /** Admins may also be applicants: their tokens carry both groups. */
    static Set<String> groupsOf(AppUser user) {
        return user.role == Role.ADMIN ? Set.of(APPLICANT, ADMIN) : Set.of(APPLICANT);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
