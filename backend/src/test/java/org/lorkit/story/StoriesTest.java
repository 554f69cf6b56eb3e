package org.lorkit.story;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

@QuarkusTest
class StoriesTest {

    private static String create(Applicant who, Map<String, ?> body) {
        return who.request()
                .body(body)
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void quickCaptureNeedsOnlyATitle() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("title", "Presented a DKA case on rounds"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/stories/"))
                .header("ETag", notNullValue())
                .body("title", equalTo("Presented a DKA case on rounds"))
                .body("kind", equalTo("CASE"))
                .body("includeInPacket", equalTo(true))
                .body("summary", nullValue());
    }

    @Test
    void quickCaptureWithOnlyASentenceMakesItTheTitle() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of(
                        "summary",
                        "Spotted a low potassium before discharge. Attending thanked me in front of the team."))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .body("title", equalTo("Spotted a low potassium before discharge"));
    }

    @Test
    void aStoryWithNeitherTitleNorSummaryIsRefusedNamingTheField() {
        Applicant.register()
                .request()
                .body(Map.of("whatIDid", "stuff"))
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
    }

    @Test
    void aTitleLongerThan200CharactersIsRefused() {
        Applicant.register()
                .request()
                .body(Map.of("title", "x".repeat(201)))
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("title"));
    }

    @Test
    void aStoryDatedInTheFutureIsRefused() {
        Applicant.register()
                .request()
                .body(Map.of("title", "t", "occurredOn", "2999-01-01"))
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("occurredOn"));
    }

    @Test
    void myStoriesAreListedNewestFirstWithPaging() {
        Applicant ana = Applicant.register();
        for (int i = 1; i <= 3; i++) {
            create(ana, Map.of("title", "story " + i));
        }
        ana.request()
                .queryParam("size", 2)
                .get("/api/v1/stories")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items", hasSize(2))
                .body("items[0].title", equalTo("story 3"))
                .body("items[1].title", equalTo("story 2"));
        ana.request()
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/stories")
                .then()
                .body("items", hasSize(1))
                .body("items[0].title", equalTo("story 1"));
    }

    @Test
    void aBadPageSizeOrSortIsA400() {
        Applicant ana = Applicant.register();
        ana.request()
                .queryParam("size", 101)
                .get("/api/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("size"));
        ana.request()
                .queryParam("page", -1)
                .get("/api/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("page"));
        ana.request()
                .queryParam("sort", "passwordHash")
                .get("/api/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
        ana.request()
                .queryParam("size", "many")
                .get("/api/v1/stories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anotherApplicantsStoryAnswers404ForEveryOperation() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        String anasStory = create(ana, Map.of("title", "Ana's case"));
        ben.request()
                .get("/api/v1/stories/" + anasStory)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        ben.request()
                .body(Map.of("title", "hijacked"))
                .put("/api/v1/stories/" + anasStory)
                .then()
                .statusCode(404);
        ben.request().delete("/api/v1/stories/" + anasStory).then().statusCode(404);
        ben.request().get("/api/v1/stories").then().body("total", equalTo(0));
        ana.request().get("/api/v1/stories/" + anasStory).then().statusCode(200).body("title", equalTo("Ana's case"));
    }

    @Test
    void anUpdateWithAStaleIfMatchIsRefusedWith412AndChangesNothing() {
        Applicant ana = Applicant.register();
        String id = create(ana, Map.of("title", "first"));
        String etag = ana.request()
                .get("/api/v1/stories/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String newer = ana.request()
                .header("If-Match", etag)
                .body(Map.of("title", "second"))
                .put("/api/v1/stories/" + id)
                .then()
                .statusCode(200)
                .body("title", equalTo("second"))
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, newer);
        ana.request()
                .header("If-Match", etag)
                .body(Map.of("title", "third"))
                .put("/api/v1/stories/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        ana.request()
                .header("If-Match", etag)
                .delete("/api/v1/stories/" + id)
                .then()
                .statusCode(412);
        ana.request().get("/api/v1/stories/" + id).then().body("title", equalTo("second"));
    }

    @Test
    void deletingAStoryAnswers204AndItIsGone() {
        Applicant ana = Applicant.register();
        String id = create(ana, Map.of("title", "to delete"));
        ana.request().delete("/api/v1/stories/" + id).then().statusCode(204);
        ana.request().get("/api/v1/stories/" + id).then().statusCode(404);
    }

    @Test
    void replayingACreateWithTheSameIdempotencyKeyCreatesNothingNew() {
        Applicant ana = Applicant.register();
        String key = UUID.randomUUID().toString();
        String first = ana.request()
                .header("Idempotency-Key", key)
                .body(Map.of("title", "offline story"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String replay = ana.request()
                .header("Idempotency-Key", key)
                .body(Map.of("title", "offline story"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .header("Location", containsString(first))
                .extract()
                .path("id");
        assertEquals(first, replay);
        ana.request().get("/api/v1/stories").then().body("total", equalTo(1));
    }

    @Test
    void idempotencyKeysBelongToTheirApplicant() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        String key = UUID.randomUUID().toString();
        ana.request()
                .header("Idempotency-Key", key)
                .body(Map.of("title", "ana"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        ben.request()
                .header("Idempotency-Key", key)
                .body(Map.of("title", "ben"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .body("title", equalTo("ben"));
    }
}
