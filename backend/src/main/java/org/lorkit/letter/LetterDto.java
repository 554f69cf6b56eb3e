package org.lorkit.letter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Stored;

@Schema(
        name = "Letter",
        description = "A letter request with its status, dated history and ERAS facts. "
                + "Absent optional values are null; lists are empty when there is nothing.")
public record LetterDto(
        @Schema(readOnly = true) UUID id,
        UUID attendingId,

        @Schema(readOnly = true, description = "Derived: the writer's name.", examples = "Maria Hernandez")
        String attendingName,

        LetterType letterType,

        @Schema(
                readOnly = true,
                description = "Changes only through POST /api/v1/letters/{id}/transitions (and "
                        + "/corrections); ignored on PUT.")
        LetterStatus status,

        @Schema(
                readOnly = true,
                description = "Derived: the moves POST /transitions accepts from the current status, in the "
                        + "order of the flow; empty when the status is final.",
                examples = "[\"AGREED\", \"DECLINED\"]")
        List<LetterStatus> allowedNext,

        @Schema(readOnly = true, description = "Derived: whether a move stands that POST /corrections can correct.")
        boolean canCorrectLast,

        @Schema(nullable = true) Commitment commitment,
        @Schema(nullable = true, examples = "L-2027-448120") String erasLetterId,

        @Schema(
                nullable = true,
                description = "null: not decided yet. Cannot be undone in ERAS: once true it stays true.")
        Boolean waivedRightToSee,

        @Schema(nullable = true, examples = "2027-09-03") LocalDate softDeadline,

        @Schema(
                readOnly = true,
                nullable = true,
                description =
                        "Derived: 21 days before the profile's submissionTargetOn "
                                + "(a soft deadline 2-3 weeks ahead leaves room for reminders); null without a submission target.")
        LocalDate suggestedSoftDeadline,

        @Schema(
                readOnly = true,
                nullable = true,
                examples = "2027-08-18",
                description = "Derived: the rule's default soft "
                        + "deadline, 3 weeks (21 days) before the profile's submissionTargetOn; null without one. The same value as "
                        + "suggestedSoftDeadline, under the name the letter screen uses.")
        LocalDate softDeadlineSuggested,

        @Schema(description = "Days a reminder was sent, earliest first.")
        List<LocalDate> remindersSent,

        @Schema(nullable = true) LocalDate receivedOn,

        @Schema(
                nullable = true,
                examples = "2024-08-15",
                description = "The date an imported letter carries; null for this season's letters.")
        LocalDate letterDatedOn,

        @Schema(nullable = true, description = "true: a standardized letter; false or null: a narrative letter.")
        Boolean standardized,

        @Schema(
                nullable = true,
                examples = "Family Medicine",
                description = "The specialty this letter is for; null: General (every specialty applied to).")
        String forSpecialty,

        @Schema(
                readOnly = true,
                description = "Derived: the services this letter goes through, where it is uploaded and where "
                        + "its arrival shows: its specialty's service, or for a General letter the services of "
                        + "every specialty applied to (the target's first).",
                examples = "[\"RESIDENCYCAS\"]")
        List<org.lorkit.season.LetterService> services,

        @Schema(
                readOnly = true,
                nullable = true,
                examples = "2027",
                description = "Derived: the season (the service's year, as the profile's reappliedFrom) this request "
                        + "stayed in when you started the next one: a letter too old to import (dated more than 7 "
                        + "years before the new season; it keeps its status), a request made in the service for that "
                        + "season's application, or a writer's path that ended there. Such a letter is a record of "
                        + "that season: it counts for nothing in the season you follow, raises no reminder or Today "
                        + "action, takes no more moves or edits (allowedNext is empty; it can be deleted) and does "
                        + "not stop you asking the writer again. null: a letter of the season you follow.")
        Integer leftInSeason,

        @Schema(description = "Thank-you notes sent, in the order of the occasions.")
        List<ThankYouNote> thankYouNotes,

        @Schema(
                readOnly = true,
                description = "Every status change, oldest first, corrections included (nothing is ever "
                        + "removed); empty while no move was made.")
        List<HistoryEntry> history,

        @Schema(
                readOnly = true,
                description = "What the writer said on their shared page (POST /api/v1/shared/{token}/answers), "
                        + "earliest first; empty when nothing yet. Their word, not the status: you confirm received.")
        List<WriterWordDto> writerWords,

        @Schema(nullable = true, description = "Derived: the writer's latest word; null when none.")
        WriterWordDto writerWord,

        @Schema(
                readOnly = true,
                description = "Derived: programs this letter is assigned to; empty means received letters "
                        + "may be going nowhere.")
        List<UUID> programIds,

        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt,

        @Schema(readOnly = true, description = "Row version; the ETag of this letter request is its quoted value.")
        long version)
        implements Stored {

    @Schema(name = "LetterHistoryEntry", description = "One status change.")
    public record HistoryEntry(
            @Schema(examples = "CANDIDATE") LetterStatus from,
            @Schema(examples = "ASKED") LetterStatus to,

            @Schema(description = "When it happened (UTC).", examples = "2026-11-20T15:30:00Z")
            Instant at,

            @Schema(nullable = true) String note,

            @Schema(description = "true for an entry that corrected the move before it (POST /corrections).")
            boolean correction) {}
}
