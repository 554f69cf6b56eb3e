package org.lorkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.common.ProblemException;
import org.lorkit.platform.MutableClock;

/**
 * The counters live in PostgreSQL (so that replicas share them and restarts keep them): one row per key,
 * no email or address in it, windows on the application clock, expired rows swept.
 */
@QuarkusTest
class RateLimitsInTheDatabaseTest {

    static final Instant MORNING_ROUNDS = Instant.parse("2027-04-13T06:45:00Z");

    @Inject
    RateLimiter limiter;

    @Inject
    MutableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private List<String> storedKeysLike(String prefix) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT limit_key FROM rate_limit_window WHERE limit_key LIKE ?")) {
            s.setString(1, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        return keys;
    }

    @Test
    void aCounterIsOneRowThatNamesItsKindButNeverTheEmail() throws Exception {
        clock.set(MORNING_ROUNDS);
        String email = "priya.nair+" + UUID.randomUUID() + "@gmail.com";
        String kind = "test-hashing:account:";
        List<String> before = storedKeysLike(kind);
        for (int i = 1; i <= 3; i++) {
            assertEquals(i, limiter.hit(kind + email, Duration.ofMinutes(15)).count());
        }
        List<String> after = storedKeysLike(kind);
        after.removeAll(before);
        assertEquals(1, after.size(), "three attempts, one row");
        assertFalse(after.get(0).contains("priya"), after.get(0));
        assertEquals(kind + org.lorkit.common.Sha256.hex(email), after.get(0));
    }

    @Test
    void aWindowEndsOnTheAppClockAndTheNextAttemptStartsANewOne() {
        clock.set(MORNING_ROUNDS);
        String key = "test-window:client:" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            limiter.acquire(key, 3, Duration.ofMinutes(15));
            clock.advance(Duration.ofMinutes(1));
        }
        ProblemException refused =
                assertThrows(ProblemException.class, () -> limiter.acquire(key, 3, Duration.ofMinutes(15)));
        assertEquals(12 * 60L, (long) refused.retryAfterSeconds(), "15 minutes from the first attempt, 3 minutes in");
        assertEquals("Too many attempts in a short time. Try again in 12 minutes.", refused.getMessage());
        clock.advance(Duration.ofMinutes(12));
        limiter.acquire(key, 3, Duration.ofMinutes(15));
        assertEquals(2, limiter.hit(key, Duration.ofMinutes(15)).count(), "a new window after the old one ended");
    }

    @Test
    void aBurstLastsWhileAttemptsKeepComingAndEndsAfterAQuietSpell() {
        clock.set(MORNING_ROUNDS);
        String key = "test-burst:account:" + UUID.randomUUID();
        for (int i = 1; i <= 6; i++) {
            assertEquals(i, limiter.hitInBurst(key, Duration.ofMinutes(30)).count());
            clock.advance(Duration.ofMinutes(20));
        }
        clock.advance(Duration.ofMinutes(30));
        assertEquals(1, limiter.hitInBurst(key, Duration.ofMinutes(30)).count());
    }

    @Test
    void theSweepDeletesOnlyRowsWhoseWindowHasEnded() throws Exception {
        clock.set(MORNING_ROUNDS);
        String ended = "test-sweep:client:" + UUID.randomUUID();
        String running = "test-sweep:client:" + UUID.randomUUID();
        limiter.hit(ended, Duration.ofMinutes(1));
        limiter.hit(running, Duration.ofHours(1));
        clock.advance(Duration.ofMinutes(5));
        assertTrue(limiter.sweep(clock.instant()) >= 1);
        List<String> left = storedKeysLike("test-sweep:client:");
        assertFalse(left.contains(RateLimiter.stored(ended)), "the ended window is gone");
        assertTrue(left.contains(RateLimiter.stored(running)), "the running window stays");
        assertEquals(2, limiter.hit(running, Duration.ofHours(1)).count());
    }
}
