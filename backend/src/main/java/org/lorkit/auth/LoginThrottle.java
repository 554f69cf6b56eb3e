package org.lorkit.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.lorkit.common.ProblemException;
import org.lorkit.mail.MailSender;
import org.lorkit.platform.LorkitConfig;
import org.lorkit.security.RateLimiter;
import org.lorkit.security.RateLimiter.Window;
import org.lorkit.security.SecurityEventKind;
import org.lorkit.security.SecurityEvents;

/**
 * Brute-force defence at login that cannot be turned against the owner (ASVS 5.0 V6.3.1). Wrong
 * passwords are counted per account and per account + client address. The address that keeps failing
 * waits, longer after each failure (1 minute after the 5th, doubling to 15 minutes); an address that
 * has not been failing logs in with the right password at once, however many guesses come from
 * elsewhere. While an account is being guessed from many addresses, each address that has failed on
 * it waits a minute after its own failure. The owner gets one mail per burst of guessing; a burst
 * leaves one LOGIN_THROTTLED row in the audit trail, not one per refused attempt. Every attempt that
 * reaches bcrypt is also counted per account + address, successful ones too.
 */
@ApplicationScoped
public class LoginThrottle {

    /** A burst of guessing ends after this long without a wrong password. */
    static final Duration BURST_QUIET = Duration.ofHours(1);

    /** The fixed windows of the per-address and per-account + address attempt budgets. */
    static final Duration WINDOW = Duration.ofMinutes(15);

    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);

    /** The one clock (platform's producer; MutableClock in tests), so tests can walk through windows. */
    @Inject
    Clock clock;

    @Inject
    RateLimiter limiter;

    @Inject
    LorkitConfig config;

    @Inject
    SecurityEvents events;

    @Inject
    AccountMails mails;

    @Inject
    MailSender mailer;

    /** Wrong logins of one account, from any address: a password reset empties it. */
    static String accountKey(String email) {
        return "login-failure:account:" + AppUser.keyOf(email);
    }

    static String pairKey(String email, String address) {
        return "login-failure:pair:" + AppUser.keyOf(email) + "|" + address;
    }

    private static String clientKey(String address) {
        return "login-failure:client:" + address;
    }

    /**
     * Before the password is looked at (so a refused attempt costs no bcrypt and counts for nothing):
     * 429 when this address must still wait, else counts the attempt against the account + address budget.
     */
    void beforeAttempt(String email, String address, Optional<AppUser> user) {
        limiter.check(clientKey(address), config.limits().loginFailuresPerClient(), WINDOW);
        Instant now = clock.instant();
        Optional<Instant> until = waitUntil(email, address);
        if (until.isPresent() && until.get().isAfter(now)) {
            long seconds = Math.max(1, (Duration.between(now, until.get()).toMillis() + 999) / 1000);
            user.ifPresent(u -> auditBurstOnce(u.id, email, "wrong passwords from one address: it has to wait"));
            throw ProblemException.tooManyRequests("Too many wrong passwords in a row.", seconds);
        }
        limiter.acquire(
                "login:pair:" + AppUser.keyOf(email) + "|" + address,
                config.limits().loginsPerPair(),
                WINDOW);
    }

    /** When this address may try this account again (empty: now). */
    Optional<Instant> waitUntil(String email, String address) {
        Optional<Window> pair = limiter.peek(pairKey(email, address));
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        int threshold = config.limits().loginFailuresPerAccount();
        int failures = pair.get().count();
        if (failures >= threshold) {
            return Optional.of(pair.get().lastAt().plus(delayAfter(failures, threshold)));
        }
        Optional<Window> account = limiter.peek(accountKey(email));
        if (account.isPresent() && account.get().count() >= 2 * threshold) {
            return Optional.of(pair.get().lastAt().plus(FIRST_DELAY));
        }
        return Optional.empty();
    }

    /** 1 minute after the threshold's failure, doubling with each further one, at most 15 minutes. */
    static Duration delayAfter(int failures, int threshold) {
        int doublings = Math.min(failures - threshold, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.max(0, doublings));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /**
     * Counts a wrong password (or second factor). {@code detail}: the audit row's, or null to write none.
     */
    void failed(String email, String address, Optional<AppUser> user, String detail) {
        limiter.hitInBurst(pairKey(email, address), BURST_QUIET);
        limiter.hit(clientKey(address), WINDOW);
        int accountFailures = limiter.hitInBurst(accountKey(email), BURST_QUIET).count();
        if (user.isEmpty()) {
            return;
        }
        AppUser owner = user.get();
        int threshold = config.limits().loginFailuresPerAccount();
        if (accountFailures <= 2 * threshold) {
            if (detail != null) {
                events.recordRefused(owner.id, SecurityEventKind.LOGIN_FAILED, detail);
            }
        } else {
            auditBurstOnce(
                    owner.id, email, "many wrong passwords: further ones of this burst are not written one by one");
        }
        if (accountFailures == threshold) {
            // Exactly one request of a burst sees the threshold (the count is one atomic upsert).
            // The login's own transaction rolls back on a wrong password: the mail goes with one of its own.
            QuarkusTransaction.requiringNew().run(() -> mailer.send(mails.beingGuessed(owner, threshold)));
        }
    }

    /** The right password (and factor): this address starts afresh; the account's burst goes on. */
    void succeeded(String email, String address) {
        limiter.reset(pairKey(email, address));
    }

    private void auditBurstOnce(UUID userId, String email, String detail) {
        if (limiter.hitInBurst("login-throttled-audit:account:" + AppUser.keyOf(email), BURST_QUIET)
                        .count()
                == 1) {
            events.recordRefused(userId, SecurityEventKind.LOGIN_THROTTLED, detail);
        }
    }
}
