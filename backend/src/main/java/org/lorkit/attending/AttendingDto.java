package org.lorkit.attending;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Stored;

@Schema(
        name = "Attending",
        description = "A possible letter writer, with facts derived on every read (readOnly): days worked "
                + "together, feedback and story counts, letter eligibility, priority tier, same specialty and enthusiasm. "
                + "Absent optional text is null.")
public record AttendingDto(
        @Schema(readOnly = true) UUID id,
        @Schema(examples = "Maria Hernandez") String name,
        @Schema(examples = "MD", nullable = true) String degree,

        @Schema(
                nullable = true,
                examples = "Dr. Mitchell",
                description = "How scripts greet this writer; null: the greeting " + "is derived.")
        String addressAs,

        @Schema(
                readOnly = true,
                examples = "Dr. Mitchell",
                description =
                        "Derived: addressAs when set, else title and surname "
                                + "from the name and degree (\"Sarah Mitchell, MD\" and \"Dr Sarah Mitchell\" give \"Dr. Mitchell\"); without a "
                                + "doctoral degree or title, the full name (no Ms. or Mr. is guessed). Every script's salutation uses it.")
        String greeting,

        AttendingRole role,

        @Schema(examples = "Internal Medicine", nullable = true)
        String specialty,

        @Schema(examples = "Cook County Health", nullable = true)
        String institution,

        @Schema(examples = "mhernandez@example.org", nullable = true)
        String email,

        @Schema(nullable = true) String coordinatorEmail,
        @Schema(nullable = true) String notes,

        @Schema(description = "Has seen me present or interact with patients.")
        boolean hasSeenMePresent,

        @Schema(description = "Rotations worked together with the dates, earliest first.")
        List<RotationLinkDto> rotations,

        @Schema(
                readOnly = true,
                description = "Derived: working days (Monday to Friday) worked together so far, up to and "
                        + "including today (the union of the worked-together dates, overlaps counted once).",
                examples = "7")
        long daysWorkedTogether,

        @Schema(
                readOnly = true,
                description = "Derived: working days worked together over the whole linked dates, by their end.",
                examples = "15")
        long daysWorkedByEnd,

        @Schema(
                readOnly = true,
                nullable = true,
                description = "Derived: the day the two-working-week mark (10 working days "
                        + "together) is or will be reached; null when the linked dates never reach it.",
                examples = "2026-12-04")
        LocalDate twoWeeksReachedOn,

        @Schema(readOnly = true, description = "Derived: feedback entries from this attending.", examples = "2")
        long feedbackCount,

        @Schema(
                readOnly = true,
                description = "Derived: stories this attending witnessed (the only stories their packet and "
                        + "scripts may quote).",
                examples = "3")
        long storyCount,

        @Schema(readOnly = true) LetterEligibility letterEligible,
        @Schema(readOnly = true) PriorityTier priorityTier,

        @Schema(
                readOnly = true,
                nullable = true,
                description = "Derived: the attending's specialty equals the profile's target "
                        + "specialty (ignoring case and surrounding spaces); null when either is not set.",
                examples = "true")
        Boolean sameSpecialty,

        @Schema(
                readOnly = true,
                nullable = true,
                description = "Derived: the enthusiasm of the latest SUMMATIVE feedback "
                        + "(latest receivedOn, then latest created); null when there is none.")
        Enthusiasm enthusiasm,

        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,

        @Schema(readOnly = true, description = "Row version; the ETag of this attending is its quoted value.")
        long version)
        implements Stored {

    @Schema(name = "RotationLink", description = "Dates worked together on one rotation, both included.")
    public record RotationLinkDto(
            @Schema(examples = "6a1f4c9e-2b7d-4f0a-9c3e-1d2b3c4d5e6f")
            UUID rotationId,

            @Schema(examples = "2026-07-06") LocalDate from,
            @Schema(examples = "2026-07-31") LocalDate to) {}
}
