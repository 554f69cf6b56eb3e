package org.lorkit.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** What other features need from the target sheet: the applicant's clock and target specialty. */
public record ProfileFacts(
        ZoneId zone, String targetSpecialty, LocalDate submissionTargetOn, Clock clock, LocalDate erasOpensOn) {

    /** Today in the applicant's time zone, from the application clock (org.lorkit.platform.Clocks). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
