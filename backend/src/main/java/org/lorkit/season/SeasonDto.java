package org.lorkit.season;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Stored;

@Schema(
        name = "ApplicationSeason",
        description = "One service's calendar for one season, as data: admins correct it when the service "
                + "announces its dates; an applicant's own dates on the target sheet win over it.")
public record SeasonDto(
        @Schema(readOnly = true) UUID id,
        LetterService service,

        @Schema(description = "The service's name for the season: the year of its Match Day.", examples = "2028")
        int year,

        @Schema(
                description = "The season whose rules this one follows until the service announces changes.",
                examples = "2027")
        int rulesOf,

        @Schema(description = "Letter requests and the application open.", examples = "2027-06-02")
        LocalDate opensOn,

        @Schema(description = "Applicants may submit.", examples = "2027-09-01")
        LocalDate submissionOpensOn,

        @Schema(description = "Programs start reviewing applications.", examples = "2027-09-22")
        LocalDate programsReviewOn,

        @Schema(description = "ResidencyCAS's program deadline; null for ERAS.", nullable = true)
        LocalDate programDeadlineOn,

        @Schema(description = "NRMP rank order list deadline.", examples = "2028-03-01")
        LocalDate rankListDeadlineOn,

        @Schema(examples = "2028-03-17") LocalDate matchDay,

        @Schema(
                description = "Letters uploaded before this day carried over from the previous season.",
                nullable = true)
        LocalDate carryOverBefore,

        @Schema(
                description = "Names of the dates above that no official page has confirmed yet.",
                examples = "[\"opensOn\", \"matchDay\"]")
        List<String> unverified,

        @Schema(readOnly = true) Instant updatedAt,

        @Schema(readOnly = true, description = "Row version; the ETag of this season is its quoted value.")
        long version)
        implements Stored {

    static SeasonDto of(ApplicationSeason s) {
        return new SeasonDto(
                s.id,
                s.service,
                s.year,
                s.rulesOf,
                s.opensOn,
                s.submissionOpensOn,
                s.programsReviewOn,
                s.programDeadlineOn,
                s.rankListDeadlineOn,
                s.matchDay,
                s.carryOverBefore,
                Arrays.stream(s.unverified).sorted().toList(),
                s.updatedAt,
                s.version);
    }
}
