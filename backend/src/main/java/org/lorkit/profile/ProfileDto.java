package org.lorkit.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Versioned;

@Schema(
        name = "Profile",
        description = "The applicant's target sheet. A never-saved sheet answers its defaults "
                + "(null fields, empty strengths, timeZone UTC, updatedAt null, version 0). Absent values are null.")
public record ProfileDto(
        @Schema(examples = "Internal Medicine", nullable = true)
        String targetSpecialty,

        @Schema(examples = "2027", nullable = true) Integer season,
        @Schema(examples = "2027-06-07", nullable = true) LocalDate erasOpensOn,
        @Schema(examples = "2027-09-24", nullable = true) LocalDate submissionTargetOn,

        @Schema(examples = "[\"CLINICAL_REASONING\", \"COMMUNICATION\"]")
        List<Competency> strengths,

        @Schema(nullable = true) String strengthsNote,

        @Schema(description = "CV up to date, at most 2 pages.")
        boolean cvReady,

        @Schema(nullable = true) LocalDate cvUpdatedOn,
        PersonalStatementStatus personalStatementStatus,
        @Schema(nullable = true) LocalDate personalStatementUpdatedOn,
        @Schema(examples = "America/Chicago") String timeZone,

        @Schema(
                nullable = true,
                examples = "Family Medicine",
                description = "A second specialty applied to in the same season (its own service and portfolio "
                        + "checks); null: one specialty.")
        String secondSpecialty,

        @Schema(
                readOnly = true,
                nullable = true,
                examples = "2027",
                description = "The season (the service's year, its Match year) you left when you started the next "
                        + "one (POST /api/v1/profile/next-season); null if you never did.")
        Integer reappliedFrom,

        @Schema(readOnly = true, nullable = true, description = "Last save; null while the sheet was never saved.")
        Instant updatedAt,

        @Schema(
                readOnly = true,
                description = "Row version; the ETag of the profile is its quoted value (0 before the first save).")
        long version)
        implements Versioned {

    static ProfileDto empty() {
        return new ProfileDto(
                null,
                null,
                null,
                null,
                List.of(),
                null,
                false,
                null,
                PersonalStatementStatus.NOT_STARTED,
                null,
                ProfileService.DEFAULT_ZONE,
                null,
                null,
                null,
                0);
    }

    static ProfileDto of(Profile p) {
        return new ProfileDto(
                p.targetSpecialty,
                p.season,
                p.erasOpensOn,
                p.submissionTargetOn,
                Competency.fromStored(p.strengths),
                p.strengthsNote,
                p.cvReady,
                p.cvUpdatedOn,
                p.personalStatementStatus,
                p.personalStatementUpdatedOn,
                p.timeZone,
                p.secondSpecialty,
                p.reappliedFrom,
                p.updatedAt,
                p.version);
    }
}
