package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;
import org.lorkit.support.Lor;
import org.lorkit.support.OnTheTestClock;

/**
 * Today's list is computed once per revision of the account and then kept: it must still move with what
 * else it reads, the day (nothing written overnight) and the season calendars an admin corrects (on any
 * replica, or at the database).
 */
@QuarkusTest
class TodayKeptPerDayAndCalendarTest extends OnTheTestClock {

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessions;

    @Inject
    SeasonLoader loader;

    @Test
    void aNewDayWithNothingWrittenGivesThatDaysList() {
        Applicant ana = Applicant.register();
        on("2026-11-16");
        Coaching.profile(ana, LocalDate.of(2027, 9, 8), Map.of());
        String rotation = Coaching.rotation(
                ana, "lakeside general", "internal medicine", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 11));
        Coaching.attending(ana, "ken lee", "CORE_FACULTY", "internal medicine", rotation);
        JsonPath monday = Coaching.get(ana, "/api/v1/today");
        assertEquals("2026-11-16", monday.getString("today"));
        assertEquals(
                monday.getString("today"), Coaching.get(ana, "/api/v1/today").getString("today"));

        on("2026-12-20"); // the rotation ended nine days ago: its steps come due
        JsonPath after = Coaching.get(ana, "/api/v1/today");
        assertEquals("2026-12-20", after.getString("today"));
        assertNotEquals(monday.getList("actions.id"), after.getList("actions.id"));
        assertEquals(
                after.getList("actions.id"),
                Coaching.get(ana, "/api/v1/today").getList("actions.id"),
                "the same day read again is the same list");
    }

    @Test
    void aSeasonCalendarCorrectedAtTheDatabaseShowsInTheNextToday() {
        Applicant ana = Applicant.register();
        on("2026-11-16");
        Coaching.profile(ana, LocalDate.of(2027, 9, 8), Map.of());
        String rotation = Lor.rotation(ana, -20, 7);
        Lor.attending(ana, "Ken Lee", "CORE_FACULTY", rotation, true);
        JsonPath before = Coaching.get(ana, "/api/v1/today");
        String service = before.getString("season.service");
        int year = before.getInt("season.year");
        LocalDate opens = LocalDate.parse(before.getString("season.opensOn"));
        String where = " WHERE service = '" + service + "' AND year = " + year;
        // An admin's correction made through another replica: this one's memory is not told.
        assertTodayFollowsACorrectedOpening(ana, where, opens, opens.plusDays(7));
        assertEquals(opens.toString(), Coaching.get(ana, "/api/v1/today").getString("season.opensOn"));
    }

    @Test
    void aTransactionThatCorrectsACalendarSeesItsCorrectionAndNothingItSawIsServedAfterItsRollback() {
        Applicant ana = Applicant.register();
        Coaching.profile(ana, LocalDate.of(2027, 9, 8), Map.of());
        UUID owner = UUID.fromString(Coaching.get(ana, "/api/v1/me").getString("id"));
        JsonPath before = Coaching.get(ana, "/api/v1/today");
        LocalDate opens = LocalDate.parse(before.getString("season.opensOn"));
        String where = " WHERE service = '" + before.getString("season.service") + "' AND year = "
                + before.getInt("season.year");
        assertThrows(
                RolledBack.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("UPDATE application_season SET opens_on = '" + opens.plusDays(3) + "'" + where)
                            .executeUpdate();
                    assertEquals(
                            opens.plusDays(3),
                            loader.load(owner).followed().dates().opensOn(),
                            "its own");
                    throw new RolledBack();
                }));
        // A later commit brings the calendars' number to the one the rolled-back transaction had.
        assertTodayFollowsACorrectedOpening(ana, where, opens, opens.plusDays(5));
    }

    /** Corrects the opening day at the database, checks the next Today shows it, then puts the shipped day back. */
    private void assertTodayFollowsACorrectedOpening(
            Applicant who, String where, LocalDate shipped, LocalDate corrected) {
        try {
            sql("UPDATE application_season SET opens_on = '" + corrected + "'" + where);
            assertEquals(
                    corrected.toString(), Coaching.get(who, "/api/v1/today").getString("season.opensOn"));
        } finally {
            sql("UPDATE application_season SET opens_on = '" + shipped + "'" + where);
        }
    }

    private static final class RolledBack extends RuntimeException {}

    @Test
    void aTodayReadAgainOnTheSameDaySendsNoStatementBeyondTheRevisionLookup() {
        Applicant ana = Applicant.register();
        Coaching.profile(ana, LocalDate.of(2027, 9, 8), Map.of("secondSpecialty", "Emergency Medicine"));
        String rotation = Lor.rotation(ana, -20, 7);
        Lor.attending(ana, "Ken Lee", "CORE_FACULTY", rotation, true);
        assertTrue(statementsOfToday(ana) > 0, "the first read reads the account and both calendars");
        // Hibernate counts what it prepares; the revision lookup is plain JDBC and not counted.
        assertEquals(0, statementsOfToday(ana), "nor the calendars again");
        Lor.create(ana, "/api/v1/stories", Map.of("title", "ed shift, splinted a wrist"));
        assertTrue(statementsOfToday(ana) > 0, "a new story: the account is read again");
    }

    private long statementsOfToday(Applicant who) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        who.request().get("/api/v1/today").then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
