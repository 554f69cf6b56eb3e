package org.lorkit.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable fields of the target sheet. PUT replaces them all: absent fields become null (or their default). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "ProfileInput",
        description =
                "The target sheet as the applicant edits it. Absent optional fields are null; "
                        + "strengths defaults to an empty list, cvReady to false, personalStatementStatus to NOT_STARTED, timeZone to UTC.")
public record ProfileInput(
        @Schema(
                description = "The specialty applied to; attendings in it get the same-specialty bonus.",
                examples = "Internal Medicine",
                maxLength = 100,
                nullable = true)
        @Size(max = 100) String targetSpecialty,

        @Schema(
                description = "Application season: the year the applicant applies (Match the following spring).",
                examples = "2027",
                minimum = "2000",
                maximum = "2100",
                nullable = true)
        @Min(2000) @Max(2100) Integer season,

        @Schema(description = "The day ERAS opens for this season.", examples = "2027-06-07", nullable = true)
        LocalDate erasOpensOn,

        @Schema(
                description =
                        "The day the applicant means to submit ERAS; soft deadlines and reminders count back from it. "
                                + "Not before erasOpensOn.",
                examples = "2027-09-24",
                nullable = true)
        LocalDate submissionTargetOn,

        @Schema(
                description =
                        "Strengths to highlight in letters, from the fixed competency list (duplicates are merged).",
                examples = "[\"CLINICAL_REASONING\", \"COMMUNICATION\", \"WORK_ETHIC\"]",
                nullable = true)
        @Size(max = 10) List<Competency> strengths,

        @Schema(
                description = "Free text about the strengths (how the applicant would put them).",
                examples = "Calm with anxious families; organised presentations.",
                maxLength = 2000,
                nullable = true)
        @Size(max = 2000) String strengthsNote,

        @Schema(
                description =
                        "The CV is up to date and at most 2 pages (programs and writers expect no more). Defaults to false.",
                examples = "true",
                nullable = true)
        Boolean cvReady,

        @Schema(description = "When the CV was last updated.", examples = "2026-11-02", nullable = true) @PastOrPresent LocalDate cvUpdatedOn,

        @Schema(description = "Where the personal statement stands. Defaults to NOT_STARTED.", nullable = true)
        PersonalStatementStatus personalStatementStatus,

        @Schema(
                description = "When the personal statement was last worked on.",
                examples = "2026-11-10",
                nullable = true)
        @PastOrPresent LocalDate personalStatementUpdatedOn,

        @Schema(
                description = "IANA time zone of the applicant; decides what \"today\" is for rotation phases and "
                        + "the coaching clock. Defaults to UTC.",
                examples = "America/Chicago",
                maxLength = 64,
                nullable = true)
        @Size(max = 64) String timeZone,

        @Schema(
                description = "A second specialty applied to in the same season, e.g. Family Medicine beside Internal "
                        + "Medicine: it gets its own service (ERAS or ResidencyCAS) and its own portfolio checks. "
                        + "Needs targetSpecialty and must differ from it.",
                examples = "Family Medicine",
                maxLength = 100,
                nullable = true)
        @Size(max = 100) String secondSpecialty) {

    /** The writable fields as they stand. */
    public static ProfileInput of(Profile p) {
        return new ProfileInput(
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
                p.secondSpecialty);
    }
}
