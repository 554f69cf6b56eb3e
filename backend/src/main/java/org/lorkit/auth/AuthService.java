package org.lorkit.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.lorkit.auth.AuthDtos.LoginRequest;
import org.lorkit.auth.AuthDtos.RegisterRequest;
import org.lorkit.auth.AuthDtos.TokenResponse;
import org.lorkit.auth.AuthDtos.UserDto;
import org.lorkit.common.ProblemException;

/** Accounts and sessions. Answers never tell whether an email is registered, except on register. */
@ApplicationScoped
public class AuthService {

    private static final Logger LOG = Logger.getLogger(AuthService.class);

    @Inject
    Passwords passwords;

    @Inject
    TokenService tokens;

    @Transactional
    public UserDto register(RegisterRequest request) {
        passwords.checkAcceptable(request.password());
        if (AppUser.findByEmail(request.email()).isPresent()) {
            throw ProblemException.conflict("An account with this email already exists. Log in instead.");
        }
        AppUser user = new AppUser();
        user.id = UUID.randomUUID();
        user.email = request.email().trim();
        user.emailKey = AppUser.keyOf(request.email());
        user.displayName = request.displayName().trim();
        user.passwordHash = passwords.hash(request.password());
        user.createdAt = Instant.now();
        user.persistAndFlush();
        LOG.infof("Account %s registered", user.id);
        return UserDto.of(user);
    }

    @Transactional
    public TokenResponse login(LoginRequest request) {
        Optional<AppUser> user = AppUser.findByEmail(request.email());
        if (user.isEmpty()) {
            passwords.spendComparableTime(request.password());
            throw wrongCredentials();
        }
        if (!passwords.matches(request.password(), user.get().passwordHash)) {
            LOG.infof("Failed login for account %s", user.get().id);
            throw wrongCredentials();
        }
        if (user.get().disabled()) {
            // Only said after the right password, so it tells a guesser nothing.
            LOG.infof("Login refused for disabled account %s", user.get().id);
            throw accountDisabled();
        }
        return tokens.issue(user.get(), UUID.randomUUID(), Instant.now());
    }

    /**
     * Rotates a refresh token. A token that was already used is a sign of theft
     * (the thief and the owner both hold it): the whole family is revoked.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    public TokenResponse refresh(String refreshToken) {
        Instant now = Instant.now();
        RefreshToken stored = RefreshToken.<RefreshToken>find("tokenHash", TokenService.hash(refreshToken))
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(AuthService::sessionEnded);
        if (stored.revokedAt != null || stored.expiresAt.isBefore(now)) {
            throw sessionEnded();
        }
        if (stored.usedAt != null) {
            LOG.warnf("Refresh token reuse for account %s: session family revoked", stored.userId);
            RefreshToken.revokeFamily(stored.familyId, now);
            throw sessionEnded();
        }
        stored.usedAt = now;
        AppUser user = AppUser.findById(stored.userId);
        if (user == null || user.disabled()) {
            RefreshToken.revokeFamily(stored.familyId, now);
            throw sessionEnded();
        }
        return tokens.issue(user, stored.familyId, now);
    }

    @Transactional
    public void logout(String refreshToken) {
        RefreshToken.<RefreshToken>find("tokenHash", TokenService.hash(refreshToken)).firstResultOptional()
                .ifPresent(token -> RefreshToken.revokeFamily(token.familyId, Instant.now()));
    }

    /** Changes the password and ends every session of the account: other devices log in again. */
    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        AppUser user = AppUser.findById(userId);
        if (user == null) {
            throw ProblemException.unauthorized("This account no longer exists.");
        }
        if (!passwords.matches(currentPassword, user.passwordHash)) {
            LOG.infof("Password change refused for account %s: wrong current password", userId);
            throw ProblemException.invalid("currentPassword", "is not the password in use");
        }
        passwords.checkAcceptable(newPassword);
        user.passwordHash = passwords.hash(newPassword);
        RefreshToken.update("revokedAt = ?1 where userId = ?2 and revokedAt is null", Instant.now(), userId);
        LOG.infof("Account %s changed its password; its sessions were ended", userId);
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
        return new ProblemException(403, "urn:lorkit:problem:account-disabled", "Account disabled",
                "This account is disabled. Ask the administrator of this LORkit to enable it again.", null);
    }

    private static ProblemException sessionEnded() {
        return ProblemException.unauthorized("This session has ended. Please log in again.");
    }
}
