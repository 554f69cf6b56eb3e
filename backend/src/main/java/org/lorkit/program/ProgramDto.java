package org.lorkit.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Stored;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;

@Schema(
        name = "Program",
        description = "A residency program with its letter requirements, the letters assigned to it and "
                + "whether they meet the requirements (derived, readOnly). Absent optional values are null.")
public record ProgramDto(
        @Schema(readOnly = true) UUID id,

        @Schema(examples = "University of Illinois Internal Medicine Residency")
        String name,

        @Schema(examples = "Internal Medicine") String specialty,
        RequirementsDto requirements,
        @Schema(examples = "2026-11-01") LocalDate addedOn,

        @Schema(description = "The application is submitted: letter assignments are locked.")
        boolean locked,

        @Schema(readOnly = true, nullable = true, description = "When locked was set.")
        Instant lockedAt,

        @Schema(nullable = true) String notes,

        @Schema(
                readOnly = true,
                description = "The letters assigned (at most 4), set with PUT /api/v1/programs/{id}/letters.")
        List<AssignedLetter> assignedLetters,

        @Schema(
                readOnly = true,
                description =
                        "Derived: the assigned letters that are in (RECEIVED or IMPORTED) meet every requirement.",
                examples = "false")
        boolean requirementsMet,

        @Schema(
                readOnly = true,
                description = "Derived: each unmet requirement in plain words; empty when requirementsMet.",
                examples = "[\"Needs 3 letters: 2 assigned, 1 received.\"]")
        List<String> missing,

        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,

        @Schema(readOnly = true, description = "Row version; the ETag of this program is its quoted value.")
        long version)
        implements Stored {

    @Schema(name = "ProgramRequirementsView", description = "The program's letter requirements, with defaults applied.")
    public record RequirementsDto(
            @Schema(examples = "3") int lettersRequired,
            @Schema(examples = "2") int fromUsClinicians,
            @Schema(examples = "1") int inSpecialty) {}

    @Schema(name = "AssignedLetter", description = "A letter assigned to the program, as it stands now.")
    public record AssignedLetter(
            UUID letterId,
            UUID attendingId,
            @Schema(examples = "Maria Hernandez") String attendingName,
            LetterType letterType,
            LetterStatus status,

            @Schema(
                    description = "NOT_RECEIVED: assigned but not received in ERAS yet; DECLINED: the writer declined, "
                            + "this letter will not come; BOUNCED: the request email did not arrive; WITHDRAWN: you withdrew "
                            + "the request; LEFT_IN_PRIOR_SEASON: the letter stayed in a season you left (too old to "
                            + "import, or requested for that season's application): it does not count for this program, "
                            + "whatever its status. Empty when all is well (RECEIVED or IMPORTED).")
            List<Flag> flags) {}

    @Schema(name = "AssignedLetterFlag")
    public enum Flag {
        NOT_RECEIVED,
        DECLINED,
        BOUNCED,
        WITHDRAWN,
        LEFT_IN_PRIOR_SEASON
    }
}
