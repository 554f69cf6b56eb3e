package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Coaching;
import org.lorkit.support.Lor;
import org.lorkit.support.TwoWritersSeason;

/** The rules read the calendar the way applicants do: working weeks, plans sized to the rotation, honest day counts. */
@QuarkusTest
class CalendarAsApplicantsReadItTest {

    @Inject
    MutableClock clock;

    TwoWritersSeason season;
    String observership;

    @BeforeEach
    void theSeasonWithAJanuaryObservership() {
        season = TwoWritersSeason.start(clock);
        observership = TwoWritersSeason.rotation(season.ana, "Riverside Clinic", "2027-01-11", "2027-01-22");
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aMondayToFridayFortnightCountsAsTwoWorkingWeeks() {
        JsonPath rotation = Coaching.get(season.ana, "/api/v1/rotations/" + observership);
        assertEquals(12, rotation.getInt("days"));
        assertEquals(10, rotation.getInt("workingDays"));
        assertEquals(List.of(), rotation.getList("warnings"));

        String lopez = TwoWritersSeason.writer(
                season.ana,
                "Dr Elena Lopez",
                null,
                "COMMUNITY_ATTENDING",
                "elopez@example.org",
                null,
                observership,
                "2027-01-11",
                "2027-01-22");
        clock.setDay(LocalDate.of(2027, 1, 21));
        season.ana
                .request()
                .body(Map.of("attendingId", lopez, "kind", "FORMATIVE", "receivedOn", "2027-01-15"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(201);
        JsonPath before = Coaching.get(season.ana, "/api/v1/attendings/" + lopez);
        assertEquals(false, before.getBoolean("letterEligible.eligible"));
        assertEquals(
                "9 working days together so far, 10 by the end: two working weeks reached on January 22, 2027.",
                before.getString("letterEligible.reasons[0].detail"));
        clock.setDay(LocalDate.of(2027, 1, 22));
        JsonPath after = Coaching.get(season.ana, "/api/v1/attendings/" + lopez);
        assertEquals(true, after.getBoolean("letterEligible.eligible"));
        assertEquals(10, after.getInt("daysWorkedTogether"));
    }

    @Test
    void aTwoWeekRotationSpreadsItsStepsOverItsOwnDaysOneADay() {
        JsonPath plan = Coaching.get(season.ana, "/api/v1/plan");
        String base = "rotation-" + observership + "-";
        List<String> due = List.of("expectations", "formative", "stories", "soft-signal", "summative").stream()
                .map(step -> plan.getString("checkpoints.find { it.id == '" + base + step + "' }.dueOn"))
                .toList();
        assertEquals(List.of("2027-01-13", "2027-01-15", "2027-01-20", "2027-01-21", "2027-01-22"), due);
        assertEquals(
                "Mid-rotation at Riverside Clinic (Internal Medicine): ask for formative feedback",
                plan.getString("checkpoints.find { it.id == '" + base + "formative' }.title"));
        // The 4-week externship keeps the weeks of the month template.
        String month = "rotation-" + season.rotation + "-";
        assertEquals("2026-11-22", plan.getString("checkpoints.find { it.id == '" + month + "expectations' }.dueOn"));
        assertEquals("2026-12-13", plan.getString("checkpoints.find { it.id == '" + month + "summative' }.dueOn"));
        assertNotEquals(
                plan.getString("checkpoints.find { it.id == '" + month + "stories' }.dueOn"),
                plan.getString("checkpoints.find { it.id == '" + month + "summative' }.dueOn"));
    }

    @Test
    void dayCountsSaySoFarByTheEndAndTheDayTheMarkIsReached() {
        JsonPath okafor = Coaching.get(season.ana, "/api/v1/attendings/" + season.okafor);
        assertEquals(7, okafor.getInt("daysWorkedTogether"));
        assertEquals(15, okafor.getInt("daysWorkedByEnd"));
        assertEquals("2026-12-04", okafor.getString("twoWeeksReachedOn"));
        assertEquals(
                "7 working days together so far, 15 by the end: two working weeks reached on December 4, 2026.",
                okafor.getString("letterEligible.reasons[0].detail"));
        JsonPath mitchell = Coaching.get(season.ana, "/api/v1/attendings/" + season.mitchell);
        assertEquals(10, mitchell.getInt("daysWorkedTogether"));
        assertEquals(10, mitchell.getInt("daysWorkedByEnd"));
        assertEquals("2026-11-27", mitchell.getString("twoWeeksReachedOn"));
        // The packet counts the same way.
        String packet = season.ana
                .request()
                .accept("text/markdown")
                .get("/api/v1/attendings/" + season.okafor + "/packet")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(packet.contains("(15 working days)"), packet);
    }

    @Test
    void pickingFiveWritersIsNotYetPickingTheTopTwoToFour() {
        List<String> writers = new java.util.ArrayList<>(List.of(season.mitchell, season.okafor));
        for (String name : List.of("Dr Amy Chen", "Dr Raj Patel", "Dr Lou Grant")) {
            writers.add(TwoWritersSeason.writer(
                    season.ana, name, null, "CORE_FACULTY", null, null, season.rotation, "2026-11-16", "2026-11-27"));
        }
        List<String> letters =
                writers.stream().map(w -> Lor.letter(season.ana, w)).toList();
        JsonPath five = Coaching.get(season.ana, "/api/v1/plan");
        assertNotEquals("DONE", five.getString("checkpoints.find { it.id == 'pick-writers' }.status"));
        assertTrue(
                five.getString("checkpoints.find { it.id == 'pick-writers' }.why")
                        .startsWith("5 writers chosen ("),
                five.getString("checkpoints.find { it.id == 'pick-writers' }.why"));
        assertTrue(five.getString("checkpoints.find { it.id == 'pick-writers' }.why")
                .contains("at most 4 letters"));
        season.ana.request().delete("/api/v1/letters/" + letters.get(4)).then().statusCode(204);
        JsonPath four = Coaching.get(season.ana, "/api/v1/plan");
        assertEquals("DONE", four.getString("checkpoints.find { it.id == 'pick-writers' }.status"));
    }
}
