package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lorkit.attending.AttendingRole.CORE_FACULTY;
import static org.lorkit.coaching.CoachDtos.ReminderRule.BACKUP_WRITER;
import static org.lorkit.coaching.CoachDtos.ReminderRule.FIRST_REMINDER;
import static org.lorkit.coaching.CoachDtos.ReminderRule.INTERVIEW_UPDATE;
import static org.lorkit.coaching.CoachDtos.ReminderRule.LAST_REMINDER;
import static org.lorkit.coaching.CoachDtos.ReminderRule.MATCH_UPDATE;
import static org.lorkit.coaching.CoachDtos.ReminderRule.THANK_YOU_RECEIVED;
import static org.lorkit.coaching.CoachDtos.ReminderRule.THANK_YOU_SUBMISSION;
import static org.lorkit.letter.LetterStatus.AGREED;
import static org.lorkit.letter.LetterStatus.ASKED;
import static org.lorkit.letter.LetterStatus.PACKET_SENT;
import static org.lorkit.letter.LetterStatus.RECEIVED;
import static org.lorkit.letter.LetterStatus.REQUESTED_IN_ERAS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lorkit.coaching.CoachDtos.CheckpointStatus;
import org.lorkit.coaching.CoachDtos.Reminder;
import org.lorkit.coaching.CoachDtos.ReminderRule;

/**
 * The reminder rules at their boundary days, on a built season (no Quarkus): the same cases as the
 * HTTP-level {@link ReminderRulesTest}, so both levels agree. S is the submission target (2026-09-30),
 * the request is the day the letter moved to REQUESTED_IN_ERAS.
 */
class ReminderRulesUnitTest {

    static final LocalDate S = LocalDate.of(2026, 9, 30);

    /** Ana with one writer, Dr Maria Hernandez, whose letter was requested in ERAS on the given day. */
    private static SeasonBuilder requestedInErasOn(LocalDate requestedOn) {
        return agreedOn("2026-05-01").moved("2026-05-01", PACKET_SENT).moved(requestedOn.toString(), REQUESTED_IN_ERAS);
    }

    private static SeasonBuilder agreedOn(String day) {
        return SeasonBuilder.today(day)
                .submission(S.toString())
                .rotation("Mercy Hospital", "2026-03-02", "2026-03-29")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved(day, ASKED, AGREED);
    }

    private static ReminderRules.Result on(SeasonBuilder season, LocalDate day) {
        return ReminderRules.evaluate(season.on(day.toString()));
    }

    private static List<ReminderRule> dueOn(SeasonBuilder season, LocalDate day) {
        return on(season, day).due().stream().map(Reminder::rule).toList();
    }

    private static Reminder upcoming(ReminderRules.Result result, ReminderRule rule) {
        return result.upcoming().stream()
                .filter(r -> r.rule() == rule)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no upcoming " + rule + " in " + result.upcoming()));
    }

    @Test
    void theFirstReminderIsDueFourteenDaysAfterTheRequestNotThirteen() {
        LocalDate requested = LocalDate.of(2026, 7, 1);
        SeasonBuilder season = requestedInErasOn(requested);

        ReminderRules.Result before = on(season, requested.plusDays(13));
        assertEquals(List.of(), before.due());
        assertEquals(
                List.of(FIRST_REMINDER, LAST_REMINDER, BACKUP_WRITER),
                before.upcoming().stream().map(Reminder::rule).toList());
        assertEquals(requested.plusDays(14), before.upcoming().get(0).dueOn());

        ReminderRules.Result due = on(season, requested.plusDays(14));
        assertEquals(
                List.of(FIRST_REMINDER), due.due().stream().map(Reminder::rule).toList());
        Reminder first = due.due().get(0);
        assertEquals(CheckpointStatus.DUE, first.status());
        assertEquals(MessageKind.REMINDER, first.messageKind());
        assertTrue(first.reason().startsWith("Dr Maria Hernandez got the ERAS request 14 days ago"), first.reason());
        assertEquals(
                "/api/v1/messages?kind=REMINDER&letterId=" + SeasonBuilder.letterId("Maria Hernandez"),
                first.link().href());

        assertEquals(
                CheckpointStatus.DUE,
                on(season, requested.plusDays(21)).due().get(0).status(),
                "day 21 is the last day it is merely due");
        assertEquals(
                CheckpointStatus.OVERDUE,
                on(season, requested.plusDays(22)).due().get(0).status());
    }

