package org.lorkit.feedback;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.attending.Enthusiasm;

/** The writable fields of a feedback entry. Quick capture needs only the attending. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "FeedbackInput",
        description =
                "Feedback as the applicant logs it; only attendingId is required. "
                        + "Absent optional fields are null; kind defaults to FORMATIVE and receivedOn to today (profile time zone).")
public record FeedbackInput(
        @Schema(
                description = "Who gave it: one of your attendings (else 404 naming the field).",
                examples = "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
        @NotNull UUID attendingId,

        @Schema(
                description = "The rotation it belongs to: one of yours (else 404 naming the field).",
                examples = "6a1f4c9e-2b7d-4f0a-9c3e-1d2b3c4d5e6f",
                nullable = true)
        UUID rotationId,

        @Schema(
                description = "The day it was given; not in the future. Defaults to today.",
                examples = "2026-07-15",
                nullable = true)
        LocalDate receivedOn,

        @Schema(description = "Defaults to FORMATIVE.", examples = "SUMMATIVE", nullable = true)
        FeedbackKind kind,

        @Schema(
                description = "What went well, in the attending's words as far as possible.",
                examples = "Organised presentations; knows the patients' overnight events.",
                maxLength = 5000,
                nullable = true)
        @Size(max = 5000) String wentWell,

        @Schema(
                description = "What to improve.",
                examples = "Keep presentations under three minutes.",
                maxLength = 5000,
                nullable = true)
        @Size(max = 5000) String toImprove,

        @Schema(
                description = "My plan to act on it.",
                examples = "Present from a one-line summary and a focused plan.",
                maxLength = 5000,
                nullable = true)
        @Size(max = 5000) String myPlan,

        @Schema(
                description = "Follow-up: what I changed.",
                examples = "Presentations now about two minutes.",
                maxLength = 5000,
                nullable = true)
        @Size(max = 5000) String whatIChanged,

        @Schema(
                description =
                        "Follow-up: when I checked back with the attending; not before receivedOn, not in the future.",
                examples = "2026-07-22",
                nullable = true)
        LocalDate checkedBackOn,

        @Schema(
                description = "Required on SUMMATIVE feedback, refused on the other kinds (400 naming enthusiasm): "
                        + "only the end-of-rotation verdict says how strong a letter is likely to be.",
                examples = "ENTHUSIASTIC_WITH_SPECIFICS",
                nullable = true)
        Enthusiasm enthusiasm,

        @Schema(
                description = "Fields of the writer's form this feedback is evidence for (keys from GET "
                        + "/api/v1/writer-forms, e.g. OBGYN_SLOE.AREAS_FOR_IMPROVEMENT). Duplicates are merged; an "
                        + "unknown key or a field that is the writer's own judgement answers 422 naming formFields[i]. "
                        + "Empty or null: feedback you acted on lands where the form asks about growth.",
                examples = "[\"ACGME.PRACTICE_BASED_LEARNING\"]",
                nullable = true)
        @Size(max = 30) List<@NotNull String> formFields) {

    /** The writable fields as they stand. */
    public static FeedbackInput of(Feedback f) {
        return new FeedbackInput(
                f.attendingId,
                f.rotationId,
                f.receivedOn,
                f.kind,
                f.wentWell,
                f.toImprove,
                f.myPlan,
                f.whatIChanged,
                f.checkedBackOn,
                f.enthusiasm,
                org.lorkit.form.FormFieldTags.fromStored(f.formFields));
    }
}
