package org.lorkit.season;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Admin;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;

/** The plan, reminders and Today read the season record of the service the specialty goes through. */
@QuarkusTest
class SeasonDatesDriveTheRulesTest {

    private static final String ERAS_2028 = "/api/v1/seasons/7d0c2a4e-2028-4e5a-9a11-000000002028";

    @Inject
    MutableClock clock;

    @AfterEach
    void restore() {
        clock.reset();
    }

    @Test
    void anEmergencyMedicineApplicantFollowsResidencyCasAndTheEsloe() {
        Applicant em = Applicant.register();
        Coaching.profile(em, LocalDate.of(2027, 9, 15), Map.of("targetSpecialty", "emergency med", "season", 2027));
        JsonPath season = Coaching.get(em, "/api/v1/today");
        assertEquals("ResidencyCAS 2028 season", season.getString("season.label"));
        assertEquals("RESIDENCYCAS", season.getString("season.service"));
        assertEquals("ESLOE_2", season.getString("season.standardizedLetter"));
        assertEquals("2027-09-22", season.getString("season.programDeadlineOn"));

        Applicant im = Applicant.register();
        Coaching.profile(im, LocalDate.of(2027, 9, 15), Map.of("season", 2027));
        JsonPath plan = Coaching.get(im, "/api/v1/plan");
        assertEquals("ERAS 2028 season", plan.getString("season.label"));
        assertEquals(null, plan.getString("season.standardizedLetter"));
    }

    @Test
    void whenAnAdminMovesMatchDayEveryApplicantsRemindersAndTodayMoveWithIt() {
        Applicant ana = Applicant.register();
        Coaching.profile(ana, LocalDate.of(2027, 9, 15), Map.of("season", 2027));
        assertEquals("2028-03-17", Coaching.get(ana, "/api/v1/reminders").getString("matchDay"));

        Admin admin = Admin.login();
        JsonPath stored = admin.request().get(ERAS_2028).then().extract().jsonPath();
        Map<String, Object> moved = inputOf(stored);
        moved.put("matchDay", "2028-03-24");
        try {
            admin.request()
                    .body(moved)
                    .put(ERAS_2028.replace("/seasons/", "/admin/seasons/"))
                    .then()
                    .statusCode(200);
            assertEquals("2028-03-24", Coaching.get(ana, "/api/v1/reminders").getString("matchDay"));
            clock.setDay(LocalDate.of(2028, 3, 10));
            List<Map<String, Object>> deadlines =
                    Coaching.get(ana, "/api/v1/today").getList("nextDeadlines");
            assertTrue(
                    deadlines.stream()
                            .anyMatch(d -> String.valueOf(d.get("title")).startsWith("Match Day")
                                    && "2028-03-24".equals(d.get("on"))),
                    deadlines.toString());
        } finally {
            admin.request().body(inputOf(stored)).put(ERAS_2028.replace("/seasons/", "/admin/seasons/"));
        }
    }

    @Test
    void withoutASeasonOnTheTargetSheetTheFollowedSeasonIsMarkedAGuess() {
        Applicant newcomer = Applicant.register();
        JsonPath today = Coaching.get(newcomer, "/api/v1/today");
        assertEquals(false, today.getBoolean("season.fromTargetSheet"));
        assertEquals("ERAS", today.getString("season.service"));
        assertEquals(null, Coaching.get(newcomer, "/api/v1/reminders").getString("matchDay"));
    }

    private static Map<String, Object> inputOf(JsonPath season) {
        Map<String, Object> body = new HashMap<>(season.getMap(""));
        List.of("id", "service", "year", "updatedAt", "version").forEach(body::remove);
        return body;
    }
}
