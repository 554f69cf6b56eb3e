package org.lorkit.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** What other features need from the target sheet: the applicant's clock and target specialties. */
public record ProfileFacts(
        ZoneId zone,
        String targetSpecialty,
        LocalDate submissionTargetOn,
        Clock clock,
        LocalDate erasOpensOn,
        String secondSpecialty,
        Integer season) {

    /** The specialties applied to, the target first (one or two). */
    public java.util.List<String> specialties() {
        java.util.List<String> all = new java.util.ArrayList<>();
        if (targetSpecialty != null) {
            all.add(targetSpecialty);
        }
        if (secondSpecialty != null) {
            all.add(secondSpecialty);
        }
        return all;
    }

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
