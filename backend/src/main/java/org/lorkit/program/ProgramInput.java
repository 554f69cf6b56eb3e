package org.lorkit.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of a program. Letters are assigned with PUT /api/v1/programs/{id}/letters. */
@Schema(
        name = "ProgramInput",
        description = "A program as the applicant enters it. Absent optional fields are null; "
                + "requirements default to 3 letters with no partial counts, addedOn to today, locked to false.")
public record ProgramInput(
        @Schema(examples = "University of Illinois Internal Medicine Residency", maxLength = 200)
        @NotBlank @Size(max = 200) String name,

        @Schema(examples = "Internal Medicine", maxLength = 100) @NotBlank @Size(max = 100) String specialty,

        @Schema(nullable = true) @Valid Requirements requirements,

        @Schema(
                description =
                        "When the program was added to the list; not in the future. Programs added late are easy to "
                                + "forget when assigning letters.",
                examples = "2026-11-01",
                nullable = true)
        LocalDate addedOn,

        @Schema(
                description =
                        "Set to true once the application to this program is submitted in ERAS: its letter assignments "
                                + "then lock. Cannot be undone (false afterwards answers 409).",
                examples = "false",
                nullable = true)
        Boolean locked,

        @Schema(examples = "Asks for one letter from a PD or chair.", maxLength = 5000, nullable = true)
        @Size(max = 5000) String notes) {}