    @Test
    void aReminderSentAnswersTheFirstReminder() {
        LocalDate requested = LocalDate.of(2026, 7, 1);
        SeasonBuilder season =
                requestedInErasOn(requested).reminded(requested.plusDays(15).toString());
        assertEquals(List.of(), dueOn(season, requested.plusDays(15)));
    }

    @Test
    void remindersStayAWeekApartSixDaysIsTooSoonSevenIsFine() {
        SeasonBuilder season =
                requestedInErasOn(S.minusDays(35)).reminded(S.minusDays(20).toString());
        assertEquals(List.of(), dueOn(season, S.minusDays(14)), "6 days after the last reminder");
        Reminder last = upcoming(on(season, S.minusDays(14)), LAST_REMINDER);
        assertEquals(S.minusDays(13), last.dueOn());
        assertTrue(last.reason().contains("was 6 days ago; wait a full week"), last.reason());
        assertEquals(List.of(LAST_REMINDER), dueOn(season, S.minusDays(13)), "7 days after the last reminder");
    }

    @Test
    void theRequestItselfCountsAsTheLastContactForSpacing() {
        SeasonBuilder season = requestedInErasOn(S.minusDays(18));
        assertEquals(List.of(), dueOn(season, S.minusDays(12)), "6 days after the request");
        assertEquals(List.of(LAST_REMINDER), dueOn(season, S.minusDays(11)), "7 days after the request");
    }

    @Test
    void theLastReminderWindowOpensFourteenDaysBeforeSubmissionNotFifteen() {
        SeasonBuilder season =
                requestedInErasOn(S.minusDays(40)).reminded(S.minusDays(26).toString());
        assertEquals(List.of(), dueOn(season, S.minusDays(15)));
        assertEquals(
                S.minusDays(14),
                upcoming(on(season, S.minusDays(15)), LAST_REMINDER).dueOn());
        ReminderRules.Result window = on(season, S.minusDays(14));
        assertEquals(
                List.of(LAST_REMINDER),
                window.due().stream().map(Reminder::rule).toList());
        assertEquals(
                "Submission is 14 days away and Dr Maria Hernandez's letter is still not in: send one last, polite reminder.",
                window.due().get(0).reason());
    }

    @Test
    void theLastReminderWindowClosesTenDaysBeforeSubmissionNotNine() {
        SeasonBuilder season =
                requestedInErasOn(S.minusDays(40)).reminded(S.minusDays(26).toString());
        assertEquals(List.of(LAST_REMINDER), dueOn(season, S.minusDays(10)));
        assertEquals(List.of(), dueOn(season, S.minusDays(9)));
    }

    @Test
    void onlyOneLastReminder() {
        SeasonBuilder season = requestedInErasOn(S.minusDays(40))
                .reminded(S.minusDays(26).toString(), S.minusDays(14).toString());
        assertEquals(List.of(), dueOn(season, S.minusDays(10)));
    }

    @Test
    void aFirstReminderThatWouldFallInTheLastWindowBecomesTheLastReminder() {
        // Requested 20 days before S: day 14 after the request is 6 days before S, past the window.
        ReminderRules.Result early = on(requestedInErasOn(S.minusDays(20)), S.minusDays(19));
        assertFalse(
                early.upcoming().stream().anyMatch(r -> r.rule() == FIRST_REMINDER),
                early.upcoming().toString());
        assertEquals(S.minusDays(13), upcoming(early, LAST_REMINDER).dueOn(), "a week after the request");
    }

