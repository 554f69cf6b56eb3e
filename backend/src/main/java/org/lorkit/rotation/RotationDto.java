package org.lorkit.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Stored;

@Schema(
        name = "Rotation",
        description = "A US clinical experience with its letter-potential checklist. "
                + "warnings and phase are derived (readOnly). Absent optional text is null.")
public record RotationDto(
        @Schema(readOnly = true) java.util.UUID id,
        @Schema(examples = "Cook County Health") String institution,
        @Schema(examples = "Chicago, IL", nullable = true) String location,

        @Schema(examples = "Internal Medicine", nullable = true)
        String specialty,

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

        @Schema(readOnly = true, description = "Days from startsOn to endsOn, both included.", examples = "26")
        long days,

        @Schema(
                readOnly = true,
                description = "Derived: working days (Monday to Friday) from startsOn to endsOn, both "
                        + "included; two weeks means 10 of them.",
                examples = "20")
        long workingDays,

        @Schema(
                readOnly = true,
                description = "Derived: why this rotation may not give a letter that counts; empty when none.")
        List<RotationWarning> warnings,

        @Schema(readOnly = true, description = "Derived: upcoming, active (with its week) or ended, as of today.")
        RotationPhase phase,

        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,

        @Schema(readOnly = true, description = "Row version; the ETag of this rotation is its quoted value.")
        long version)
        implements Stored {

    static RotationDto of(Rotation r, LocalDate today) {
        long days = ChronoUnit.DAYS.between(r.startsOn, r.endsOn) + 1;
        long working = org.lorkit.common.WorkingDays.count(r.startsOn, r.endsOn);
        return new RotationDto(
                r.id,
                r.institution,
                r.location,
                r.specialty,
                r.kind,
                r.startsOn,
                r.endsOn,
                r.supervisedByLetterWriter,
                r.canPresentPatients,
                r.canWriteNotes,
                r.observedRepeatedly,
                r.worksWithResidents,
                r.shadowingOnly,
                r.largeGroup,
                days,
                working,
                warnings(r, working),
                RotationPhase.of(r.startsOn, r.endsOn, today),
                r.createdAt,
                r.updatedAt,
                r.version);
    }

    /** Two weeks as applicants count them: two working weeks, so a Monday-to-Friday fortnight is not "short". */
    static List<RotationWarning> warnings(Rotation r, long workingDays) {
        List<RotationWarning> warnings = new ArrayList<>();
        if (workingDays < org.lorkit.common.WorkingDays.TWO_WEEKS) {
            warnings.add(new RotationWarning(
                    RotationWarning.Code.SHORTER_THAN_TWO_WEEKS,
                    "Only " + workingDays
                            + (workingDays == 1 ? " working day" : " working days")
                            + ": a writer needs at least two working weeks ("
                            + org.lorkit.common.WorkingDays.TWO_WEEKS
                            + " days) of watching you work to say something specific."));
        }
        if (r.shadowingOnly) {
            warnings.add(new RotationWarning(
                    RotationWarning.Code.SHADOWING_ONLY,
                    "Shadowing only: with little direct attending contact, nobody here can vouch for your own work."));
        }
        if (r.largeGroup) {
            warnings.add(new RotationWarning(
                    RotationWarning.Code.LARGE_GROUP,
                    "A large group of students: it is hard to stand out enough for a specific letter."));
        }
        return warnings;
    }
}
