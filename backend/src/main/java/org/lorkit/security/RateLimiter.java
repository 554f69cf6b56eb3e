package org.lorkit.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.lorkit.common.ProblemException;
import org.lorkit.common.Sha256;

/**
 * Counters per key ("login-failure:account:ana@x.org", "register:client:10.0.0.7") in PostgreSQL
 * (table rate_limit_window), so that every replica counts against the same budget and a restart or a
 * deploy forgets nothing. One upsert per attempt (INSERT ... ON CONFLICT DO UPDATE ... RETURNING), in a
 * transaction of its own: a refused request's rollback keeps its count. The stored key holds the
 * kind of counter and a SHA-256 of its subject, never an email or address. Expired rows count for
 * nothing and are swept every {@code lorkit.limits.sweep-every}.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    /** The one clock (platform's producer; MutableClock in tests), so tests can walk through windows. */
    @Inject
    Clock clock;

    @Inject
    AgroalDataSource dataSource;

    /**
     * One counter after an attempt: its window started at {@code startedAt}, holds {@code count}
     * attempts, the latest at {@code lastAt}, and counts for nothing from {@code expiresAt}.
     */
    public record Window(Instant startedAt, int count, Instant lastAt, Instant expiresAt) {

        /** Whole seconds until the window ends, at least 1. */
        public long secondsLeft(Instant now) {
            return Math.max(1, (Duration.between(now, expiresAt).toMillis() + 999) / 1000);
        }
    }

    // A window whose start lies after now belongs to a clock that was moved back (tests): it starts anew.
    private static final String UPSERT = """
            INSERT INTO rate_limit_window AS w (limit_key, window_started_at, attempts, last_attempt_at, expires_at)
            VALUES (?, ?, 1, ?, ?)
            ON CONFLICT (limit_key) DO UPDATE SET
              window_started_at = CASE WHEN w.expires_at <= EXCLUDED.last_attempt_at
                                         OR w.window_started_at > EXCLUDED.last_attempt_at
                                       THEN EXCLUDED.window_started_at ELSE w.window_started_at END,
              attempts = CASE WHEN w.expires_at <= EXCLUDED.last_attempt_at
                                OR w.window_started_at > EXCLUDED.last_attempt_at
                              THEN 1 ELSE w.attempts + 1 END,
              last_attempt_at = EXCLUDED.last_attempt_at,
              expires_at = CASE WHEN w.expires_at <= EXCLUDED.last_attempt_at
                                  OR w.window_started_at > EXCLUDED.last_attempt_at
                                  OR ?
                                THEN EXCLUDED.expires_at ELSE w.expires_at END
            RETURNING window_started_at, attempts, last_attempt_at, expires_at
            """;

    /** Counts one attempt and refuses with 429 + Retry-After once {@code limit} is used up. */
    public void acquire(String key, int limit, Duration window) {
        Instant now = clock.instant();
        Window current = hit(key, window);
        if (current.count() > limit) {
            throw ProblemException.tooManyRequests(current.secondsLeft(now));
        }
    }

    /** Refuses without counting, for checks made before the outcome of an attempt is known. */
    public void check(String key, int limit, Duration window) {
        Instant now = clock.instant();
        Optional<Window> current = peek(key);
        if (current.isPresent() && current.get().count() >= limit) {
            throw ProblemException.tooManyRequests(current.get().secondsLeft(now));
        }
    }

    /**
     * Counts one attempt in a fixed window: the first attempt starts it, it ends {@code window} later.
     */
    public Window hit(String key, Duration window) {
        return upsert(key, window, false);
    }

    /**
     * Counts one attempt in a window that lasts while attempts keep coming: it ends {@code quiet}
     * after the latest one (a burst: "one mail per burst", "one audit row per burst").
     */
    public Window hitInBurst(String key, Duration quiet) {
        return upsert(key, quiet, true);
    }

    /** The counter as it stands, if it still counts. */
    public Optional<Window> peek(String key) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(
                            "SELECT window_started_at, attempts, last_attempt_at, expires_at FROM rate_limit_window"
                                    + " WHERE limit_key = ? AND expires_at > ? AND window_started_at <= ?")) {
                s.setString(1, stored(key));
                s.setTimestamp(2, Timestamp.from(now));
                s.setTimestamp(3, Timestamp.from(now));
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(window(rs)) : Optional.<Window>empty();
                }
            }
        });
    }

    public void reset(String key) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("DELETE FROM rate_limit_window WHERE limit_key = ?")) {
                s.setString(1, stored(key));
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Deletes the rows that count for nothing any more at {@code now}; answers how many. */
    public int sweep(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement("DELETE FROM rate_limit_window WHERE expires_at <= ?")) {
                s.setTimestamp(1, Timestamp.from(now));
                return s.executeUpdate();
            }
        });
    }

    @Scheduled(
            every = "${lorkit.limits.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "rate-limit-sweep",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledSweep() {
        try {
            sweep(clock.instant());
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next sweep catches up.
            LOG.warnf("Rate-limit rows not swept: %s", e.getClass().getSimpleName());
        }
    }

    private Window upsert(String key, Duration window, boolean burst) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement s = c.prepareStatement(UPSERT)) {
                s.setString(1, stored(key));
                s.setTimestamp(2, Timestamp.from(now));
                s.setTimestamp(3, Timestamp.from(now));
                s.setTimestamp(4, Timestamp.from(now.plus(window)));
                s.setBoolean(5, burst);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return window(rs);
                }
            }
        });
    }

    private static Window window(ResultSet rs) throws SQLException {
        return new Window(
                rs.getTimestamp(1).toInstant(),
                rs.getInt(2),
                rs.getTimestamp(3).toInstant(),
                rs.getTimestamp(4).toInstant());
    }

    /**
     * "login-failure:account:ana@x.org" is stored as "login-failure:account:" and the SHA-256 of
     * "ana@x.org": the kind stays readable for operators, the subject does not.
     */
    static String stored(String key) {
        String[] parts = key.split(":", 3);
        if (parts.length < 3) {
            return Sha256.hex(key);
        }
        return parts[0] + ":" + parts[1] + ":" + Sha256.hex(parts[2]);
    }
}
