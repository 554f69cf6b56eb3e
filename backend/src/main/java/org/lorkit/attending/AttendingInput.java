package org.lorkit.attending;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.DatabaseOrder;

/** The writable fields of an attending. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "AttendingInput",
        description = "An attending as the applicant enters them. Absent optional text is null; "
                + "hasSeenMePresent defaults to false, rotations to an empty list.")
public record AttendingInput(
        @Schema(examples = "Maria Hernandez", maxLength = 200) @NotBlank @Size(max = 200) String name,

        @Schema(examples = "MD", maxLength = 40, nullable = true) @Size(max = 40) String degree,

        @Schema(
                description = "How scripts greet this writer, title and surname (\"Dr. Mitchell\", \"Prof. Okafor\"). "
                        + "Null: derived from the name and degree (see greeting).",
                examples = "Dr. Mitchell",
                maxLength = 100,
                nullable = true)
        @Size(max = 100) String addressAs,

        @Schema(examples = "CORE_FACULTY") @NotNull AttendingRole role,

        @Schema(
                description =
                        "Compared with the target specialty of the profile (ignoring case) for the same-specialty bonus.",
                examples = "Internal Medicine",
                maxLength = 100,
                nullable = true)
        @Size(max = 100) String specialty,

        @Schema(examples = "Cook County Health", maxLength = 200, nullable = true) @Size(max = 200) String institution,

        @Schema(examples = "mhernandez@example.org", maxLength = 254, nullable = true) @Email @Size(max = 254) String email,

        @Schema(
                description = "The coordinator or assistant who often handles uploads and scheduling.",
                examples = "im-coordinator@example.org",
                maxLength = 254,
                nullable = true)
        @Email @Size(max = 254) String coordinatorEmail,

        @Schema(
                examples = "Prefers short presentations; likes one good question a day.",
                maxLength = 5000,
                nullable = true)
        @Size(max = 5000) String notes,

        @Schema(
                description =
                        "Has seen me present or interact with patients (one of the three letter-eligibility rules).",
                examples = "true",
                nullable = true)
        Boolean hasSeenMePresent,

        @Schema(
                description = "The rotations worked together, with the dates actually worked together. "
                        + "Each rotationId must be one of your rotations (else 404 naming the field).",
                nullable = true)
        @Size(max = 50) List<@NotNull @Valid RotationLinkInput> rotations) {

    @Schema(
            name = "RotationLinkInput",
            description = "Dates worked together on one rotation; from and to default to the "
                    + "rotation's own dates and must lie within them, with from not after to.")
    public record RotationLinkInput(
            @Schema(description = "One of your rotations.", examples = "6a1f4c9e-2b7d-4f0a-9c3e-1d2b3c4d5e6f") @NotNull UUID rotationId,

            @Schema(
                    description = "First day worked together (defaults to the rotation's startsOn).",
                    examples = "2026-07-06",
                    nullable = true)
            LocalDate from,

            @Schema(
                    description = "Last day worked together, included (defaults to the rotation's endsOn).",
                    examples = "2026-07-31",
                    nullable = true)
            LocalDate to) {}

    /** The writable fields as they stand; rotations in the order of their days. */
    public static AttendingInput of(Attending a) {
        return new AttendingInput(
                a.name,
                a.degree,
                a.addressAs,
                a.role,
                a.specialty,
                a.institution,
                a.email,
                a.coordinatorEmail,
                a.notes,
                a.hasSeenMePresent,
                a.rotations.stream()
                        .sorted(Comparator.comparing((RotationLink l) -> l.fromOn)
                                .thenComparing(l -> l.toOn)
                                .thenComparing(l -> l.rotationId, DatabaseOrder.UUIDS))
                        .map(l -> new RotationLinkInput(l.rotationId, l.fromOn, l.toOn))
                        .toList());
    }
}
