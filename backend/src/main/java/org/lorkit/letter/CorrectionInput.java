package org.lorkit.letter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "LetterCorrection",
        description = "Corrects the last move of a letter request: undo it (to = the status "
                + "before it) or replace it by the move meant (to = another status the one before allows: \"I meant DECLINED, not "
                + "AGREED\"). The history keeps both entries.")
public record CorrectionInput(
        @Schema(
                description = "The status the letter should be at: the one before the last move, or another one that "
                        + "status allows.",
                examples = "DECLINED")
        @NotNull LetterStatus to,

        @Schema(
                description = "When the corrected state began (UTC). Defaults to the corrected move's own time; not in "
                        + "the future, not before the move before it.",
                examples = "2026-11-30T18:00:00Z",
                nullable = true)
        Instant at,

        @Schema(
                description = "Why, for the history.",
                examples = "Tapped agreed by mistake; she said she cannot write one this year.",
                maxLength = 500,
                nullable = true)
        @Size(max = 500) String note) {}
