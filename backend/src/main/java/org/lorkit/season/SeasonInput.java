package org.lorkit.season;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An admin's correction of a season's dates; the service and year of a season never change. */
@Schema(
        name = "ApplicationSeasonInput",
        description = "All dates of the season. They must follow each other: opens ≤ submission ≤ review < "
                + "rank list < Match Day. unverified names the dates still unconfirmed (empty when all are).")
public record SeasonInput(
        @NotNull Integer rulesOf,
        @NotNull LocalDate opensOn,
        @NotNull LocalDate submissionOpensOn,
        @NotNull LocalDate programsReviewOn,
        @Schema(nullable = true) LocalDate programDeadlineOn,
        @NotNull LocalDate rankListDeadlineOn,
        @NotNull LocalDate matchDay,
        @Schema(nullable = true) LocalDate carryOverBefore,
        @Schema(nullable = true) List<String> unverified) {}
