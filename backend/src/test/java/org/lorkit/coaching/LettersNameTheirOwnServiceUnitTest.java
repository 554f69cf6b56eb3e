package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.lorkit.attending.AttendingRole.CORE_FACULTY;
import static org.lorkit.letter.LetterStatus.AGREED;
import static org.lorkit.letter.LetterStatus.ASKED;
import static org.lorkit.letter.LetterStatus.PACKET_SENT;
import static org.lorkit.letter.LetterStatus.RECEIVED;
import static org.lorkit.letter.LetterStatus.REQUESTED_IN_ERAS;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lorkit.coaching.CoachDtos.Checkpoint;
import org.lorkit.coaching.CoachDtos.Reminder;
import org.lorkit.coaching.CoachDtos.ReminderRule;

/**
 * The plan and the reminders name the service each letter goes through (SEASONS.md): an OB/GYN applicant's
 * letters are requested and arrive in ResidencyCAS, never in ERAS; an applicant to Internal Medicine and
 * Emergency Medicine has an ERAS letter, a ResidencyCAS letter and a General letter that goes through both.
 */
class LettersNameTheirOwnServiceUnitTest {

    /** An OB/GYN applicant (typed as applicants type it) whose writer got the request on July 20, 2027. */
    private static SeasonBuilder obGynApplicant() {
        return SeasonBuilder.today("2027-08-04")
                .specialty("OB/GYN")
                .submission("2027-09-08")
                .rotation("St Mary's Women's Hospital", "2027-03-01", "2027-03-28")
                .writer("Folasade Adeyemi", CORE_FACULTY)
                .letter()
                .moved("2027-04-02", ASKED, AGREED)
                .moved("2027-04-03", PACKET_SENT)
                .moved("2027-07-20", REQUESTED_IN_ERAS);
    }

    /** Internal Medicine first, Emergency Medicine second: one letter for each, and one General letter. */
    private static SeasonBuilder internalAndEmergencyApplicant() {
        return SeasonBuilder.today("2027-08-04")
                .specialty("Internal Medicine")
                .secondSpecialty("emergency med")
                .submission("2027-09-08")
                .rotation("Lakeside General", "2027-02-01", "2027-02-28")
                .writer("Sarah Mitchell", CORE_FACULTY)
                .letter()
                .forSpecialty("Internal Medicine")
                .moved("2027-03-01", ASKED, AGREED)
                .moved("2027-07-20", PACKET_SENT, REQUESTED_IN_ERAS)
                .rotation("County ED", "2027-04-05", "2027-05-02")
                .writer("Daniel Okafor", CORE_FACULTY, "Emergency Medicine", "2027-04-05", "2027-05-02")
                .letter()
                .forSpecialty("Emergency Medicine")
                .moved("2027-05-03", ASKED, AGREED)
                .moved("2027-07-20", PACKET_SENT, REQUESTED_IN_ERAS)
                .writer("Maria Hernandez", CORE_FACULTY, "Emergency Medicine", "2027-04-05", "2027-05-02")
                .letter()
                .moved("2027-05-03", ASKED, AGREED)
                .moved("2027-07-20", PACKET_SENT, REQUESTED_IN_ERAS);
    }

    private static Checkpoint step(Season s, String id) {
        return PlanRules.evaluate(s).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no checkpoint " + id));
    }

    private static String letterStep(String writer, String step) {
        return "letter-" + SeasonBuilder.letterId(writer) + "-" + step;
    }

