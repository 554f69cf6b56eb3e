package org.lorkit.story;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.DatabaseOrder;
import org.lorkit.profile.Competency;

/**
 * The writable fields of a story. Quick capture after rounds needs only a title or a
 * first sentence in the summary; everything else can follow later.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StoryInput", description = "Give at least a title or a summary. Absent optional fields are null.")
public record StoryInput(
        @Schema(
                description =
                        "Short name of the moment. When empty, the first sentence of the summary becomes the title.",
                examples = "Caught a missed hypokalemia before discharge",
                maxLength = StoryLimits.TITLE,
                nullable = true)
        @Size(max = StoryLimits.TITLE) String title,

        @Schema(
                description = "De-identified account of what happened: no names, dates of birth, record numbers.",
                examples =
                        "Elderly patient on furosemide had K 2.9 on the morning labs; I flagged it before the discharge order.",
                maxLength = StoryLimits.SUMMARY,
                nullable = true)
        @Size(max = StoryLimits.SUMMARY) String summary,

        @Schema(description = "What I did myself.", maxLength = StoryLimits.DETAIL, nullable = true)
        @Size(max = StoryLimits.DETAIL) String whatIDid,

        @Schema(
                description = "What it shows about me (the competency a writer can vouch for).",
                maxLength = StoryLimits.DETAIL,
                nullable = true)
        @Size(max = StoryLimits.DETAIL) String whatItShows,

        @Schema(description = "The day it happened (not a patient's date).", examples = "2026-10-14", nullable = true)
        @PastOrPresent LocalDate occurredOn,

        @Schema(
                description = "The rotation it happened on: one of yours (else 404 naming the field).",
                examples = "6a1f4c9e-2b7d-4f0a-9c3e-1d2b3c4d5e6f",
                nullable = true)
        UUID rotationId,

        @Schema(
                description =
                        "Attendings who witnessed it: each one of yours (else 404 naming witnessAttendingIds[i]). "
                                + "Duplicates are merged.",
                examples = "[\"0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a\"]",
                nullable = true)
        @Size(max = 20) List<@NotNull UUID> witnessAttendingIds,

        @Schema(
                description = "Competencies the story shows, from the fixed list. Duplicates are merged.",
                examples = "[\"CLINICAL_REASONING\", \"PATIENT_CARE\"]",
                nullable = true)
        @Size(max = 10) List<@NotNull Competency> competencies,

        @Schema(description = "Defaults to CASE.", nullable = true)
        StoryKind kind,

        @Schema(description = "Offer this story for talking-point packets. Defaults to true.", nullable = true)
        Boolean includeInPacket,

        @Schema(
                description = "true = I checked the PHI warnings of this text and it holds no patient information. "
                        + "Holds until the text changes. null/false keeps an earlier review of the same text.",
                nullable = true)
        Boolean phiReviewed,

        @Schema(
                description = "Fields of your writers' forms this story is evidence for (keys from GET "
                        + "/api/v1/writer-forms, e.g. ESLOE_2.PART_A). Duplicates are merged; an unknown key or a "
                        + "field that is the writer's own judgement answers 422 naming formFields[i]. "
                        + "Empty or null: packets place the story by its competencies.",
                examples = "[\"ESLOE_2.PART_A\", \"ACGME.PATIENT_CARE\"]",
                nullable = true)
        @Size(max = 30) List<@NotNull String> formFields) {

    /** The writable fields as they stand (witnesses in id order). */
    public static StoryInput of(Story s) {
        return new StoryInput(
                s.title,
                s.summary,
                s.whatIDid,
                s.whatItShows,
                s.occurredOn,
                s.rotationId,
                s.witnessAttendingIds.stream().sorted(DatabaseOrder.UUIDS).toList(),
                Competency.fromStored(s.competencies),
                s.kind,
                s.includeInPacket,
                s.phiReviewed,
                org.lorkit.form.FormFieldTags.fromStored(s.formFields));
    }
}