    @Test
    void aSilentWriterNeedsABackupSevenDaysBeforeSubmissionNotEight() {
        SeasonBuilder season = requestedInErasOn(S.minusDays(40));
        assertFalse(dueOn(season, S.minusDays(8)).contains(BACKUP_WRITER));
        assertEquals(
                S.minusDays(7),
                upcoming(on(season, S.minusDays(8)), BACKUP_WRITER).dueOn());

        ReminderRules.Result week = on(season, S.minusDays(7));
        assertEquals(
                List.of(BACKUP_WRITER), week.due().stream().map(Reminder::rule).toList());
        Reminder backup = week.due().get(0);
        assertEquals(CheckpointStatus.DUE, backup.status());
        assertEquals(MessageKind.DIRECT_ASK, backup.messageKind());
        assertTrue(
                backup.reason().startsWith("Submission is 7 days away and Dr Maria Hernandez has not uploaded"),
                backup.reason());
        Reminder late = on(season, S.plusDays(1)).due().get(0);
        assertEquals(CheckpointStatus.OVERDUE, late.status(), "after S the backup is overdue");
        assertTrue(late.reason().startsWith("Your submission target passed 1 day ago"), late.reason());
    }

    @Test
    void aWriterWhoAgreedButWasNeverRequestedAlsoNeedsABackup() {
        SeasonBuilder season = agreedOn("2026-05-01");
        assertEquals(List.of(), dueOn(season, S.minusDays(8)));
        assertEquals(List.of(BACKUP_WRITER), dueOn(season, S.minusDays(7)));
    }

    @Test
    void aCorrectedRequestStartsNoClock() {
        // Requested by mistake on July 1, undone the same day: no first reminder two weeks later.
        SeasonBuilder season = requestedInErasOn(LocalDate.of(2026, 7, 1)).corrected("2026-07-01", PACKET_SENT);
        assertEquals(List.of(), dueOn(season, LocalDate.of(2026, 7, 15)));
        assertFalse(
                on(season, LocalDate.of(2026, 7, 15)).upcoming().stream().anyMatch(r -> r.rule() == FIRST_REMINDER));
    }

    @Test
    void theSoftDeadlineDefaultsToThreeWeeksBeforeSubmission() {
        Season season = requestedInErasOn(S.minusDays(40)).build();
        assertEquals(S.minusDays(21), season.defaultSoftDeadline());
        assertEquals(S.minusDays(21), season.softDeadlineOf(season.letters().get(0)));
        assertEquals(S, season.submissionTarget());
    }

    @Test
    void aReceivedLetterAsksForAThankYouThenSubmissionThenInterviewsThenMatchDay() {
        SeasonBuilder season =
                requestedInErasOn(S.minusDays(40)).moved(S.minusDays(20).toString(), RECEIVED);
        assertEquals(List.of(THANK_YOU_RECEIVED), dueOn(season, S.minusDays(20)));
        assertEquals(
                CheckpointStatus.DUE, on(season, S.minusDays(13)).due().get(0).status(), "a week to thank");
        assertEquals(
                CheckpointStatus.OVERDUE,
                on(season, S.minusDays(12)).due().get(0).status());

        season.ticked(PlanRules.SUBMIT_ERAS, S.toString());
        assertEquals(List.of(THANK_YOU_SUBMISSION), dueOn(season, S));
        season.thankedAfterSubmission(S.toString());
        assertEquals(List.of(), dueOn(season, S));

        season.ticked(PlanRules.INTERVIEW_INVITATIONS, S.plusDays(38).toString());
        assertEquals(List.of(INTERVIEW_UPDATE), dueOn(season, S.plusDays(40)));
        season.thankedForInterviews(S.plusDays(40).toString());

        LocalDate matchDay = LocalDate.of(2027, 3, 19);
        assertEquals(matchDay, season.build().matchDay());
        assertEquals(List.of(), dueOn(season, matchDay.minusDays(1)));
        assertEquals(List.of(MATCH_UPDATE), dueOn(season, matchDay));
    }
}
