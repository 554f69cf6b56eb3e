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
 * One applicant through a whole season on the test clock: the kit, two rotations, the asks, the ERAS
 * requests, a silent writer, reminders, backup advice, the letters received and the thanks. Today, Plan,
 * Reminders and Portfolio are checked at every step.
 */
@QuarkusTest
class SeasonScenarioTest {

    static final LocalDate S = LocalDate.of(2026, 9, 30);
    static final LocalDate R1_START = LocalDate.of(2026, 2, 2);
    static final LocalDate R1_END = LocalDate.of(2026, 3, 1);
    static final LocalDate R2_START = LocalDate.of(2026, 3, 2);
    static final LocalDate R2_END = LocalDate.of(2026, 3, 29);

    @Inject
    MutableClock clock;

    Applicant ana;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private void on(LocalDate day) {
        clock.setDay(day);
    }

    private JsonPath plan() {
        return Coaching.get(ana, "/api/v1/plan");
    }

    private JsonPath today() {
        return Coaching.get(ana, "/api/v1/today");
    }

    private JsonPath portfolio() {
        return Coaching.get(ana, "/api/v1/portfolio");
    }

    private static String status(JsonPath plan, String id) {
        return plan.getString("checkpoints.find { it.id == '" + id + "' }.status");
    }

    private static String because(JsonPath plan, String id) {
        return plan.getString("checkpoints.find { it.id == '" + id + "' }.doneBecause");
    }

    private static String check(JsonPath portfolio, String code) {
        return portfolio.getString("checks.find { it.code == '" + code + "' }.status");
    }

