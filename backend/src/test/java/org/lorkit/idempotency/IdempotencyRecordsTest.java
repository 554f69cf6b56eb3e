package org.lorkit.idempotency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.OnTheTestClock;

/**
 * Idempotency records are not a second copy of what applicants write (issue 19, item 5): they keep the
 * status, the Location and a hash of the request, never the answer; a replay answers the resource as it
 * is now (404 once deleted); they are forgotten after 72 hours.
 */
@QuarkusTest
class IdempotencyRecordsTest extends OnTheTestClock {

    static final String TEXT = "pt in bed 4 was septic, i called the rapid response before the senior got there";

    @Inject
    EntityManager em;

    @Inject
    IdempotentCreates idempotent;

    private static String create(Applicant who, String key, Map<String, Object> story) {
        return who.request()
                .header("Idempotency-Key", key)
                .body(story)
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aReplayAfterTheStoryWasDeletedIs404AndNeverShowsTheDeletedText() {
        Applicant ana = Applicant.register();
        String key = UUID.randomUUID().toString();
        Map<String, Object> story = Map.of("title", "rapid response on nights", "summary", TEXT);
        String id = create(ana, key, story);
        ana.request().delete("/api/v1/stories/" + id).then().statusCode(204);

        String body = ana.request()
                .header("Idempotency-Key", key)
                .body(story)
                .post("/api/v1/stories")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lorkit:problem:not-found"))
                .extract()
                .asString();
        assertFalse(body.contains("septic"), body);
        assertFalse(body.contains("rapid response"), body);
        ana.request().get("/api/v1/stories").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aReplayAnswersTheCreatedStoryAsItIsNowForTheOutbox() {
        Applicant ana = Applicant.register();
        String key = UUID.randomUUID().toString();
        Map<String, Object> story = Map.of("title", "offline on the wards", "summary", TEXT);
        String id = create(ana, key, story);
        String etag =
                ana.request().get("/api/v1/stories/" + id).then().extract().header("ETag");
        ana.request()
                .header("If-Match", etag)
                .body(Map.of("title", "Rapid response, night 3", "summary", TEXT))
                .put("/api/v1/stories/" + id)
                .then()
                .statusCode(200);

        ana.request()
                .header("Idempotency-Key", key)
                .body(story)
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/stories/" + id))
                .header("Idempotency-Replayed", "true")
                .header("ETag", not(equalTo(etag)))
                .body("id", equalTo(id))
                .body("title", equalTo("Rapid response, night 3"));
        ana.request().get("/api/v1/stories").then().body("total", equalTo(1));
    }

    @Test
    void theRecordKeepsStatusLocationAndAHashButNeverTheBody() {
        Applicant ana = Applicant.register();
        String key = UUID.randomUUID().toString();
        String id = create(ana, key, Map.of("title", "lumbar puncture with dr okafor", "summary", TEXT));

        List<String> columns = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                        SELECT column_name FROM information_schema.columns
                        WHERE table_name = 'idempotency_record' ORDER BY column_name""").getResultList().stream()
                        .map(String::valueOf)
                        .toList());
        assertEquals(
                List.of("created_at", "idem_key", "location", "owner_id", "request_hash", "request_path", "status"),
                columns);
        Object[] row = QuarkusTransaction.requiringNew().call(() ->
                (Object[]) em.createNativeQuery("""
                        SELECT status, location, request_hash, row_to_json(r)::text FROM idempotency_record r
                        WHERE idem_key = ?1""").setParameter(1, key).getSingleResult());
        assertEquals(201, ((Number) row[0]).intValue());
        assertEquals("/api/v1/stories/" + id, row[1]);
        assertTrue(((String) row[2]).matches("[0-9a-f]{64}"), "a SHA-256 in hex: " + row[2]);
        assertFalse(((String) row[3]).contains("septic"), "the stored record holds story text: " + row[3]);
        assertFalse(((String) row[3]).contains("okafor"), "the stored record holds story text: " + row[3]);
    }

    @Test
    void theSameKeyForAnotherStoryIs409AndStoresNothing() {
        Applicant ana = Applicant.register();
        String key = UUID.randomUUID().toString();
        create(ana, key, Map.of("title", "central line"));
        ana.request()
                .header("Idempotency-Key", key)
                .body(Map.of("title", "a different story"))
                .post("/api/v1/stories")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("use a new key"));
        ana.request().get("/api/v1/stories").then().body("total", equalTo(1));
    }

    @Test
    void recordsOlderThan72HoursAreSweptAndYoungerOnesStay() {
        on("2027-01-12");
        Applicant ana = Applicant.register();
        String old = UUID.randomUUID().toString();
        String oldId = create(ana, old, Map.of("title", "code blue on 5 west"));
        clock.advance(Duration.ofHours(48));
        String young = UUID.randomUUID().toString();
        String youngId = create(ana, young, Map.of("title", "family meeting"));

        clock.advance(Duration.ofHours(24).plusMinutes(1)); // old: 72 h 1 min; young: 24 h 1 min
        assertTrue(idempotent.sweep(clock.instant()) >= 1);

        assertEquals(0L, records(old), "a record older than 72 hours stayed");
        assertEquals(1L, records(young), "a record younger than 72 hours went");
        // The forgotten key is a new request now; the kept one still answers its story.
        String again = create(ana, old, Map.of("title", "code blue on 5 west"));
        assertNotEquals(oldId, again);
        ana.request()
                .header("Idempotency-Key", young)
                .body(Map.of("title", "family meeting"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .body("id", equalTo(youngId));
    }

    private long records(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number)
                                em.createNativeQuery("SELECT count(*) FROM idempotency_record WHERE idem_key = ?1")
                                        .setParameter(1, key)
                                        .getSingleResult())
                        .longValue());
    }
}
