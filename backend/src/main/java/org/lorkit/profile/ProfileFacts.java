package org.lorkit.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** What other features need from the target sheet: the applicant's clock and target specialty. */
public record ProfileFacts(ZoneId zone, String targetSpecialty, LocalDate submissionTargetOn) {

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
