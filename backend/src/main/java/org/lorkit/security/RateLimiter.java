package org.lorkit.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.lorkit.common.ProblemException;

/**
 * Fixed-window counters per key ("login-failure:account:ana@x.org", "register:client:10.0.0.7").
 * In memory, so each API replica counts on its own: with N replicas an attacker gets at most
 * N times the budget, still far below what guessing needs. Windows expire by themselves.
 */
@ApplicationScoped
public class RateLimiter {

    /** The one clock (platform's producer; MutableClock in tests), so tests can walk through windows. */
    @Inject
    Clock clock;

    private record Window(long startedAtMillis, int count) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one attempt and refuses with 429 + Retry-After once {@code limit} is used up. */
    public void acquire(String key, int limit, Duration window) {
        long now = clock.millis();
        Window current = windows.compute(
                key,
                (k, w) -> w == null || now - w.startedAtMillis() >= window.toMillis()
                        ? new Window(now, 1)
                        : new Window(w.startedAtMillis(), w.count() + 1));
        if (current.count() > limit) {
            throw refused(current, window, now);
        }
        if (windows.size() > 100_000) {
            windows.entrySet()
                    .removeIf(e -> now - e.getValue().startedAtMillis()
                            >= Duration.ofHours(1).toMillis());
        }
    }

    /** Refuses without counting, for checks made before the outcome of an attempt is known. */
    public void check(String key, int limit, Duration window) {
        long now = clock.millis();
        Window current = windows.get(key);
        if (current != null && now - current.startedAtMillis() < window.toMillis() && current.count() >= limit) {
            throw refused(current, window, now);
        }
    }

    /** 429 with the whole seconds until the window ends. */
    private static ProblemException refused(Window current, Duration window, long now) {
        return ProblemException.tooManyRequests(
                Math.max(1, (current.startedAtMillis() + window.toMillis() - now + 999) / 1000));
    }

    public void reset(String key) {
        windows.remove(key);
    }
}
