package org.lorkit.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;
import java.time.Clock;

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
        return Clock.systemUTC();
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
