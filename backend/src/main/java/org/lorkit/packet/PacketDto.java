package org.lorkit.packet;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.form.FormField;
import org.lorkit.form.WriterForm;
import org.lorkit.season.LetterService;

/** The packet as data (Accept: application/json): the writer's form, its fields with their evidence, the upload rules. */
@Schema(
        name = "Packet",
        requiredProperties = {
            "attendingId",
            "title",
            "form",
            "service",
            "sections",
            "fieldsWithoutEvidence",
            "otherEvidence",
            "upload",
            "storiesWithheld",
            "storiesOwn",
            "storiesShort",
            "applicantNote"
        },
        description =
                "A writer's packet laid out by the fields of the form that writer fills in. Everything is derived "
                        + "(read-only): evidence is only what the packet rules chose (stories this writer witnessed, without "
                        + "unresolved privacy warnings, and this writer's own feedback).")
public record PacketDto(
        UUID attendingId,

        @Schema(examples = "Talking points for Dr. Mitchell")
        String title,

        WriterFormRef form,

        @Schema(description = "The service that carries this applicant's letters (from the target specialty).")
        LetterService service,

        @Schema(description = "Every field of the form, in its order, with the evidence for it.")
        List<Section> sections,

        @Schema(description = "Fields that take evidence and have none yet (the writer's own calls are never listed).")
        List<Field> fieldsWithoutEvidence,

        @Schema(description = "Chosen stories that fit no field of this form; the sheet lists them last.")
        List<Evidence> otherEvidence,

        Upload upload,

        @Schema(description = "Stories left out for unresolved privacy warnings.")
        int storiesWithheld,

        @Schema(description = "Stories marked for packets this writer witnessed (also beyond the 5 chosen).")
        int storiesOwn,

        @Schema(description = "true when this writer witnessed fewer than 3 of them.")
        boolean storiesShort,

        @Schema(nullable = true, description = "For the applicant only, never on the writer's PDF.")
        String applicantNote) {

    @Schema(
            name = "PacketForm",
            requiredProperties = {"key", "name", "unverified", "note"},
            description = "Which form the writer fills in.")
    public record WriterFormRef(
            WriterForm key,

            @Schema(examples = "eSLOE 2.0 (Emergency Medicine)")
            String name,

            @Schema(description = "true when the field list could not be confirmed from a current source.")
            boolean unverified,

            @Schema(nullable = true, description = "Says so in words when unverified.")
            String note) {

        static WriterFormRef of(WriterForm form) {
            return new WriterFormRef(
                    form, form.label(), form.unverified(), form.unverified() ? WriterForm.UNVERIFIED_NOTE : null);
        }
    }

    @Schema(
            name = "FormField",
            requiredProperties = {"key", "label", "hint", "writersCall"},
            description = "A field of a writer's form.")
    public record Field(
            @Schema(examples = "ESLOE_2.PART_A", description = "Stable key; tag stories and feedback with it.")
            String key,

            @Schema(examples = "Part A: core emergency skills")
            String label,

            @Schema(description = "What evidence fits.") String hint,

            @Schema(description = "true: the writer's own judgement (rank, guidance); no evidence is offered or taken.")
            boolean writersCall) {

        static Field of(FormField f) {
            return new Field(f.key(), f.label(), f.hint(), f.writersCall());
        }
    }

    @Schema(
            name = "PacketSection",
            requiredProperties = {"field", "evidence"},
            description = "One field of the form and the evidence placed under it.")
    public record Section(Field field, List<Evidence> evidence) {}

    @Schema(
            name = "PacketEvidence",
            requiredProperties = {"kind", "id", "title", "text", "occurredOn", "tagged"},
            description = "A story or a piece of feedback, as the writer reads it.")
    public record Evidence(
            FormLayout.Kind kind,
            UUID id,

            @Schema(examples = "Caught the missed hyperkalemia")
            String title,

            String text,
            @Schema(nullable = true) LocalDate occurredOn,

            @Schema(description = "true: you tagged it to this field; false: placed by its competencies or as growth.")
            boolean tagged) {

        static Evidence of(FormLayout.Evidence e) {
            return new Evidence(e.kind(), e.id(), e.title(), e.text(), e.on(), e.tagged());
        }
    }

    @Schema(
            name = "PacketUpload",
            requiredProperties = {"heading", "rules"},
            description = "How this writer hands the letter in, for their service and form.")
    public record Upload(
            @Schema(examples = "Uploading to ERAS") String heading, List<String> rules) {}

    public static PacketDto of(UUID attendingId, Packet packet) {
        FormLayout layout = packet.layout();
        return new PacketDto(
                attendingId,
                packet.title(),
                WriterFormRef.of(layout.form()),
                packet.service(),
                layout.sections().stream()
                        .map(s -> new Section(
                                Field.of(s.field()),
                                s.evidence().stream().map(Evidence::of).toList()))
                        .toList(),
                layout.withoutEvidence().stream().map(Field::of).toList(),
                layout.other().stream().map(Evidence::of).toList(),
                new Upload(packet.upload().heading(), packet.upload().rules()),
                packet.storiesWithheld(),
                packet.storiesOwn(),
                packet.storiesShort(),
                packet.applicantNote());
    }

    /** The packet as the writer reads it: without the note meant for the applicant only. */
    public PacketDto forWriter() {
        return new PacketDto(
                attendingId,
                title,
                form,
                service,
                sections,
                fieldsWithoutEvidence,
                otherEvidence,
                upload,
                storiesWithheld,
                storiesOwn,
                storiesShort,
                null);
    }
}
