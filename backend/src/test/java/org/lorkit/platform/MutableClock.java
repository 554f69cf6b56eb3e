package org.lorkit.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The application clock in tests: the system clock until a test sets it, then frozen at the chosen
 * instant and moved only by the test. Replaces the production clock of {@link Clocks} everywhere
 * (alternative with priority). Tests that move it call {@link #reset()} when they finish, since one
 * application serves every test class.
 */
@Alternative
@Priority(1)
@Singleton
public class MutableClock extends Clock {

    private volatile Instant frozen;

    /** Freezes time at noon UTC of the given day. */
    public void setDay(LocalDate day) {
        frozen = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    public void set(Instant instant) {
        frozen = instant;
    }

    public void advance(Duration duration) {
        frozen = instant().plus(duration);
    }

    public void advanceDays(long days) {
        advance(Duration.ofDays(days));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    public void reset() {
        frozen = null;
    }

    @Override
    public Instant instant() {
        Instant at = frozen;
        // In microseconds, as the production clock ticks (Clocks: what PostgreSQL keeps).
        return at == null ? Instant.now().truncatedTo(ChronoUnit.MICROS) : at;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
