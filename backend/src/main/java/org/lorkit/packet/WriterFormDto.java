package org.lorkit.packet;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.form.WriterForm;

@Schema(
        name = "WriterForm",
        requiredProperties = {"key", "name", "unverified", "note", "fields", "writers", "yours"},
        description =
                "A form letter writers fill in, with its fields, and which of your writers fill it in. Read-only.")
public record WriterFormDto(
        WriterForm key,
        @Schema(examples = "OB/GYN SLOE") String name,

        @Schema(description = "true when the field list could not be confirmed from a current source.")
        boolean unverified,

        @Schema(nullable = true, description = "Says so in words when unverified.")
        String note,

        @Schema(description = "The fields in the form's order; tag stories and feedback with their keys.")
        List<PacketDto.Field> fields,

        @Schema(description = "Your attendings who fill in this form (from their letter requests), by name.")
        List<Writer> writers,

        @Schema(
                description = "true for the forms that matter to you: one of your writers fills it in, or it is the "
                        + "standardized letter of your target specialty, or the narrative letter.")
        boolean yours) {

    @Schema(
            name = "WriterFormWriter",
            requiredProperties = {"attendingId", "name"})
    public record Writer(
            UUID attendingId,
            @Schema(examples = "Sarah Mitchell, MD") String name) {}

    static WriterFormDto of(WriterForm form, List<Writer> writers, boolean yours) {
        return new WriterFormDto(
                form,
                form.label(),
                form.unverified(),
                form.unverified() ? WriterForm.UNVERIFIED_NOTE : null,
                form.fields().stream().map(PacketDto.Field::of).toList(),
                writers,
                yours);
    }
}
