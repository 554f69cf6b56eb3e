package org.lorkit.letter;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LetterTransition", description = "Moves a letter request to its next status.")
public record TransitionInput(
        @Schema(
                description = "The new status; it must be one the current status allows (see LetterStatus).",
                examples = "ASKED")
        @NotNull LetterStatus to,

        @Schema(
                description = "When it happened (UTC). Defaults to now; not in the future (5 minutes of clock skew are "
                        + "tolerated) and not before the previous change.",
                examples = "2026-11-20T15:30:00Z",
                nullable = true)
        Instant at,

        @Schema(
                description = "A short note for the history.",
                examples = "Asked in person after rounds; she said yes, a strong letter.",
                maxLength = 500,
                nullable = true)
        @Size(max = 500) String note) {}
