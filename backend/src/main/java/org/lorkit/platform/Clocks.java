package org.lorkit.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of LORkit. Every rule that depends on "today" (rotation phases, plan checkpoints,
 * reminders, validation of "not in the future") reads this bean, never the system clock directly, so
 * tests can walk an applicant through a whole season in seconds (src/test: org.lorkit.platform.MutableClock,
 * an alternative bean of the same type). Production: the system clock in UTC; each applicant's "today"
 * comes from it through the profile's time zone (ProfileFacts.today()).
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @Singleton
    Clock systemClock() {
        // Ticks in microseconds, what PostgreSQL keeps of a timestamptz: an instant a create answers is then the
        // one every later read of the row answers (with nanoseconds, the create said 10:00:00.107306110 and the
        // read 10:00:00.107306).
        // Not Clock.tick(…, 1 µs): Java 17's tick clock divides by zero in millis() for a tick under a millisecond.
        return new MicrosecondClock(Clock.systemUTC());
    }

    /** A clock whose instants are whole microseconds. */
    static final class MicrosecondClock extends Clock {

        private final Clock base;

        MicrosecondClock(Clock base) {
            this.base = base;
        }

        @Override
        public Instant instant() {
            return base.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return base.millis();
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(base.withZone(zone));
        }
    }

    /** Bean Validation (@PastOrPresent, ...) reads the same clock. */
    @Singleton
    public static class ValidationClock implements ClockProvider {

        @Inject
        Clock clock;

        @Override
        public Clock getClock() {
            return clock;
        }
    }
}
