package org.lorkit.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.lorkit.auth.AuthDtos.MailLinkSent;
import org.lorkit.auth.AuthDtos.PasswordResetCompletion;
import org.lorkit.auth.AuthDtos.PasswordResetDone;
import org.lorkit.auth.EmailLink.Purpose;
import org.lorkit.common.ProblemException;
import org.lorkit.mail.MailSender;
import org.lorkit.platform.LorkitConfig;
import org.lorkit.security.ClientAddress;
import org.lorkit.security.RateLimiter;
import org.lorkit.security.SecurityEventKind;
import org.lorkit.security.SecurityEvents;

/**
 * Password reset and address confirmation by mailed single-use links (EmailLinks). Asking for a reset
 * answers the same, in about the same time, whether or not an account uses the address: the mail
 * leaves after the answer (MailSender).
 */
@ApplicationScoped
public class AccountRecovery {

    static final String RESET_SENT = "If an account uses this address, we sent it a link to choose a new password. "
            + "It works once, for 60 minutes. Nothing there? Check your spam folder, or ask again in a few minutes.";

    private static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    Clock clock;

    @Inject
    EmailLinks links;

    @Inject
    AccountMails mails;

    @Inject
    MailSender mailer;

    @Inject
    Passwords passwords;

    @Inject
    TokenService tokens;

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress client;

    @Inject
    SecurityEvents events;

    @Inject
    LorkitConfig config;

    @Transactional
    public MailLinkSent requestPasswordReset(String email) {
        limit("reset:address:" + AppUser.keyOf(email));
        // A disabled account gets no link: its owner asks the admin, as the login screen says.
        AppUser.findByEmail(email).filter(user -> !user.disabled()).ifPresent(user -> {
            events.record(user.id, SecurityEventKind.PASSWORD_RESET_REQUESTED, null);
            mailer.send(mails.passwordReset(user, links.issue(user, Purpose.RESET_PASSWORD)));
        });
        return new MailLinkSent(RESET_SENT);
    }

    /**
     * Sets the new password, ends every session (refresh tokens and access tokens alike) and tells the
     * owner by mail. The password is checked first, so a refused one leaves the link usable.
     */
    @Transactional
    public PasswordResetDone completePasswordReset(PasswordResetCompletion input) {
        passwords.checkAcceptable(input.newPassword(), "newPassword");
        EmailLink link = links.redeem(input.token(), Purpose.RESET_PASSWORD);
        AppUser user = ownerOf(link);
        Instant now = clock.instant();
        user.passwordHash = passwords.hash(input.newPassword());
        RefreshToken.revokeAllOf(user.id, now);
        user.tokensNotBefore = tokens.notBeforeNow();
        EmailLink.voidOpen(user.id, Purpose.RESET_PASSWORD, now);
        // Opening the link proved that the address reaches its owner.
        if (user.emailVerifiedAt == null) {
            user.emailVerifiedAt = now;
        }
        // Locked out by wrong guesses is a common reason to reset: the new password works at once.
        limiter.reset(AuthService.accountFailureKey(user.email));
        limiter.reset(LoginThrottle.pairKey(user.email, client.value()));
        events.record(user.id, SecurityEventKind.PASSWORD_RESET, "every session ended");
        mailer.send(mails.passwordChanged(user));
        return new PasswordResetDone(user.email);
    }

    @Transactional
    public MailLinkSent requestVerification(UUID userId) {
        AppUser user = AppUser.findById(userId);
        if (user.emailVerifiedAt != null) {
            throw ProblemException.conflict("Your address " + user.email + " is already confirmed.");
        }
        limit("verify:account:" + userId);
        mailVerification(user);
        return new MailLinkSent("We sent a confirmation link to " + user.email
                + ". It works once, for 24 hours; a link sent earlier no longer works.");
    }

    /** The confirmation mail of a new account (AuthService.register) or of a resend. */
    void mailVerification(AppUser user) {
        mailer.send(mails.verification(user, links.issue(user, Purpose.VERIFY_EMAIL)));
    }

    @Transactional
    public void completeVerification(String token) {
        AppUser user = ownerOf(links.redeem(token, Purpose.VERIFY_EMAIL));
        if (user.emailVerifiedAt == null) {
            user.emailVerifiedAt = clock.instant();
            events.record(user.id, SecurityEventKind.EMAIL_VERIFIED, null);
        }
    }

    /** The account of a link, while it is enabled and still uses the address the link went to. */
    private AppUser ownerOf(EmailLink link) {
        AppUser user = AppUser.findById(link.userId);
        if (user == null || user.disabled() || !user.emailKey.equals(link.emailKey)) {
            throw EmailLinks.noLongerWorks(link.purpose);
        }
        return user;
    }

    /** Per client address and per address (or account): either one used up answers 429. */
    private void limit(String key) {
        limiter.acquire("mail-link:client:" + client.value(), config.limits().mailLinksPerClient(), WINDOW);
        limiter.acquire(key, config.limits().mailLinksPerAddress(), WINDOW);
    }
}
