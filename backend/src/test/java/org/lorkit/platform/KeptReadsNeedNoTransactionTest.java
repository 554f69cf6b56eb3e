package org.lorkit.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;
import org.lorkit.support.Lor;

/**
 * The reads an applicant repeats between two writes (her story list, her ranked writers, Today) are answered
 * from what is kept at her account's revision without opening a transaction or a session: one autocommit
 * lookup of the revision. A change, through the API or behind it, is still seen by the very next read.
 */
@QuarkusTest
class KeptReadsNeedNoTransactionTest {

    @Inject
    SessionFactory sessions;

    @Inject
    EntityManager em;

    @Test
    void aRepeatedListRankingOrTodayOpensNoSessionAndAChangeBehindTheApiIsSeenNext() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -20, 7);
        String lee = Lor.attending(ana, "ken lee", "CORE_FACULTY", rotation, true);
        String story = Lor.create(
                ana,
                "/api/v1/stories",
                Map.of("title", "pt w/ sepsis, called rapid", "witnessAttendingIds", List.of(lee)));
        for (String path : List.of("/api/v1/stories", "/api/v1/attendings?sort=rank", "/api/v1/today")) {
            assertTrue(sessionsOpenedBy(ana, path) > 0, path + ": the first read reads the account");
            assertEquals(0, sessionsOpenedBy(ana, path), path + ": read again from what is kept");
        }

        // Another replica, or an admin at the database: this replica's memory is not told.
        sql("UPDATE story SET title = 'sepsis: called the rapid response' WHERE id = '" + story + "'");
        assertEquals(
                List.of("sepsis: called the rapid response"),
                Coaching.get(ana, "/api/v1/stories").getList("items.title"));
        assertEquals(
                List.of(1), Coaching.get(ana, "/api/v1/attendings?sort=rank").getList("items.storyCount"));
        sql("DELETE FROM story_witness WHERE story_id = '" + story + "'");
        assertEquals(
                List.of(0), Coaching.get(ana, "/api/v1/attendings?sort=rank").getList("items.storyCount"));
    }

    private long sessionsOpenedBy(Applicant who, String path) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        who.request().get(path).then().statusCode(200);
        return statistics.getSessionOpenCount();
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(statement).executeUpdate());
    }
}
