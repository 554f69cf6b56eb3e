package org.lorkit.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.lorkit.common.ProblemException;
import org.lorkit.platform.ServerSecrets;
import org.lorkit.security.RateLimiter;
import org.lorkit.security.RecoveryCode;
import org.lorkit.security.SecurityEventKind;
import org.lorkit.security.SecurityEvents;
import org.lorkit.security.Totp;

/** Optional TOTP second factor: enrol, confirm with a first code, use at login, disable. */
@ApplicationScoped
public class SecondFactor {

    static final String ISSUER = "LORkit";
    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The one clock (platform's producer; MutableClock in tests), so tests can walk through windows. */
    @Inject
    Clock clock;

    @Inject
    SecurityEvents events;

    @Inject
    RateLimiter limiter;

    @Inject
    ServerSecrets secrets;

    @Inject
    EntityManager em;

    /** Enrolment data for a QR code or manual entry. */
    public record Enrolment(String secret, String otpauthUri) {}

    /**
     * Needs the password (ASVS 5.0 6.4.x / 7.5.1: a stolen session alone cannot add its own phone); answers
     * the new secret, kept encrypted at rest.
     */
    @Transactional
    public Enrolment enrol(UUID userId, String password, org.lorkit.auth.Passwords passwords) {
        limiter.acquire("totp-on:account:" + userId, 5, Duration.ofMinutes(15));
        AppUser user = AppUser.findById(userId);
        if (!passwords.matches(password, user.passwordHash)) {
            throw ProblemException.invalid("password", "is not your current password");
        }
        if (user.hasSecondFactor()) {
            throw ProblemException.conflict("A second factor is already on. Turn it off first to enrol a new phone.");
        }
        String secret = Totp.newSecret();
        user.totpSecret = secrets.seal(secret);
        return new Enrolment(secret, Totp.otpauthUri(ISSUER, user.email, secret));
    }

    /** The plain TOTP seed; one stored in plain text before V23 is sealed on this read. */
    String seed(AppUser user) {
        if (user.totpSecret == null || ServerSecrets.isSealed(user.totpSecret)) {
            return user.totpSecret == null ? null : secrets.open(user.totpSecret);
        }
        String plain = user.totpSecret;
        user.totpSecret = secrets.seal(plain);
        return plain;
    }

    /** The first right code proves the app works; answers the recovery codes, shown once. */
    @Transactional
    public List<String> confirm(UUID userId, String code) {
        limiter.acquire("totp:account:" + userId, 10, Duration.ofMinutes(15));
        AppUser user = AppUser.findById(userId);
        if (user.hasSecondFactor()) {
            throw ProblemException.conflict("The second factor is already on.");
        }
        if (user.totpSecret == null) {
            throw ProblemException.conflict("Start the enrolment first (POST /api/v1/me/totp).");
        }
        long step = Totp.matchingStep(seed(user), code, clock.instant().getEpochSecond());
        if (step < 0) {
            throw ProblemException.invalid("code", "is not the code your app shows now");
        }
        user.totpLastStep = step;
        user.totpEnabledAt = clock.instant();
        RecoveryCode.delete("userId", userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String plain = newRecoveryCode();
            RecoveryCode stored = new RecoveryCode();
            stored.id = UUID.randomUUID();
            stored.userId = userId;
            stored.codeHash = secrets.hmac(plain);
            stored.scheme = RecoveryCode.KEYED;
            stored.persist();
            codes.add(plain);
        }
        events.record(userId, SecurityEventKind.SECOND_FACTOR_ENABLED, null);
        return codes;
    }

    /** Turning it off needs the password again, so a borrowed unlocked phone is not enough. */
    @Transactional
    public void disable(UUID userId, String password, org.lorkit.auth.Passwords passwords) {
        limiter.acquire("totp-off:account:" + userId, 5, Duration.ofMinutes(15));
        AppUser user = AppUser.findById(userId);
        if (!passwords.matches(password, user.passwordHash)) {
            throw ProblemException.invalid("password", "is not your current password");
        }
        if (!user.hasSecondFactor() && user.totpSecret == null) {
            return;
        }
        user.totpSecret = null;
        user.totpEnabledAt = null;
        user.totpLastStep = null;
        RecoveryCode.delete("userId", userId);
        events.record(userId, SecurityEventKind.SECOND_FACTOR_DISABLED, null);
    }

    /** Within the caller's transaction: a code counts once; a recovery code is used up. */
    public boolean verifyAtLogin(AppUser user, String totpCode, String recoveryCode) {
        if (totpCode != null) {
            long step = Totp.matchingStep(
                    seed(user), totpCode.trim(), clock.instant().getEpochSecond());
            if (step >= 0 && (user.totpLastStep == null || step > user.totpLastStep)) {
                user.totpLastStep = step;
                return true;
            }
        } else if (recoveryCode != null) {
            // One UPDATE ... WHERE used_at IS NULL: of two logins racing with one code, the second waits for the
            // first's row lock, sees used_at set and changes nothing, so a code lets in once.
            String plain = normalise(recoveryCode);
            int used = em.createNativeQuery("""
                            UPDATE recovery_code SET used_at = ?1
                            WHERE id = (SELECT id FROM recovery_code WHERE user_id = ?2 AND used_at IS NULL
                                          AND ((scheme = ?3 AND code_hash = ?4) OR (scheme = ?5 AND code_hash = ?6))
                                        LIMIT 1)
                              AND used_at IS NULL""")
                    .setParameter(1, clock.instant())
                    .setParameter(2, user.id)
                    .setParameter(3, RecoveryCode.KEYED)
                    .setParameter(4, secrets.hmac(plain))
                    .setParameter(5, RecoveryCode.LEGACY_SHA256)
                    .setParameter(6, org.lorkit.common.Sha256.hex(plain))
                    .executeUpdate();
            if (used == 1) {
                events.record(user.id, SecurityEventKind.RECOVERY_CODE_USED, null);
                return true;
            }
        }
        if (totpCode != null || recoveryCode != null) {
            events.recordRefused(user.id, SecurityEventKind.SECOND_FACTOR_FAILED, null);
        }
        return false;
    }

    /**
     * 15 random bytes: 120 bits, above the 112 that ASVS 5.0 V6.5.2 asks of a lookup secret kept only as a
     * (keyed) fast hash, so no slow hash is needed. 24 base32 letters and digits, in groups of four.
     */
    static final int RECOVERY_CODE_BYTES = 15;

    private static String newRecoveryCode() {
        byte[] bytes = new byte[RECOVERY_CODE_BYTES];
        RANDOM.nextBytes(bytes);
        return grouped(Totp.base32(bytes).toLowerCase(Locale.ROOT));
    }

    /** "abcd-efgh-...": groups of four, the form the codes are shown and their HMACs made in. */
    private static String grouped(String plain) {
        return String.join("-", plain.split("(?<=\\G.{4})"));
    }

    /** As typed: any case, dashes or spaces anywhere. Old codes are 16 characters, new ones 24. */
    private static String normalise(String code) {
        String plain = code.trim().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return plain.length() == 16 || plain.length() == 24 ? grouped(plain) : plain;
    }
}
