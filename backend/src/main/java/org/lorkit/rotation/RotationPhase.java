package org.lorkit.rotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RotationPhase",
        description = "Where the rotation stands today, in the applicant's time zone (profile.timeZone).")
public record RotationPhase(
        @Schema(examples = "ACTIVE") State state,

        @Schema(
                description =
                        "While ACTIVE: the week of the rotation, 1 for days 1-7, 2 for days 8-14, ...; null otherwise.",
                examples = "2",
                nullable = true)
        Integer week) {

    @Schema(
            name = "RotationPhaseState",
            description = "UPCOMING (before startsOn), ACTIVE (startsOn to endsOn), ENDED (after endsOn).")
    public enum State {
        UPCOMING,
        ACTIVE,
        ENDED
    }

    static RotationPhase of(LocalDate startsOn, LocalDate endsOn, LocalDate today) {
        if (today.isBefore(startsOn)) {
            return new RotationPhase(State.UPCOMING, null);
        }
        if (today.isAfter(endsOn)) {
            return new RotationPhase(State.ENDED, null);
        }
        return new RotationPhase(State.ACTIVE, (int) (ChronoUnit.DAYS.between(startsOn, today) / 7) + 1);
    }
}
