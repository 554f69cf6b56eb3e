package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** The plan is dated from the applicant's own rotation and marked done from the data; Today orders it; Portfolio checks the 2-4 rule. */
@QuarkusTest
class PlanTodayPortfolioTest {

    static final LocalDate S = LocalDate.of(2026, 9, 30);
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate END = LocalDate.of(2026, 3, 29);

    @Inject
    MutableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static String checkpoint(JsonPath plan, String id, String field) {
        return plan.getString("checkpoints.find { it.id == '" + id + "' }." + field);
    }

    @Test
    void rotationCheckpointsAreDatedFromTheRotationAndDoneFromTheData() {
        clock.setDay(START.minusDays(5));
        Applicant ana = Applicant.register();
        Coaching.profile(ana, S, Map.of());
        String rotation = Coaching.rotation(ana, "Mercy Hospital", "Internal Medicine", START, END);
        String maria = Coaching.attending(ana, "Maria Hernandez", "CORE_FACULTY", "Internal Medicine", rotation);
        String base = "rotation-" + rotation + "-";

        JsonPath plan = Coaching.get(ana, "/api/v1/plan");
        assertEquals(START.plusDays(6).toString(), checkpoint(plan, base + "expectations", "dueOn"));
        assertEquals(START.plusDays(13).toString(), checkpoint(plan, base + "formative", "dueOn"));
        assertEquals(END.toString(), checkpoint(plan, base + "summative", "dueOn"));
        // Picking the top 2-4 writers is about their mix, which the portfolio checks.
        assertEquals("PORTFOLIO", checkpoint(plan, "pick-writers", "link.kind"));
        assertEquals("/api/v1/portfolio", checkpoint(plan, "pick-writers", "link.href"));
        assertEquals(START.minusDays(1).toString(), checkpoint(plan, "prep-cv", "dueOn"));
        assertEquals("DUE", checkpoint(plan, "prep-cv", "status"));
        assertEquals("DONE", checkpoint(plan, "prep-target-sheet", "status"));
        assertTrue(checkpoint(plan, "prep-target-sheet", "doneBecause").contains("Internal Medicine"));
        assertEquals(S.minusDays(21).toString(), plan.getString("softDeadline"));

        clock.setDay(START.plusDays(9));
        ana.request()
                .body(Map.of(
                        "attendingId",
                        maria,
                        "rotationId",
                        rotation,
                        "kind",
                        "FORMATIVE",
                        "receivedOn",
                        START.plusDays(9).toString(),
                        "wentWell",
                        "Clear presentations"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(201);
        plan = Coaching.get(ana, "/api/v1/plan");
        assertEquals("DONE", checkpoint(plan, base + "formative", "status"));
        assertEquals(
                "Formative feedback from Dr Maria Hernandez on day 10 of this rotation.",
                checkpoint(plan, base + "formative", "doneBecause"));
        assertEquals("OVERDUE", checkpoint(plan, base + "expectations", "status"));
        assertEquals("OVERDUE", checkpoint(plan, "prep-cv", "status"));
        assertEquals("UPCOMING", checkpoint(plan, base + "summative", "status"));
        assertEquals(
                Coaching.get(ana, "/api/v1/plan").getList("checkpoints.id"),
                plan.getList("checkpoints.id"),
                "ids are stable");

        ana.request()
                .body(Map.of("on", START.plusDays(1).toString()))
                .post("/api/v1/plan/" + base + "expectations/done")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DONE"))
                .body(
                        "doneBecause",
                        org.hamcrest.Matchers.equalTo("Ticked by you on " + Season.date(START.plusDays(1)) + "."));
        ana.request()
                .delete("/api/v1/plan/" + base + "expectations/done")
                .then()
                .statusCode(204);
        assertEquals("OVERDUE", checkpoint(Coaching.get(ana, "/api/v1/plan"), base + "expectations", "status"));
        assertNull(checkpoint(Coaching.get(ana, "/api/v1/plan"), base + "expectations", "tickedOn"));
    }

    @Test
    void dateValidationReadsTheApplicationClock() {
        clock.setDay(LocalDate.of(2026, 1, 5));
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("title", "Tomorrow's story", "occurredOn", "2026-01-06"))
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("occurredOn"));
        ana.request()
                .body(Map.of("title", "Today's story", "occurredOn", "2026-01-05"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
    }

    @Test
    void unknownCheckpointsAndFutureTicksAreClearProblems() {
        Applicant ana = Applicant.register();
        ana.request()
                .post("/api/v1/plan/no-such-step/done")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        ana.request()
                .delete("/api/v1/plan/no-such-step/done")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        ana.request()
                .body(Map.of("on", LocalDate.now().plusDays(3).toString()))
                .post("/api/v1/plan/prep-cv/done")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("on"));
    }

    @Test
    void anotherApplicantsRotationCheckpointIsNotFound() {
        Applicant ana = Applicant.register();
        String rotation = Coaching.rotation(
                ana, "Mercy Hospital", "Internal Medicine", LocalDate.now().minusDays(20), LocalDate.now());
        Applicant ben = Applicant.register();
        ben.request()
                .post("/api/v1/plan/rotation-" + rotation + "-formative/done")
                .then()
                .statusCode(404);
    }

    @Test
    void todayPutsThePacketAfterAYesFirstThenOverdueThenDueCheckpointsThenHabits() {
        clock.setDay(START.plusDays(9));
        Applicant ana = Applicant.register();
        Coaching.profile(ana, S, Map.of());
        String rotation = Coaching.rotation(ana, "Mercy Hospital", "Internal Medicine", START, END);
        String maria = Coaching.attending(ana, "Maria Hernandez", "CORE_FACULTY", "Internal Medicine", rotation);
        String letter = Lor.letter(ana, maria);
        clock.setDay(START.plusDays(8));
        Lor.moveLetter(ana, letter, "ASKED", "AGREED");
        clock.setDay(START.plusDays(9));

        JsonPath today = Coaching.get(ana, "/api/v1/today");
        List<String> kinds = today.getList("actions.kind");
        assertEquals("Send the packet to Dr Maria Hernandez", today.getString("actions[0].title"));
        assertTrue(
                today.getString("actions[0].reason").startsWith("Agreed 1 day ago"),
                today.getString("actions[0].reason"));
        assertEquals("/api/v1/attendings/" + maria + "/packet", today.getString("actions[0].link.href"));
        List<String> ids = today.getList("actions.id");
        int overdue = ids.indexOf("rotation-" + rotation + "-expectations");
        int due = ids.indexOf("rotation-" + rotation + "-formative");
        assertTrue(overdue > 0 && due > overdue, ids.toString());
        // How near the day is, in words; the day itself is the action's dueOn (not repeated in the sentence).
        assertTrue(
                today.getString("actions[" + overdue + "].reason").startsWith("Was due 3 days ago:"),
                today.getString("actions[" + overdue + "].reason"));
        assertEquals(START.plusDays(6).toString(), today.getString("actions[" + overdue + "].dueOn"));
        assertEquals("HABIT", kinds.get(kinds.size() - 1));
        assertTrue(today.getList("nextDeadlines").size() <= 5);

        ana.request()
                .body(Map.of("habit", "GOOD_QUESTION"))
                .post("/api/v1/habits/check-ins")
                .then()
                .statusCode(200);
        ana.request()
                .body(Map.of("habit", "GOOD_QUESTION"))
                .post("/api/v1/habits/check-ins")
                .then()
                .statusCode(200)
                .body("habits.find { it.habit == 'GOOD_QUESTION' }.streak", org.hamcrest.Matchers.equalTo(1));
        assertTrue(!Coaching.get(ana, "/api/v1/today").getList("actions.id").contains("habit:GOOD_QUESTION"));
    }

    @Test
    void redFlagsAdviseMovingTheLetterStrategyElsewhere() {
        clock.setDay(START.plusDays(15));
        Applicant ana = Applicant.register();
        String rotation = Coaching.rotation(ana, "Mercy Hospital", "Internal Medicine", START, END);
        JsonPath habits = ana.request()
                .body(Map.of("rotationId", rotation, "flags", List.of("BARELY_KNOWS_MY_NAME")))
                .post("/api/v1/habits/red-flags")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(habits.getString("rotations[0].advice").contains("other rotations"));
        JsonPath today = Coaching.get(ana, "/api/v1/today");
        assertTrue(today.getList("actions.kind").contains("RED_FLAG"));
        Applicant ben = Applicant.register();
        ben.request()
                .body(Map.of("rotationId", rotation, "flags", List.of()))
                .post("/api/v1/habits/red-flags")
                .then()
                .statusCode(404)
                .body("errors.field", org.hamcrest.Matchers.hasItem("rotationId"));
    }

    @Test
    void theWeeklyStoryHabitCountsStoriesByThemselves() {
        clock.setDay(START.plusDays(15));
        Applicant ana = Applicant.register();
        Lor.create(
                ana,
                "/api/v1/stories",
                Map.of(
                        "title",
                        "Led the family meeting",
                        "occurredOn",
                        START.plusDays(15).toString()));
        Lor.create(
                ana,
                "/api/v1/stories",
                Map.of(
                        "title",
                        "Caught the drug interaction",
                        "occurredOn",
                        START.plusDays(8).toString()));
        JsonPath habits = Coaching.get(ana, "/api/v1/habits");
        assertEquals(true, habits.getBoolean("habits.find { it.habit == 'WRITE_STORY' }.doneThisPeriod"));
        assertEquals(2, habits.getInt("habits.find { it.habit == 'WRITE_STORY' }.streak"));
    }

    @Test
    void thePortfolioChecksTheRuleOfTwoToFourAndProgramsAndUnassignedLetters() {
        clock.setDay(LocalDate.of(2026, 5, 1));
        Applicant ana = Applicant.register();
        Coaching.profile(ana, S, Map.of());
        String rotation = Coaching.rotation(ana, "Mercy Hospital", "Internal Medicine", START, END);
        String maria = Coaching.attending(ana, "Maria Hernandez", "CORE_FACULTY", "Internal Medicine", rotation);
        String ken = Coaching.attending(ana, "Ken Lee", "COMMUNITY_ATTENDING", "Surgery", rotation);

        JsonPath empty = Coaching.get(ana, "/api/v1/portfolio");
        assertEquals("MISSING", empty.getString("checks.find { it.code == 'LETTER_COUNT' }.status"));
        assertEquals("MISSING", empty.getString("checks.find { it.code == 'CORE_IN_SPECIALTY' }.status"));

        String first = Lor.letter(ana, maria);
        Lor.moveLetter(ana, first, "ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS", "RECEIVED");
        Coaching.putLetter(ana, first, Map.of("commitment", "STRONG"));
        String second =
                Lor.create(ana, "/api/v1/letters", Map.of("attendingId", ken, "letterType", "OTHER_US_SPECIALTY"));
        Lor.moveLetter(ana, second, "ASKED", "AGREED");
        Coaching.putLetter(ana, second, Map.of("commitment", "YES"));
        String program = Lor.create(
                ana,
                "/api/v1/programs",
                Map.of(
                        "name",
                        "City IM",
                        "specialty",
                        "Internal Medicine",
                        "requirements",
                        Map.of("lettersRequired", 3)));

        JsonPath portfolio = Coaching.get(ana, "/api/v1/portfolio");
        assertEquals(2, portfolio.getInt("secured"));
        assertEquals(1, portfolio.getInt("received"));
        assertEquals(1, portfolio.getInt("byStatus.RECEIVED"));
        assertEquals(1, portfolio.getInt("byCommitment.STRONG"));
        assertEquals("OK", portfolio.getString("checks.find { it.code == 'LETTER_COUNT' }.status"));
        assertEquals("OK", portfolio.getString("checks.find { it.code == 'CORE_IN_SPECIALTY' }.status"));
        assertEquals("OK", portfolio.getString("checks.find { it.code == 'OTHER_US_SPECIALTY' }.status"));
        assertEquals("WARNING", portfolio.getString("checks.find { it.code == 'STRENGTH_OF_COMMITMENTS' }.status"));
        assertTrue(portfolio
                .getString("checks.find { it.code == 'STRENGTH_OF_COMMITMENTS' }.message")
                .contains("Dr Ken Lee"));
        assertEquals("WARNING", portfolio.getString("checks.find { it.code == 'PROGRAMS_MISSING_LETTERS' }.status"));
        assertTrue(portfolio
                .getString("checks.find { it.code == 'PROGRAMS_MISSING_LETTERS' }.message")
                .contains("City IM"));
        assertEquals("WARNING", portfolio.getString("checks.find { it.code == 'RECEIVED_NOT_ASSIGNED' }.status"));

        ana.request()
                .body(Map.of("letterIds", List.of(first)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200);
        assertEquals(
                "OK",
                Coaching.get(ana, "/api/v1/portfolio")
                        .getString("checks.find { it.code == 'RECEIVED_NOT_ASSIGNED' }.status"));
    }
}
