package org.lorkit.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.lorkit.auth.EmailLink.Purpose;
import org.lorkit.common.ProblemException;
import org.lorkit.common.Sha256;
import org.lorkit.platform.LorkitConfig;

/** Issues and redeems the links of {@link EmailLink}; runs inside the caller's transaction. */
@ApplicationScoped
public class EmailLinks {

    /** Where each purpose opens in the app (the SPA's route table: resetPassword, verifyEmail). */
    private static final String RESET_SCREEN = "/#/reset-password?token=";

    private static final String VERIFY_SCREEN = "/#/verify-email?token=";

    private final SecureRandom random = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    LorkitConfig config;

    /** A new link for {@code user}; every older open link of the same purpose stops working. */
    String issue(AppUser user, Purpose purpose) {
        Instant now = clock.instant();
        EmailLink.voidOpen(user.id, purpose, now);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        EmailLink link = new EmailLink();
        link.id = UUID.randomUUID();
        link.userId = user.id;
        link.purpose = purpose;
        link.tokenHash = Sha256.hex(token);
        link.emailKey = user.emailKey;
        link.createdAt = now;
        link.expiresAt = now.plus(purpose.lifetime);
        link.persist();
        String base = config.publicUrl().replaceAll("/+$", "");
        return base + (purpose == Purpose.RESET_PASSWORD ? RESET_SCREEN : VERIFY_SCREEN) + token;
    }

    /**
     * The open link of this token and purpose, now used up. One answer for every way a link fails
     * (unknown, used, expired, replaced), since which one it was helps nobody act.
     */
    EmailLink redeem(String token, Purpose purpose) {
        Instant now = clock.instant();
        EmailLink link = EmailLink.<EmailLink>find("tokenHash", Sha256.hex(token))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .filter(found -> found.purpose == purpose && found.worksAt(now))
                .orElseThrow(() -> noLongerWorks(purpose));
        link.usedAt = now;
        return link;
    }

    static ProblemException noLongerWorks(Purpose purpose) {
        return ProblemException.invalid(
                "token",
                purpose == Purpose.RESET_PASSWORD
                        ? "this link no longer works: it was used already, it expired, or a newer one was sent. Ask for a new link."
                        : "this confirmation link no longer works: it was used already, it expired, or a newer one was sent. Send yourself a new one from Settings.");
    }
}
