package org.lorkit.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lorkit.auth.AuthDtos.LoginRequest;
import org.lorkit.auth.AuthDtos.RegisterRequest;
import org.lorkit.auth.AuthDtos.TokenResponse;
import org.lorkit.auth.AuthDtos.UserDto;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ProblemType;
import org.lorkit.mail.MailSender;
import org.lorkit.platform.LorkitConfig;
import org.lorkit.security.ClientAddress;
import org.lorkit.security.RateLimiter;
import org.lorkit.security.SecurityEventKind;
import org.lorkit.security.SecurityEvents;

/** Accounts and sessions. Login answers never tell whether an email is registered. */
@ApplicationScoped
public class AuthService {

    /** The one clock (platform's producer; MutableClock in tests), so tests can walk through windows. */
    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<LoggedOutEverywhere> loggedOutEverywhere;

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
    SecondFactor secondFactor;

    @Inject
    LorkitConfig config;

    @Inject
    AccountRecovery recovery;

    @Inject
    AccountMails mails;

    @Inject
    LoginThrottle throttle;

    @Inject
    MailSender mailer;

    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);

    @Transactional
    public UserDto register(RegisterRequest request) {
        limiter.acquire(
                "register:client:" + client.value(), config.limits().registrationsPerClient(), Duration.ofHours(1));
        passwords.checkAcceptable(request.password());
        UserDto created = createAccount(request.email(), request.displayName(), passwords.hash(request.password()));
        recovery.mailVerification(AppUser.findById(created.id()));
        return created;
    }

    /**
     * The account itself, from a password already hashed: {@link #register} above, and the bench seeder
     * (org.lorkit.bench), which hashes its one password once instead of 10 000 times.
     */
    @Transactional
    public UserDto createAccount(String email, String displayName, String passwordHash) {
        if (AppUser.findByEmail(email).isPresent()) {
            throw ProblemException.conflict("An account with this email already exists. Log in instead.");
        }
        AppUser user = new AppUser();
        user.id = UUID.randomUUID();
        user.email = email.trim();
        user.emailKey = AppUser.keyOf(email);
        user.displayName = displayName.trim();
        user.passwordHash = passwordHash;
        user.createdAt = clock.instant();
        user.persistAndFlush();
        events.record(user.id, SecurityEventKind.ACCOUNT_CREATED, null);
        return UserDto.of(user);
    }

    /**
     * Checks the password, then the second factor when the account has one. Wrong ones are counted per
     * account and per account + client address: the address that keeps failing waits, the owner's does
     * not (LoginThrottle).
     */
    @Transactional
    public TokenResponse login(LoginRequest request) {
        String address = client.value();
        Optional<AppUser> found = AppUser.findByEmail(request.email());
        throttle.beforeAttempt(request.email(), address, found);
        if (found.isEmpty()) {
            passwords.spendComparableTime(request.password());
            throttle.failed(request.email(), address, found, null);
            throw wrongCredentials();
        }
        AppUser user = found.get();
        if (!passwords.matches(request.password(), user.passwordHash)) {
            throttle.failed(request.email(), address, found, "wrong password");
            throw wrongCredentials();
        }
        if (user.disabled()) {
            // Only said after the right password, so it tells a guesser nothing.
            events.recordRefused(user.id, SecurityEventKind.LOGIN_FAILED, "account disabled");
            throw accountDisabled();
        }
        if (user.hasSecondFactor() && !secondFactor.verifyAtLogin(user, request.totpCode(), request.recoveryCode())) {
            boolean codeGiven = request.totpCode() != null || request.recoveryCode() != null;
            if (codeGiven) {
                // A wrong code is a guess; no code yet is the first half of every two-step login, not one.
                throttle.failed(request.email(), address, found, null);
            }
            throw ProblemException.secondFactorRequired(codeGiven);
        }
        throttle.succeeded(request.email(), address);
        events.record(user.id, SecurityEventKind.LOGIN_SUCCEEDED, user.hasSecondFactor() ? "with second factor" : null);
        Instant now = clock.instant();
        return tokens.issue(user, UUID.randomUUID(), now, now);
    }

    /** The counter of wrong logins of one address; a password reset empties it. */
    static String accountFailureKey(String email) {
        return LoginThrottle.accountKey(email);
    }

    /**
     * Rotates a refresh token. A token that was already used is a sign of theft (the thief
     * and the owner both hold it): the whole family is revoked. Sessions end after their
     * absolute lifetime however often they are refreshed.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public TokenResponse refresh(String refreshToken) {
        limiter.acquire(
                "refresh:client:" + client.value(), config.limits().refreshesPerClient(), Duration.ofMinutes(1));
        Instant now = clock.instant();
        RefreshToken stored = RefreshToken.<RefreshToken>find("tokenHash", TokenService.hash(refreshToken))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(AuthService::sessionEnded);
        if (stored.revokedAt != null || !stored.expiresAt.isAfter(now)) {
            throw sessionEnded();
        }
        if (stored.usedAt != null) {
            RefreshToken.revokeFamily(stored.familyId, now);
            events.record(stored.userId, SecurityEventKind.REFRESH_TOKEN_REUSED, "session ended");
            throw sessionEnded();
        }
        stored.usedAt = now;
        AppUser user = AppUser.findById(stored.userId);
        if (user == null || user.disabled()) {
            RefreshToken.revokeFamily(stored.familyId, now);
            throw sessionEnded();
        }
        return tokens.issue(user, stored.familyId, stored.familyStartedAt, now);
    }

    @Transactional
    public void logout(String refreshToken) {
        RefreshToken.<RefreshToken>find("tokenHash", TokenService.hash(refreshToken))
                .firstResultOptional()
                .ifPresent(token -> {
                    RefreshToken.revokeFamily(token.familyId, clock.instant());
                    events.record(token.userId, SecurityEventKind.LOGGED_OUT, null);
                });
    }

    /**
     * Ends every session of the account; access tokens already handed out stop working too. With
     * {@code endShareLinks} the links the applicant shared end as well (the share feature observes the event
     * in this transaction).
     */
    @Transactional
    public void logoutEverywhere(UUID userId, boolean endShareLinks) {
        AppUser user = AppUser.findById(userId);
        Instant now = clock.instant();
        RefreshToken.revokeAllOf(userId, now);
        user.tokensNotBefore = tokens.notBeforeNow();
        events.record(userId, SecurityEventKind.LOGGED_OUT_EVERYWHERE, null);
        loggedOutEverywhere.fire(new LoggedOutEverywhere(userId, endShareLinks, now));
    }

    /**
     * Needs the current password; ends all other sessions, voids reset links, tells the owner by mail
     * and answers a fresh token pair.
     */
    @Transactional
    public TokenResponse changePassword(UUID userId, String currentPassword, String newPassword) {
        limiter.acquire("password:account:" + userId, config.limits().loginFailuresPerAccount(), FAILURE_WINDOW);
        AppUser user = AppUser.findById(userId);
        if (!passwords.matches(currentPassword, user.passwordHash)) {
            throw ProblemException.invalid("currentPassword", "is not your current password");
        }
        passwords.checkAcceptable(newPassword, "newPassword");
        Instant now = clock.instant();
        user.passwordHash = passwords.hash(newPassword);
        RefreshToken.revokeAllOf(userId, now);
        user.tokensNotBefore = tokens.notBeforeNow();
        // A reset link sent before now would undo the change: it stops working.
        EmailLink.voidOpen(userId, EmailLink.Purpose.RESET_PASSWORD, now);
        events.record(userId, SecurityEventKind.PASSWORD_CHANGED, null);
        mailer.send(mails.passwordChanged(user));
        return tokens.issue(user, UUID.randomUUID(), now, now);
    }

    @Transactional
    public UserDto me(UUID userId) {
        AppUser user = AppUser.findById(userId);
        if (user == null) {
            throw ProblemException.unauthorized("This account no longer exists.");
        }
        return UserDto.of(user);
    }

    private static ProblemException wrongCredentials() {
        return ProblemException.unauthorized("The email or the password is not right.");
    }

    static ProblemException accountDisabled() {
        return new ProblemException(ProblemType.ACCOUNT_DISABLED, ProblemType.ACCOUNT_DISABLED.defaultDetail(), null);
    }

    private static ProblemException sessionEnded() {
        return ProblemException.unauthorized("This session has ended. Please log in again.");
    }
}
