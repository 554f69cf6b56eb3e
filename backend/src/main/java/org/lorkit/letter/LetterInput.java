package org.lorkit.letter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a letter request. The status changes only through transitions. */
@Schema(
        name = "LetterInput",
        description = "A letter request as the applicant edits it. status and history are not "
                + "writable here (use POST /api/v1/letters/{id}/transitions); sent anyway, they are ignored. Absent optional fields "
                + "are null; letterType defaults to TARGET_SPECIALTY, remindersSent and thankYouNotes to empty lists.")
public record LetterInput(
        @Schema(
                description =
                        "The writer: one of your attendings (else 404 naming the field). One letter request per attending "
                                + "and kind (a second narrative, or a second standardized, one answers 409); when your "
                                + "specialty expects the OB/GYN SLOE, a SLOE writer cannot also have a narrative request (422).",
                examples = "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a")
        @NotNull UUID attendingId,

        @Schema(description = "Defaults to TARGET_SPECIALTY.", examples = "TARGET_SPECIALTY", nullable = true)
        LetterType letterType,

        @Schema(
                description = "What the writer said when asked; null until asked.",
                examples = "STRONG",
                nullable = true)
        Commitment commitment,

        @Schema(
                description =
                        "The Letter ID ERAS generated for this entry. Each ID is used once: two letter requests of yours "
                                + "cannot share it (409 naming erasLetterId).",
                examples = "L-2027-448120",
                maxLength = 64,
                nullable = true)
        @Size(max = 64) String erasLetterId,

        @Schema(
                description = "Whether you waived your right to see this letter; null while not decided. "
                        + "CAUTION: in ERAS the waiver cannot be undone, so ask the applicant to confirm before setting it. "
                        + "Once true it stays true: false or null afterwards answers 409.",
                examples = "true",
                nullable = true)
        Boolean waivedRightToSee,

        @Schema(
                description = "The date given to the writer, usually 2-3 weeks before the submission target.",
                examples = "2027-09-03",
                nullable = true)
        LocalDate softDeadline,

        @Schema(
                description = "Days a reminder was sent; none in the future. Sorted, duplicates merged.",
                examples = "[\"2027-08-20\"]",
                nullable = true)
        @Size(max = 20) List<@NotNull LocalDate> remindersSent,

        @Schema(
                description = "The day ERAS showed the letter as received; not in the future. Set automatically by the "
                        + "RECEIVED transition when empty.",
                examples = "2027-08-28",
                nullable = true)
        LocalDate receivedOn,

        @Schema(description = "Thank-you notes and updates sent, at most one per occasion.", nullable = true)
        @Size(max = 3) List<@NotNull @Valid ThankYouNote> thankYouNotes,

        @Schema(
                description = "The date a letter imported from a prior season carries (its watermark); required "
                        + "before the IMPORTED move, not in the future and at most 7 years back. null for this season's "
                        + "letters.",
                examples = "2024-08-15",
                nullable = true)
        LocalDate letterDatedOn,

        @Schema(
                description = "true: a standardized letter (eSLOE, OB/GYN SLOE, SLOR, the portal form); false or null: "
                        + "a narrative letter.",
                examples = "false",
                nullable = true)
        Boolean standardized,

        @Schema(
                description = "The specialty this letter is for, one of your target sheet's specialties (ERAS's "
                        + "specialty label); null: General, a letter for every specialty you apply to. Another "
                        + "specialty answers 422. The same writer may write one letter per specialty.",
                examples = "Internal Medicine",
                maxLength = 100,
                nullable = true)
        @Size(max = 100) String forSpecialty) {}
