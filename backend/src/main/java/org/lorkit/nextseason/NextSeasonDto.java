package org.lorkit.nextseason;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.letter.LetterCarryOver;
import org.lorkit.letter.LetterStatus;

@Schema(
        name = "NextSeason",
        description = "What starting the next season did: the target sheet moved one season on, letters that were "
                + "in marked for import, requests still under way listed, what stays in the season left listed "
                + "(too old to import, requested there, ended there); stories, feedback, rotations, writers and "
                + "programs kept as they were.")
public record NextSeasonDto(
        @Schema(examples = "ERAS 2027 season", description = "The season left.")
        String from,

        @Schema(examples = "ERAS 2028 season", description = "The season now followed.")
        String into,

        @Schema(description = "The target sheet's season now (the year you apply in).", examples = "2027")
        int season,

        @Schema(
                nullable = true,
                examples = "2027-09-15",
                description = "Your submission target moved one year on (check it); null when you had none.")
        LocalDate submissionTargetOn,

        @Schema(
                description = "Letters marked for import into the new season; their writers are suggested for an "
                        + "updated letter on Today.")
        List<CarriedLetter> imported,

        @Schema(
                description = "Letters too old to import (dated more than 7 years before the new season opens, or "
                        + "before today once it is open): they keep their status, stay in the season left (their "
                        + "leftInSeason is set) and no longer count; the sentence says their date.")
        List<CarriedLetter> notImported,

        @Schema(
                description = "Requests of the previous season still under way. Those not made in the service yet "
                        + "(signaled, asked, agreed, packet sent) go on into the new season unchanged: follow them "
                        + "up. One requested in the service for the old application (REQUESTED_IN_ERAS) does not "
                        + "follow you: it stays in the season left (leftInSeason set, no reminders any more) and "
                        + "the writer can be asked again with a new letter request.")
        List<CarriedLetter> inFlight,

        @Schema(
                description = "Requests whose writer's path ended in the previous season (declined, bounced, "
                        + "withdrawn): they stay in the season left as its record (leftInSeason set) and no longer "
                        + "advise a backup writer; the writer can be asked again with a new letter request.")
        List<CarriedLetter> ended,

        @Schema(description = "Stories kept, untouched.") long storiesKept,

        @Schema(description = "Feedback entries kept, untouched.")
        long feedbackKept,

        @Schema(description = "Programs kept, untouched.") long programsKept,

        @Schema(description = "What happened, one sentence per line, ready to show.")
        List<String> summary) {

    @Schema(name = "CarriedLetter", description = "One letter as the new season sees it.")
    public record CarriedLetter(
            UUID letterId,
            UUID attendingId,
            @Schema(examples = "Dr. Raman") String writer,
            LetterStatus status,

            @Schema(nullable = true, examples = "2026-08-20")
            LocalDate letterDatedOn,

            @Schema(nullable = true, examples = "Internal Medicine")
            String forSpecialty,

            @Schema(description = "The finding, in a sentence or two.")
            String sentence) {

        static List<CarriedLetter> of(List<LetterCarryOver.Carried> carried) {
            return carried.stream()
                    .map(c -> new CarriedLetter(
                            c.letterId(),
                            c.attendingId(),
                            c.writer(),
                            c.status(),
                            c.letterDatedOn(),
                            c.forSpecialty(),
                            c.sentence()))
                    .toList();
        }
    }
}