    private static String reason(Season s, ReminderRule rule, String writer) {
        UUID letter = SeasonBuilder.letterId(writer);
        ReminderRules.Result r = ReminderRules.evaluate(s);
        return java.util.stream.Stream.concat(r.due().stream(), r.upcoming().stream())
                .filter(x -> x.rule() == rule && x.letterId().equals(letter))
                .map(Reminder::reason)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " for " + writer));
    }

    private static List<String> everySentence(Season s) {
        List<String> all = new java.util.ArrayList<>();
        PlanRules.evaluate(s).forEach(c -> {
            all.add(c.title());
            all.add(c.why());
            if (c.doneBecause() != null) {
                all.add(c.doneBecause());
            }
        });
        ReminderRules.Result r = ReminderRules.evaluate(s);
        r.due().forEach(x -> all.add(x.reason()));
        r.upcoming().forEach(x -> all.add(x.reason()));
        return all;
    }

    @Test
    void anObGynApplicantIsToldResidencyCasInEveryPlanStepAboutHerLetters() {
        Season s = obGynApplicant().build();

        Checkpoint entries = step(s, "eras-entries");
        assertEquals("Add your writers in ResidencyCAS", entries.title());
        assertEquals(
                "One evaluator per writer: ResidencyCAS emails each one a request to accept; check names, titles and "
                        + "emails twice.",
                entries.why());
        Checkpoint request = step(s, letterStep("Folasade Adeyemi", "eras-request"));
        assertEquals("Send Dr Folasade Adeyemi the formal ResidencyCAS request", request.title());
        assertEquals("The ResidencyCAS email plus your note with the soft deadline (2027-08-18).", request.why());
        assertEquals("Requested in ResidencyCAS on 2027-07-20; soft deadline 2027-08-18.", request.doneBecause());
        assertEquals(
                "Check in ResidencyCAS which letters are in",
                step(s, "verify-received").title());
        assertEquals(
                "Submit your ResidencyCAS application",
                step(s, PlanRules.SUBMIT_ERAS).title());
        everySentence(s).forEach(said -> assertFalse(said.contains("ERAS"), said));
    }

    @Test
    void anObGynApplicantsRemindersSayTheRequestAndTheLetterAreInResidencyCas() {
        SeasonBuilder season = obGynApplicant();

        assertEquals(
                "Dr Folasade Adeyemi got the ResidencyCAS request 15 days ago and the letter is not in yet: "
                        + "a short, friendly nudge is fair now.",
                reason(season.build(), ReminderRule.FIRST_REMINDER, "Folasade Adeyemi"));
        assertEquals(
                "Two weeks after the ResidencyCAS request: check ResidencyCAS, then nudge Dr Folasade Adeyemi if the "
                        + "letter is not in.",
                reason(season.on("2027-07-25"), ReminderRule.FIRST_REMINDER, "Folasade Adeyemi"));

        Season received = season.moved("2027-08-10", RECEIVED).on("2027-08-11");
        assertEquals(
                "Dr Folasade Adeyemi's letter arrived in ResidencyCAS on August 10, 2027: a short thank-you now.",
                reason(received, ReminderRule.THANK_YOU_RECEIVED, "Folasade Adeyemi"));
        Season submitted = season.ticked(PlanRules.SUBMIT_ERAS, "2027-09-08").on("2027-09-09");
        assertEquals(
                "You submitted ResidencyCAS on September 8, 2027: tell Dr Folasade Adeyemi the letter went out with it, "
                        + "and thank them.",
                reason(submitted, ReminderRule.THANK_YOU_SUBMISSION, "Folasade Adeyemi"));
    }

    @Test
    void anApplicantToInternalAndEmergencyMedicineSeesEachLettersServiceAndBothForTheGeneralLetter() {
        Season s = internalAndEmergencyApplicant().build();

        assertEquals(
                "Add your writers in ERAS and ResidencyCAS",
                step(s, "eras-entries").title());
        assertEquals(
                "In ERAS one entry and one Letter ID per writer; in ResidencyCAS one evaluator per writer, who gets its "
                        + "email to accept. For both, check names, titles and emails twice.",
                step(s, "eras-entries").why());
        assertEquals(
                "Send Dr Sarah Mitchell the formal ERAS request",
                step(s, letterStep("Sarah Mitchell", "eras-request")).title());
        assertEquals(
                "Requested in ResidencyCAS on 2027-07-20; soft deadline 2027-08-18.",
                step(s, letterStep("Daniel Okafor", "eras-request")).doneBecause());
        Checkpoint general = step(s, letterStep("Maria Hernandez", "eras-request"));
        assertEquals("Send Dr Maria Hernandez the formal ERAS and ResidencyCAS request", general.title());
        assertEquals(
                "The ERAS and ResidencyCAS emails plus your note with the soft deadline (2027-08-18).", general.why());
        assertEquals(
                "Requested in ERAS and ResidencyCAS on 2027-07-20; soft deadline 2027-08-18.", general.doneBecause());
        assertEquals(
                "Check in ERAS and ResidencyCAS which letters are in",
                step(s, "verify-received").title());
        assertEquals(
                "Submit your ERAS and ResidencyCAS applications",
                step(s, PlanRules.SUBMIT_ERAS).title());

        assertEquals(
                "Dr Sarah Mitchell got the ERAS request 15 days ago and the letter is not in yet: "
                        + "a short, friendly nudge is fair now.",
                reason(s, ReminderRule.FIRST_REMINDER, "Sarah Mitchell"));
        assertEquals(
                "Dr Daniel Okafor got the ResidencyCAS request 15 days ago and the letter is not in yet: "
                        + "a short, friendly nudge is fair now.",
                reason(s, ReminderRule.FIRST_REMINDER, "Daniel Okafor"));
        assertEquals(
                "Dr Maria Hernandez got the ERAS and ResidencyCAS request 15 days ago and the letter is not in yet: "
                        + "a short, friendly nudge is fair now.",
                reason(s, ReminderRule.FIRST_REMINDER, "Maria Hernandez"));
    }

    @Test
    void anInternalMedicineOnlyApplicantKeepsTheErasWords() {
        Season s = SeasonBuilder.today("2027-08-04")
                .submission("2027-09-08")
                .rotation("Lakeside General", "2027-02-01", "2027-02-28")
                .writer("Sarah Mitchell", CORE_FACULTY)
                .letter()
                .moved("2027-03-01", ASKED, AGREED)
                .moved("2027-07-20", PACKET_SENT, REQUESTED_IN_ERAS)
                .build();

        assertEquals("Add your writers in ERAS", step(s, "eras-entries").title());
        assertEquals(
                "Requested in ERAS on 2027-07-20; soft deadline 2027-08-18.",
                step(s, letterStep("Sarah Mitchell", "eras-request")).doneBecause());
        assertEquals(
                "Submit your ERAS application", step(s, PlanRules.SUBMIT_ERAS).title());
    }
}
