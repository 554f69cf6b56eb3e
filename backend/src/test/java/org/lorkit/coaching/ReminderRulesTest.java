package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;
import org.lorkit.support.Lor;

/**
 * Each reminder rule at its boundary days. S is the submission target (2026-09-30), the request is the
 * day the letter moved to REQUESTED_IN_ERAS.
 */
@QuarkusTest
class ReminderRulesTest {

    static final LocalDate S = LocalDate.of(2026, 9, 30);

    @Inject
    MutableClock clock;

    Applicant ana;
    String letter;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** Ana with one writer whose letter was requested in ERAS on the given day. */
    private void requestedInErasOn(LocalDate requestedOn) {
        clock.setDay(LocalDate.of(2026, 5, 1));
        ana = Applicant.register();
        Coaching.profile(ana, S, Map.of());
        String rotation = Coaching.rotation(
                ana, "Mercy Hospital", "Internal Medicine", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29));
        String attending = Coaching.attending(ana, "Maria Hernandez", "CORE_FACULTY", "Internal Medicine", rotation);
        letter = Lor.letter(ana, attending);
        Lor.moveLetter(ana, letter, "ASKED", "AGREED", "PACKET_SENT");
        clock.setDay(requestedOn);
        Lor.moveLetter(ana, letter, "REQUESTED_IN_ERAS");
    }

    private void remindedOn(LocalDate... days) {
        Coaching.putLetter(
                ana,
                letter,
                Map.of(
                        "remindersSent",
                        java.util.Arrays.stream(days).map(LocalDate::toString).toList()));
    }

    private List<String> dueOn(LocalDate day) {
        clock.setDay(day);
        return Coaching.dueRules(ana);
    }

    @Test
    void theFirstReminderIsDueFourteenDaysAfterTheRequestNotThirteen() {
        LocalDate requested = LocalDate.of(2026, 7, 1);
        requestedInErasOn(requested);
        assertEquals(List.of(), dueOn(requested.plusDays(13)));
        JsonPath before = Coaching.get(ana, "/api/v1/reminders");
        assertEquals(List.of("FIRST_REMINDER", "LAST_REMINDER", "BACKUP_WRITER"), before.getList("upcoming.rule"));
        assertEquals(requested.plusDays(14).toString(), before.getString("upcoming[0].dueOn"));

        assertEquals(List.of("FIRST_REMINDER"), dueOn(requested.plusDays(14)));
        JsonPath due = Coaching.get(ana, "/api/v1/reminders");
        assertEquals("DUE", due.getString("due[0].status"));
        assertEquals("REMINDER", due.getString("due[0].messageKind"));
        assertTrue(due.getString("due[0].reason").contains("14 days ago"), due.getString("due[0].reason"));
        assertEquals("/api/v1/messages?kind=REMINDER&letterId=" + letter, due.getString("due[0].link.href"));

        assertEquals(List.of("FIRST_REMINDER"), dueOn(requested.plusDays(22)));
        assertEquals("OVERDUE", Coaching.get(ana, "/api/v1/reminders").getString("due[0].status"));
    }

    @Test
    void aReminderSentAnswersTheFirstReminder() {
        LocalDate requested = LocalDate.of(2026, 7, 1);
        requestedInErasOn(requested);
        clock.setDay(requested.plusDays(15));
        remindedOn(requested.plusDays(15));
        assertEquals(List.of(), Coaching.dueRules(ana));
    }

    @Test
    void remindersStayAWeekApartSixDaysIsTooSoonSevenIsFine() {
        requestedInErasOn(S.minusDays(35));
        clock.setDay(S.minusDays(20));
        remindedOn(S.minusDays(20));
        assertEquals(List.of(), dueOn(S.minusDays(14)), "6 days after the last reminder");
        JsonPath early = Coaching.get(ana, "/api/v1/reminders");
        assertTrue(early.getList("upcoming.rule").contains("LAST_REMINDER"));
        assertEquals(S.minusDays(13).toString(), early.getString("upcoming.find { it.rule == 'LAST_REMINDER' }.dueOn"));
        assertEquals(List.of("LAST_REMINDER"), dueOn(S.minusDays(13)), "7 days after the last reminder");
    }

    @Test
    void theRequestItselfCountsAsTheLastContactForSpacing() {
        requestedInErasOn(S.minusDays(18));
        assertEquals(List.of(), dueOn(S.minusDays(12)), "6 days after the request");
        assertEquals(List.of("LAST_REMINDER"), dueOn(S.minusDays(11)), "7 days after the request");
    }

    @Test
    void theLastReminderWindowOpensFourteenDaysBeforeSubmissionNotFifteen() {
        requestedInErasOn(S.minusDays(40));
        clock.setDay(S.minusDays(26));
        remindedOn(S.minusDays(26));
        assertEquals(List.of(), dueOn(S.minusDays(15)));
        assertEquals(List.of("LAST_REMINDER"), dueOn(S.minusDays(14)));
        JsonPath due = Coaching.get(ana, "/api/v1/reminders");
        assertTrue(due.getString("due[0].reason").contains("14 days away"), due.getString("due[0].reason"));
    }

    @Test
    void theLastReminderWindowClosesTenDaysBeforeSubmissionNotNine() {
        requestedInErasOn(S.minusDays(40));
        clock.setDay(S.minusDays(26));
        remindedOn(S.minusDays(26));
        assertEquals(List.of("LAST_REMINDER"), dueOn(S.minusDays(10)));
        assertEquals(List.of(), dueOn(S.minusDays(9)));
    }

    @Test
    void onlyOneLastReminder() {
        requestedInErasOn(S.minusDays(40));
        clock.setDay(S.minusDays(26));
        remindedOn(S.minusDays(26));
        clock.setDay(S.minusDays(14));
        remindedOn(S.minusDays(26), S.minusDays(14));
        assertEquals(List.of(), dueOn(S.minusDays(10)));
    }

    @Test
    void aSilentWriterNeedsABackupSevenDaysBeforeSubmissionNotEight() {
        requestedInErasOn(S.minusDays(40));
        assertFalse(dueOn(S.minusDays(8)).contains("BACKUP_WRITER"));
        assertEquals(
                "OK",
                Coaching.get(ana, "/api/v1/portfolio").getString("checks.find { it.code == 'BACKUP_NEEDED' }.status"));

        assertEquals(List.of("BACKUP_WRITER"), dueOn(S.minusDays(7)));
        assertEquals(
                "WARNING",
                Coaching.get(ana, "/api/v1/portfolio").getString("checks.find { it.code == 'BACKUP_NEEDED' }.status"));
        JsonPath today = Coaching.get(ana, "/api/v1/today");
        assertEquals("BACKUP", today.getString("actions[0].kind"));
        assertTrue(
                today.getString("actions[0].title").contains("Maria Hernandez"), today.getString("actions[0].title"));
    }

    @Test
    void aWriterWhoAgreedButWasNeverRequestedAlsoNeedsABackup() {
        clock.setDay(LocalDate.of(2026, 5, 1));
        ana = Applicant.register();
        Coaching.profile(ana, S, Map.of());
        String rotation = Coaching.rotation(
                ana, "Mercy Hospital", "Internal Medicine", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29));
        letter = Lor.letter(ana, Coaching.attending(ana, "Ken Lee", "CORE_FACULTY", "Internal Medicine", rotation));
        Lor.moveLetter(ana, letter, "ASKED", "AGREED");
        assertEquals(List.of(), dueOn(S.minusDays(8)));
        assertEquals(List.of("BACKUP_WRITER"), dueOn(S.minusDays(7)));
    }

    @Test
    void theSoftDeadlineDefaultsToThreeWeeksBeforeSubmission() {
        requestedInErasOn(S.minusDays(40));
        JsonPath reminders = Coaching.get(ana, "/api/v1/reminders");
        assertEquals(S.minusDays(21).toString(), reminders.getString("defaultSoftDeadline"));
        assertEquals(S.toString(), reminders.getString("submissionTargetOn"));
    }

    @Test
    void aReceivedLetterAsksForAThankYouThenSubmissionThenInterviewsThenMatchDay() {
        requestedInErasOn(S.minusDays(40));
        clock.setDay(S.minusDays(20));
        Lor.moveLetter(ana, letter, "RECEIVED");
        assertEquals(List.of("THANK_YOU_RECEIVED"), Coaching.dueRules(ana));

        clock.setDay(S);
        ana.request()
                .body(Map.of())
                .post("/api/v1/plan/submit-eras/done")
                .then()
                .statusCode(200);
        assertEquals(List.of("THANK_YOU_SUBMISSION"), Coaching.dueRules(ana));
        Coaching.putLetter(
                ana,
                letter,
                Map.of("thankYouNotes", List.of(Map.of("occasion", "AFTER_SUBMISSION", "sentOn", S.toString()))));
        assertEquals(List.of(), Coaching.dueRules(ana));

        clock.setDay(S.plusDays(40));
        ana.request()
                .body(Map.of("on", S.plusDays(38).toString()))
                .post("/api/v1/plan/interview-invitations/done")
                .then()
                .statusCode(200);
        assertEquals(List.of("INTERVIEW_UPDATE"), Coaching.dueRules(ana));
        Coaching.putLetter(
                ana,
                letter,
                Map.of(
                        "thankYouNotes",
                        List.of(
                                Map.of("occasion", "AFTER_SUBMISSION", "sentOn", S.toString()),
                                Map.of(
                                        "occasion",
                                        "INTERVIEW_INVITATIONS",
                                        "sentOn",
                                        S.plusDays(40).toString()))));

        LocalDate matchDay = LocalDate.of(2027, 3, 19);
        assertEquals(matchDay.toString(), Coaching.get(ana, "/api/v1/reminders").getString("matchDay"));
        assertEquals(List.of(), dueOn(matchDay.minusDays(1)));
        assertEquals(List.of("MATCH_UPDATE"), dueOn(matchDay));
    }
}
