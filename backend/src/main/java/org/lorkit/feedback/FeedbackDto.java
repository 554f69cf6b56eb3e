package org.lorkit.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.attending.Enthusiasm;
import org.lorkit.common.Stored;

@Schema(
        name = "Feedback",
        description = "Feedback from an attending with my plan and follow-up. Absent optional fields are null.")
public record FeedbackDto(
        @Schema(readOnly = true) UUID id,
        UUID attendingId,

        @Schema(
                readOnly = true,
                description = "Derived: the attending's name, for display.",
                examples = "Maria Hernandez")
        String attendingName,

        @Schema(nullable = true) UUID rotationId,
        @Schema(examples = "2026-07-15") LocalDate receivedOn,
        FeedbackKind kind,
        @Schema(nullable = true) String wentWell,
        @Schema(nullable = true) String toImprove,
        @Schema(nullable = true) String myPlan,
        @Schema(nullable = true) String whatIChanged,
        @Schema(nullable = true) LocalDate checkedBackOn,

        @Schema(nullable = true, description = "Set on SUMMATIVE feedback only.")
        Enthusiasm enthusiasm,

        @Schema(description = "Fields of the writer's form it is evidence for, as tagged; empty when none.")
        List<String> formFields,

        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,

        @Schema(readOnly = true, description = "Row version; the ETag of this feedback is its quoted value.")
        long version)
        implements Stored {

    static FeedbackDto of(Feedback f, String attendingName) {
        return new FeedbackDto(
                f.id,
                f.attendingId,
                attendingName,
                f.rotationId,
                f.receivedOn,
                f.kind,
                f.wentWell,
                f.toImprove,
                f.myPlan,
                f.whatIChanged,
                f.checkedBackOn,
                f.enthusiasm,
                org.lorkit.form.FormFieldTags.fromStored(f.formFields),
                f.createdAt,
                f.updatedAt,
                f.version);
    }
}