    private void sent(String kind, String field, String id) {
        ana.request()
                .body(Map.of("kind", kind, field, id))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200);
    }

    @Test
    void aWholeSeasonFromTheKitToTheThankYous() {
        // ---- Month -1: the kit
        on(LocalDate.of(2026, 1, 5));
        ana = Applicant.register();
        Coaching.profile(
                ana, S, Map.of("erasOpensOn", "2026-06-03", "strengths", List.of("CLINICAL_REASONING", "WORK_ETHIC")));
        String r1 = Coaching.rotation(ana, "Mercy Hospital", "Internal Medicine", R1_START, R1_END);
        String r2 = Coaching.rotation(ana, "City General", "Surgery", R2_START, R2_END);
        JsonPath plan = plan();
        assertEquals("DONE", status(plan, "prep-target-sheet"));
        assertEquals("UPCOMING", status(plan, "prep-cv"));
        assertEquals("MISSING", check(portfolio(), "LETTER_COUNT"));
        assertTrue(today().getList("nextDeadlines.title").contains("Get your CV ready (2 pages at most)"));

        on(LocalDate.of(2026, 1, 28));
        assertTrue(today().getList("actions.id").contains("prep-cv"), "the kit is due within the week");
        Coaching.profile(
                ana,
                S,
                Map.of(
                        "erasOpensOn",
                        "2026-06-03",
                        "strengths",
                        List.of("CLINICAL_REASONING", "WORK_ETHIC"),
                        "cvReady",
                        true,
                        "cvUpdatedOn",
                        "2026-01-27",
                        "personalStatementStatus",
                        "DRAFT"));
        plan = plan();
        assertEquals("DONE", status(plan, "prep-cv"));
        assertEquals("DONE", status(plan, "prep-personal-statement"));
        assertFalse(today().getList("actions.id").contains("prep-cv"));

        // ---- Rotation 1: Internal Medicine with Dr Hernandez
        on(R1_START.plusDays(1));
        String maria = Coaching.attending(ana, "Maria Hernandez", "CORE_FACULTY", "Internal Medicine", r1);
        sent("EXPECTATIONS_TALK", "attendingId", maria);
        assertTrue(because(plan(), "rotation-" + r1 + "-expectations")
                .startsWith("Expectations talk with Dr Maria Hernandez"));
        assertTrue(today().getList("actions.kind").contains("HABIT"), "daily habits while on a rotation");

        on(R1_START.plusDays(9));
        assertEquals("DUE", status(plan(), "rotation-" + r1 + "-formative"));
        ana.request()
                .body(Map.of(
                        "attendingId",
                        maria,
                        "rotationId",
                        r1,
                        "kind",
                        "FORMATIVE",
                        "receivedOn",
                        R1_START.plusDays(9).toString(),
                        "toImprove",
                        "Shorter presentations",
                        "whatIChanged",
                        "Two-minute rehearsals"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(201);
        assertEquals(
                "Formative feedback from Dr Maria Hernandez on day 10 of this rotation.",
                because(plan(), "rotation-" + r1 + "-formative"));

        for (int i = 0; i < 3; i++) {
            on(R1_START.plusDays(15 + i * 3));
            Lor.create(
                    ana,
                    "/api/v1/stories",
                    Map.of(
                            "title",
                            "IM story " + i,
                            "occurredOn",
                            R1_START.plusDays(15 + i * 3).toString(),
                            "rotationId",
                            r1,
                            "witnessAttendingIds",
                            List.of(maria),
                            "kind",
                            i == 0 ? "TEACHING" : "CASE"));
        }
        String mariaLetter = Lor.letter(ana, maria);
        sent("SOFT_SIGNAL", "letterId", mariaLetter);
        plan = plan();
        assertEquals("3 stories logged on this rotation.", because(plan, "rotation-" + r1 + "-stories"));
        assertEquals("DONE", status(plan, "rotation-" + r1 + "-soft-signal"));
        assertTrue(Coaching.get(ana, "/api/v1/habits")
                .getBoolean("rotations.find { it.rotationId == '" + r1 + "' }.teachingPresentationDone"));

        on(R1_END.minusDays(2));
        ana.request()
                .body(Map.of(
                        "attendingId",
                        maria,
                        "rotationId",
                        r1,
                        "kind",
                        "SUMMATIVE",
                        "receivedOn",
                        R1_END.minusDays(2).toString(),
                        "enthusiasm",
                        "ENTHUSIASTIC_WITH_SPECIFICS"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(201);
        assertEquals("DONE", status(plan(), "rotation-" + r1 + "-summative"));

        // ---- Rotation 2: Surgery with Dr Lee, who skipped week 2 feedback
        on(R2_START.plusDays(16));
        String ken = Coaching.attending(ana, "Ken Lee", "CORE_FACULTY", "Surgery", r2);
        plan = plan();
        assertEquals("OVERDUE", status(plan, "rotation-" + r2 + "-formative"));
        assertTrue(today().getList("actions.id").contains("rotation-" + r2 + "-formative"));
        ana.request()
                .body(Map.of(
                        "attendingId",
                        ken,
                        "rotationId",
                        r2,
                        "kind",
                        "SUMMATIVE",
                        "receivedOn",
                        R2_START.plusDays(16).toString(),
                        "enthusiasm",
                        "POSITIVE"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(201);

        // ---- Month 2: the asks and the packets
        on(LocalDate.of(2026, 3, 20));
        sent("DIRECT_ASK", "letterId", mariaLetter);
        Lor.moveLetter(ana, mariaLetter, "AGREED");
        Coaching.putLetter(ana, mariaLetter, Map.of("commitment", "STRONG"));
        String kenLetter =
                Lor.create(ana, "/api/v1/letters", Map.of("attendingId", ken, "letterType", "OTHER_US_SPECIALTY"));
        sent("DIRECT_ASK", "letterId", kenLetter);
        Lor.moveLetter(ana, kenLetter, "AGREED");
        Coaching.putLetter(ana, kenLetter, Map.of("commitment", "YES"));
        on(LocalDate.of(2026, 3, 21));
        JsonPath now = today();
        assertEquals("CHECKPOINT", now.getString("actions[0].kind"));
        assertTrue(
                now.getString("actions[0].title").startsWith("Send the packet to Dr "),
                now.getString("actions[0].title"));
        assertTrue(
                now.getString("actions[0].reason").startsWith("Agreed 1 day ago"), now.getString("actions[0].reason"));
        sent("PACKET_EMAIL", "letterId", mariaLetter);
        sent("PACKET_EMAIL", "letterId", kenLetter);
        plan = plan();
        assertEquals(
                "Packet sent on March 21, 2026, 1 day after the yes.",
                because(plan, "letter-" + mariaLetter + "-packet"));
        assertEquals("DONE", status(plan, "pick-writers"));
        assertEquals("DONE", status(plan, "ask-strong"));
        JsonPath portfolio = portfolio();
        assertEquals(2, portfolio.getInt("secured"));
        assertEquals("OK", check(portfolio, "CORE_IN_SPECIALTY"));
        assertEquals("OK", check(portfolio, "OTHER_US_SPECIALTY"));
        assertEquals("WARNING", check(portfolio, "STRENGTH_OF_COMMITMENTS"), "Dr Lee said a plain yes");

        // ---- Month 3: ERAS entries and formal requests
        on(S.minusDays(50));
        assertEquals("DUE", status(plan(), "eras-entries"));
        Coaching.putLetter(ana, mariaLetter, Map.of("erasLetterId", "L-100"));
        Coaching.putLetter(ana, kenLetter, Map.of("erasLetterId", "L-200"));
        assertEquals("DONE", status(plan(), "eras-entries"));
        on(S.minusDays(45));
        sent("FORMAL_REQUEST", "letterId", mariaLetter);
        sent("FORMAL_REQUEST", "letterId", kenLetter);
        plan = plan();
        assertTrue(because(plan, "letter-" + kenLetter + "-eras-request").contains("soft deadline " + S.minusDays(21)));
        assertEquals(List.of(), Coaching.dueRules(ana));

        // ---- Two weeks later nothing has arrived: first reminders
        on(S.minusDays(32));
        assertEquals(List.of(), Coaching.dueRules(ana), "13 days after the request");
        on(S.minusDays(31));
        assertEquals(List.of("FIRST_REMINDER", "FIRST_REMINDER"), Coaching.dueRules(ana));
        assertEquals(
                2, today().getList("actions.findAll { it.kind == 'REMINDER' }").size());

        // Dr Hernandez uploads; Dr Lee stays silent and gets a reminder.
        on(S.minusDays(29));
        Lor.moveLetter(ana, mariaLetter, "RECEIVED");
        assertEquals(List.of("FIRST_REMINDER", "THANK_YOU_RECEIVED"), Coaching.dueRules(ana));
        sent("THANK_YOU_RECEIVED", "letterId", mariaLetter);
        sent("REMINDER", "letterId", kenLetter);
        assertEquals(List.of(), Coaching.dueRules(ana));

        // ---- The last reminder window
        on(S.minusDays(15));
        assertEquals(List.of(), Coaching.dueRules(ana));
        on(S.minusDays(14));
        assertEquals(List.of("LAST_REMINDER"), Coaching.dueRules(ana));
        assertTrue(today().getString("actions[0].title").startsWith("Send a last reminder to Dr Ken Lee"));
        sent("REMINDER", "letterId", kenLetter);
        assertEquals(List.of(), Coaching.dueRules(ana));

        // ---- Still silent a week before submission: backup
        on(S.minusDays(8));
        assertEquals("OK", check(portfolio(), "BACKUP_NEEDED"));
        on(S.minusDays(7));
        assertEquals(List.of("BACKUP_WRITER"), Coaching.dueRules(ana));
        assertEquals("BACKUP", today().getString("actions[0].kind"));
        assertEquals("WARNING", check(portfolio(), "BACKUP_NEEDED"));
        assertEquals("DUE", status(plan(), "backup-writer"));

        // ---- Dr Lee uploads after all; letters go to a program; submission and thanks
        on(S.minusDays(4));
        Lor.moveLetter(ana, kenLetter, "RECEIVED");
        portfolio = portfolio();
        assertEquals("OK", check(portfolio, "BACKUP_NEEDED"));
        assertEquals(2, portfolio.getInt("received"));
        assertEquals("WARNING", check(portfolio, "RECEIVED_NOT_ASSIGNED"));
        String program = Lor.create(
                ana,
                "/api/v1/programs",
                Map.of(
                        "name",
                        "City IM",
                        "specialty",
                        "Internal Medicine",
                        "requirements",
                        Map.of("lettersRequired", 2, "inSpecialty", 1)));
        ana.request()
                .body(Map.of("letterIds", List.of(mariaLetter, kenLetter)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200);
        portfolio = portfolio();
        assertEquals("OK", check(portfolio, "RECEIVED_NOT_ASSIGNED"));
        assertEquals("OK", check(portfolio, "PROGRAMS_MISSING_LETTERS"));
        plan = plan();
        assertEquals("DONE", status(plan, "verify-received"));
        assertEquals("DONE", status(plan, "backup-writer"));

        on(S);
        ana.request().post("/api/v1/plan/submit-eras/done").then().statusCode(200);
        assertEquals(List.of("THANK_YOU_SUBMISSION", "THANK_YOU_SUBMISSION"), Coaching.dueRules(ana));
        assertEquals(
                2, today().getList("actions.findAll { it.kind == 'THANK_YOU' }").size());
        sent("THANK_YOU_SUBMISSION", "letterId", mariaLetter);
        sent("THANK_YOU_SUBMISSION", "letterId", kenLetter);
        assertEquals(List.of(), Coaching.dueRules(ana));
        plan = plan();
        assertEquals("All 2 writers thanked after submission.", because(plan, "thank-writers"));
        assertEquals("DONE", status(plan, "submit-eras"));
        JsonPath letter = Coaching.get(ana, "/api/v1/letters/" + kenLetter);
        assertEquals(List.of(S.minusDays(29).toString(), S.minusDays(14).toString()), letter.getList("remindersSent"));
        assertEquals(
                List.of("ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS", "RECEIVED"),
                letter.getList("history.to"));
    }
}
