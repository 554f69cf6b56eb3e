package org.lorkit.story;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Stored;
import org.lorkit.phi.PhiWarning;

@Schema(
        name = "Story",
        requiredProperties = {
            "id",
            "title",
            "summary",
            "whatIDid",
            "whatItShows",
            "occurredOn",
            "rotationId",
            "witnessAttendingIds",
            "competencies",
            "formFields",
            "kind",
            "includeInPacket",
            "createdAt",
            "updatedAt",
            "version",
            "phiWarnings",
            "phiReviewed"
        },
        description = "A memorable case or moment. Optional fields without a value are null.")
public record StoryDto(
        @Schema(readOnly = true) UUID id,

        @Schema(examples = "Caught a missed hypokalemia before discharge")
        String title,

        @Schema(nullable = true) String summary,
        @Schema(nullable = true) String whatIDid,
        @Schema(nullable = true) String whatItShows,
        @Schema(nullable = true, examples = "2026-10-14") LocalDate occurredOn,

        @Schema(nullable = true, description = "The rotation it happened on.")
        UUID rotationId,

        @Schema(description = "Attendings who witnessed it (sorted); empty when none.")
        List<UUID> witnessAttendingIds,

        @Schema(description = "Competencies it shows, in the order of the fixed list; empty when none.")
        List<org.lorkit.profile.Competency> competencies,

        @Schema(description = "Fields of writers' forms it is evidence for, as tagged; empty when none.")
        List<String> formFields,

        StoryKind kind,
        boolean includeInPacket,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,

        @Schema(readOnly = true, description = "Row version; the ETag of this story is its quoted value.")
        long version,

        @Schema(
                readOnly = true,
                description =
                        "Likely patient identifiers in the text, unless reviewed. "
                                + "A story with warnings is saved (nothing is lost) but stays out of packets and shared exports until fixed or reviewed.")
        List<PhiWarning> phiWarnings,

        @Schema(readOnly = true, description = "The applicant confirmed the current text holds no patient information.")
        boolean phiReviewed)
        implements Stored {

    /** Reviewed stories answer no warnings: the review cleared them. */
    static StoryDto of(Story s, List<PhiWarning> warnings) {
        return new StoryDto(
                s.id,
                s.title,
                s.summary,
                s.whatIDid,
                s.whatItShows,
                s.occurredOn,
                s.rotationId,
                s.witnessAttendingIds.stream().sorted().toList(),
                org.lorkit.profile.Competency.fromStored(s.competencies),
                org.lorkit.form.FormFieldTags.fromStored(s.formFields),
                s.kind,
                s.includeInPacket,
                s.createdAt,
                s.updatedAt,
                s.version,
                s.phiReviewed ? List.of() : warnings,
                s.phiReviewed);
    }
}
