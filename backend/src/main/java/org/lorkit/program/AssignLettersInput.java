package org.lorkit.program;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AssignLetters",
        description = "The complete set of letters for this program (replaces the previous one).")
public record AssignLettersInput(
        @Schema(
                description =
                        "At most 4 letter requests of yours, no duplicates. More than 4 answers 422; an id that is not "
                                + "yours answers 404 naming letterIds[i]. Letters not RECEIVED yet are accepted and flagged NOT_RECEIVED.",
                examples = "[\"3c2b1a0f-8e7d-4c6b-9a5f-4e3d2c1b0a9f\"]")
        @NotNull @Size(max = 100) List<@NotNull UUID> letterIds) {}
