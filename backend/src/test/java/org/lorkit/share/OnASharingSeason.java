package org.lorkit.share;

import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.lorkit.security.RateLimiter;
import org.lorkit.support.OnTheTestClock;

/**
 * A test of shared links on the season of {@link SharingSeason}, made fresh for each test. The per-address
 * budget of link pages is emptied first: every test opens its pages from 127.0.0.1, and the counters are
 * shared by the whole run (they live in PostgreSQL).
 */
abstract class OnASharingSeason extends OnTheTestClock {

    @Inject
    RateLimiter limiter;

    SharingSeason s;

    @BeforeEach
    void theSeason() {
        limiter.reset(SharedPageService.clientKey("127.0.0.1"));
        s = SharingSeason.start(clock);
    }
}
