package org.lorkit.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Stored;

@Schema(name = "Rotation", description = "A US clinical experience with its letter-potential checklist. "
        + "warnings and phase are derived (readOnly). Absent optional text is null.")
public record RotationDto(
        @Schema(readOnly = true) java.util.UUID id,
        @Schema(examples = "Cook County Health") String institution,
        @Schema(examples = "Chicago, IL", nullable = true) String location,
        @Schema(examples = "Internal Medicine", nullable = true) String specialty,
        RotationKind kind,
        @Schema(examples = "2026-07-06") LocalDate startsOn,
        @Schema(examples = "2026-07-31") LocalDate endsOn,
        boolean supervisedByLetterWriter,
        boolean canPresentPatients,
        boolean canWriteNotes,
        boolean observedRepeatedly,
        boolean worksWithResidents,
        boolean shadowingOnly,
        boolean largeGroup,
        @Schema(readOnly = true, description = "Days from startsOn to endsOn, both included.", examples = "26") long days,
        @Schema(readOnly = true, description = "Derived: why this rotation may not give a letter that counts; empty when none.")
        List<RotationWarning> warnings,
        @Schema(readOnly = true, description = "Derived: upcoming, active (with its week) or ended, as of today.")
        RotationPhase phase,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,
        @Schema(readOnly = true, description = "Row version; the ETag of this rotation is its quoted value.") long version) implements Stored {

    static final int MIN_DAYS = 14;

    static RotationDto of(Rotation r, LocalDate today) {
        long days = ChronoUnit.DAYS.between(r.startsOn, r.endsOn) + 1;
        return new RotationDto(r.id, r.institution, r.location, r.specialty, r.kind, r.startsOn, r.endsOn,
                r.supervisedByLetterWriter, r.canPresentPatients, r.canWriteNotes, r.observedRepeatedly,
                r.worksWithResidents, r.shadowingOnly, r.largeGroup, days, warnings(r, days),
                RotationPhase.of(r.startsOn, r.endsOn, today), r.createdAt, r.updatedAt, r.version);
    }

    static List<RotationWarning> warnings(Rotation r, long days) {
        List<RotationWarning> warnings = new ArrayList<>();
        if (days < MIN_DAYS) {
            warnings.add(new RotationWarning(RotationWarning.Code.SHORTER_THAN_TWO_WEEKS, "Only " + days + (days == 1 ? " day" : " days")
                    + ": a writer needs at least two weeks of watching you work to say something specific."));
        }
        if (r.shadowingOnly) {
            warnings.add(new RotationWarning(RotationWarning.Code.SHADOWING_ONLY,
                    "Shadowing only: with little direct attending contact, nobody here can vouch for your own work."));
        }
        if (r.largeGroup) {
            warnings.add(new RotationWarning(RotationWarning.Code.LARGE_GROUP,
                    "A large group of students: it is hard to stand out enough for a specific letter."));
        }
        return warnings;
    }
}
