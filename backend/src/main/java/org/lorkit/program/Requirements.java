package org.lorkit.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ProgramRequirements",
        description = "The program's letter requirements. Since at most 4 letters go to one "
                + "program, each number is 0 to 4, and the two partial counts cannot exceed lettersRequired.")
public record Requirements(
        @Schema(
                description = "How many letters the program asks for. Defaults to 3.",
                examples = "3",
                minimum = "0",
                maximum = "4",
                nullable = true)
        @Min(0) @Max(4) Integer lettersRequired,

        @Schema(
                description =
                        "How many must come from US clinicians (letter types TARGET_SPECIALTY or OTHER_US_SPECIALTY). Defaults to 0.",
                examples = "2",
                minimum = "0",
                maximum = "4",
                nullable = true)
        @Min(0) @Max(4) Integer fromUsClinicians,

        @Schema(
                description =
                        "How many must come from writers in the program's specialty (the attending's specialty equals it, "
                                + "ignoring case). Defaults to 0.",
                examples = "1",
                minimum = "0",
                maximum = "4",
                nullable = true)
        @Min(0) @Max(4) Integer inSpecialty) {}
