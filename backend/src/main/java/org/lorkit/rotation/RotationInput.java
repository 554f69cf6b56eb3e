package org.lorkit.rotation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Texts;

/** The writable fields of a rotation. Checklist booleans default to false. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "RotationInput",
        description = "A rotation as the applicant enters it. Absent optional text is null; "
                + "absent checklist answers are false.")
public record RotationInput(
        @Schema(description = "Hospital or clinic.", examples = "Cook County Health", maxLength = 200)
        @NotBlank @Size(max = 200) String institution,

        @Schema(description = "City and state.", examples = "Chicago, IL", maxLength = 200, nullable = true)
        @Size(max = 200) String location,

        @Schema(examples = "Internal Medicine", maxLength = 100, nullable = true) @Size(max = 100) String specialty,

        @Schema(examples = "OBSERVERSHIP") @NotNull RotationKind kind,

        @Schema(description = "First day.", examples = "2026-07-06") @NotNull LocalDate startsOn,

        @Schema(description = "Last day (inclusive); not before startsOn.", examples = "2026-07-31") @NotNull LocalDate endsOn,

        @Schema(
                description =
                        "Checklist: supervised by someone who can write a letter that counts (program director, "
                                + "associate PD, core faculty, clerkship director or a long-term attending known in the department).",
                examples = "true",
                nullable = true)
        Boolean supervisedByLetterWriter,

        @Schema(description = "Checklist: I can present patients.", examples = "true", nullable = true)
        Boolean canPresentPatients,

        @Schema(
                description = "Checklist: I can write notes (externships, electives).",
                examples = "false",
                nullable = true)
        Boolean canWriteNotes,

        @Schema(
                description = "Checklist: the attending observes me repeatedly, not once from the back of the room.",
                examples = "true",
                nullable = true)
        Boolean observedRepeatedly,

        @Schema(description = "Checklist: I work with residents and fellows.", examples = "true", nullable = true)
        Boolean worksWithResidents,

        @Schema(
                description = "Warning sign: shadowing only, with minimal attending contact.",
                examples = "false",
                nullable = true)
        Boolean shadowingOnly,

        @Schema(
                description = "Warning sign: one of many students in the same room.",
                examples = "false",
                nullable = true)
        Boolean largeGroup) {

    /** The writable fields as they stand (the export writes them, the import applies them again). */
    public static RotationInput of(Rotation r) {
        return new RotationInput(
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
                r.largeGroup);
    }

    /** The other direction: the fields onto the entity, text cleaned, an absent checklist answer false. */
    void applyTo(Rotation r) {
        r.institution = Texts.clean(institution);
        r.location = Texts.clean(location);
        r.specialty = Texts.clean(specialty);
        r.kind = kind;
        r.startsOn = startsOn;
        r.endsOn = endsOn;
        r.supervisedByLetterWriter = Boolean.TRUE.equals(supervisedByLetterWriter);
        r.canPresentPatients = Boolean.TRUE.equals(canPresentPatients);
        r.canWriteNotes = Boolean.TRUE.equals(canWriteNotes);
        r.observedRepeatedly = Boolean.TRUE.equals(observedRepeatedly);
        r.worksWithResidents = Boolean.TRUE.equals(worksWithResidents);
        r.shadowingOnly = Boolean.TRUE.equals(shadowingOnly);
        r.largeGroup = Boolean.TRUE.equals(largeGroup);
    }
}
