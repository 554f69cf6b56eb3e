package org.lorkit.share;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;

/**
 * A shared link lives as the applicant says: an adviser's view until its day (30 days by default), a writer's
 * page until the letter is in or a newer page replaces it; revoked at once; every view counted where she sees
 * it; gone with her account; kept through a password change; ended by "log out everywhere" only when asked.
 * A link that does not open answers one identical 404, whatever the reason.
 */
@QuarkusTest
class ShareLinkLifeTest extends OnASharingSeason {

    /** The body every link that does not open answers, byte for byte. */
    private static String gone(String token) {
        Response r = SharingSeason.open(token);
        r.then().statusCode(404).contentType("application/problem+json");
        return r.asString();
    }

    private static final String GONE_BODY = "{\"type\":\"urn:lorkit:problem:not-found\",\"title\":\"Not found\","
            + "\"status\":404,\"detail\":\"This link does not work any more. Ask the applicant for a new one.\"}";

    private JsonPath mine(String id) {
        return s.ana.request()
                .get("/api/v1/share-links/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void anUnknownTokenAnswersTheOneNotFoundBody() {
        assertEquals(GONE_BODY, gone("q3Jx9vT0mXc2o1bYpLr8W4eZsA7nDkUfHgIjKlMnOpQ"));
        assertEquals(GONE_BODY, gone("not-even-a-token"));
    }

    @Test
    void anAdviserLinkOpensUntilTheEndOfItsDayThirtyDaysOutThenAnswersNotFound() {
        JsonPath made = s.adviserLink(false, false);
        assertEquals(LocalDate.of(2026, 12, 31).toString(), made.getString("expiresOn"));
        assertEquals("ACTIVE", made.getString("state"));
        String token = SharingSeason.token(made);
        SharingSeason.open(token).then().statusCode(200).body("expiresOn", equalTo("2026-12-31"));

        // 11 pm in Chicago on its last day: still open.
        clock.set(java.time.ZonedDateTime.of(2026, 12, 31, 23, 0, 0, 0, java.time.ZoneId.of("America/Chicago"))
                .toInstant());
        limiter.reset(SharedPageService.clientKey("127.0.0.1"));
        SharingSeason.open(token).then().statusCode(200);
        clock.advance(Duration.ofHours(1).plusMinutes(1));
        assertEquals(GONE_BODY, gone(token));
        assertEquals("EXPIRED", mine(made.getString("id")).getString("state"));
    }

    @Test
    void anAdviserLinkTakesAtMostHalfAYearAndNeedsToSayWhoItIsFor() {
        SharingSeason.make(s.ana, Map.of("kind", "ADVISER", "label", "coach", "expiresOn", "2027-05-30"))
                .then()
                .statusCode(201)
                .body("expiresOn", equalTo("2027-05-30"));
        SharingSeason.make(s.ana, Map.of("kind", "ADVISER", "label", "coach", "expiresOn", "2027-05-31"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("expiresOn"))
                .body("errors[0].message", equalTo("can be at most 180 days from today (2027-05-30)"));
        SharingSeason.make(s.ana, Map.of("kind", "ADVISER", "expiresOn", "2026-12-20"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("label"));
        SharingSeason.make(s.ana, Map.of("kind", "ADVISER", "label", "x".repeat(81)))
                .then()
                .statusCode(400);
    }

    @Test
    void revokingAnswersNotFoundAtOnceWithTheSameBodyAsAnUnknownLinkAndCanBeRepeated() {
        JsonPath made = s.writerLink(s.mitchellLetter);
        String token = SharingSeason.token(made);
        SharingSeason.open(token).then().statusCode(200);
        s.ana.request()
                .delete("/api/v1/share-links/" + made.getString("id"))
                .then()
                .statusCode(204);
        assertEquals(GONE_BODY, gone(token));
        s.ana.request()
                .delete("/api/v1/share-links/" + made.getString("id"))
                .then()
                .statusCode(204);
        JsonPath after = mine(made.getString("id"));
        assertEquals("REVOKED", after.getString("state"));
        assertTrue(after.getString("revokedAt").startsWith("2026-12-01T"), after.getString("revokedAt"));
        assertNull(after.get("url"));
        SharingSeason.answer(token, Map.of("answer", "UPLOADED")).then().statusCode(404);
    }

    @Test
    void aNewWriterLinkEndsTheEarlierOneOfThatLetterOnly() {
        JsonPath first = s.writerLink(s.mitchellLetter);
        JsonPath okafors = s.writerLink(s.okaforLetter);
        JsonPath second = s.writerLink(s.mitchellLetter);
        assertEquals(GONE_BODY, gone(SharingSeason.token(first)));
        assertEquals("ENDED", mine(first.getString("id")).getString("state"));
        SharingSeason.open(SharingSeason.token(second)).then().statusCode(200);
        SharingSeason.open(SharingSeason.token(okafors)).then().statusCode(200);
        assertEquals("ACTIVE", mine(okafors.getString("id")).getString("state"));
    }

    @Test
    void aWriterLinkEndsWhenTheApplicantMarksTheLetterReceived() {
        JsonPath made = s.writerLink(s.okaforLetter);
        String token = SharingSeason.token(made);
        Lor.moveLetter(s.ana, s.okaforLetter, "ASKED", "AGREED", "PACKET_SENT");
        SharingSeason.open(token).then().statusCode(200);
        on("2027-06-03");
        Lor.moveLetter(s.ana, s.okaforLetter, "REQUESTED_IN_ERAS");
        limiter.reset(SharedPageService.clientKey("127.0.0.1"));
        SharingSeason.open(token).then().statusCode(200);
        Lor.moveLetter(s.ana, s.okaforLetter, "RECEIVED");
        assertEquals(GONE_BODY, gone(token));
        assertEquals("ENDED", mine(made.getString("id")).getString("state"));
        // A received letter needs no page: asking for one is a clear 409.
        SharingSeason.make(s.ana, Map.of("kind", "WRITER", "letterId", s.okaforLetter))
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo("letterId: this letter is received, so there is nothing left for the writer to do: "
                                + "no page is needed"));
    }

    @Test
    void everyViewIsCountedWithWhenItWasLastSeenInTheApplicantsList() {
        JsonPath made = s.writerLink(s.mitchellLetter);
        assertEquals(0, made.getInt("viewCount"));
        assertNull(made.get("lastViewedAt"));
        String token = SharingSeason.token(made);
        SharingSeason.open(token).then().statusCode(200);
        clock.advance(Duration.ofMinutes(7));
        SharingSeason.open(token).then().statusCode(200);
        SharingSeason.open(token).then().statusCode(200);
        String expectedLastSeen = clock.instant().toString();

        JsonPath list = s.ana.request()
                .get("/api/v1/share-links")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, list.getInt("total"));
        assertEquals(3, list.getInt("items[0].viewCount"));
        assertEquals(expectedLastSeen, list.getString("items[0].lastViewedAt"));
        assertEquals("Sarah Mitchell, MD", list.getString("items[0].writerName"));
        assertNull(list.get("items[0].url"), "the address is shown once, when made");
        // Answering is not a view.
        SharingSeason.answer(token, Map.of("answer", "WILL_WRITE")).then().statusCode(201);
        assertEquals(3, mine(made.getString("id")).getInt("viewCount"));
    }

    @Test
    void viewsCountedAtTheSameTimeAreAllCounted() throws Exception {
        JsonPath made = s.writerLink(s.mitchellLetter);
        String token = SharingSeason.token(made);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> views = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                views.add(pool.submit(() -> SharingSeason.open(token).statusCode()));
            }
            for (var v : views) {
                assertEquals(200, v.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(8, mine(made.getString("id")).getInt("viewCount"));
    }

    @Test
    void theListIsNewestFirstWithEndedOnesAndAnEtagOnEachLink() {
        JsonPath first = s.adviserLink(false, false);
        clock.advance(Duration.ofMinutes(1));
        JsonPath second = s.writerLink(s.okaforLetter);
        s.ana.request()
                .delete("/api/v1/share-links/" + first.getString("id"))
                .then()
                .statusCode(204);
        JsonPath list = s.ana.request()
                .get("/api/v1/share-links")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(second.getString("id"), first.getString("id")), list.getList("items.id"));
        assertEquals(List.of("ACTIVE", "REVOKED"), list.getList("items.state"));
        s.ana.request()
                .get("/api/v1/share-links/" + second.getString("id"))
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"" + list.getLong("items[0].version") + "\""))
                .body("letterId", equalTo(s.okaforLetter))
                .body("writerName", equalTo("Dr James Okafor"))
                .body("expiresOn", nullValue());
    }

    @Test
    void anotherApplicantsLinkIdAnswersNotFoundOnReadAndRevoke() {
        JsonPath made = s.writerLink(s.mitchellLetter);
        Applicant bob = Applicant.register();
        bob.request().get("/api/v1/share-links/" + made.getString("id")).then().statusCode(404);
        bob.request()
                .delete("/api/v1/share-links/" + made.getString("id"))
                .then()
                .statusCode(404);
        assertEquals(
                0,
                bob.request()
                        .get("/api/v1/share-links")
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("total"));
        // Nor can she make a page for another applicant's letter.
        SharingSeason.make(bob, Map.of("kind", "WRITER", "letterId", s.mitchellLetter))
                .then()
                .statusCode(404);
        SharingSeason.open(SharingSeason.token(made)).then().statusCode(200);
    }

    @Test
    void deletingTheAccountEndsItsLinks() {
        String writer = SharingSeason.token(s.writerLink(s.mitchellLetter));
        String adviser = SharingSeason.token(s.adviserLink(true, true));
        SharingSeason.open(adviser).then().statusCode(200);
        s.ana.request()
                .body(Map.of("password", Applicant.PASSWORD))
                .delete("/api/v1/me")
                .then()
                .statusCode(204);
        assertEquals(GONE_BODY, gone(writer));
        assertEquals(GONE_BODY, gone(adviser));
    }

    @Test
    void aPasswordChangeLeavesTheLinksWorking() {
        String writer = SharingSeason.token(s.writerLink(s.mitchellLetter));
        String adviser = SharingSeason.token(s.adviserLink(false, false));
        String fresh = s.ana.request()
                .body(Map.of("currentPassword", Applicant.PASSWORD, "newPassword", "night-float-is-over-2027"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        SharingSeason.open(writer).then().statusCode(200);
        SharingSeason.open(adviser).then().statusCode(200);
        JsonPath list = given().auth()
                .oauth2(fresh)
                .get("/api/v1/share-links")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("ACTIVE", "ACTIVE"), list.getList("items.state"));
    }

    @Test
    void loggingOutEverywhereKeepsTheLinksUnlessAskedToEndThem() {
        String writer = SharingSeason.token(s.writerLink(s.mitchellLetter));
        s.ana.request().post("/api/v1/auth/logout-everywhere").then().statusCode(204);
        SharingSeason.open(writer).then().statusCode(200);

        Applicant again = login(s.ana);
        String adviser = SharingSeason.token(SharingSeason.make(again, Map.of("kind", "ADVISER", "label", "mentor"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath());
        String ended = SharingSeason.token(SharingSeason.make(again, Map.of("kind", "ADVISER", "label", "coach"))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath());
        again.request()
                .post("/api/v1/auth/logout-everywhere?endShareLinks=true")
                .then()
                .statusCode(204);
        assertEquals(GONE_BODY, gone(writer));
        assertEquals(GONE_BODY, gone(adviser));
        assertEquals(GONE_BODY, gone(ended));
        JsonPath list = given().auth()
                .oauth2(login(s.ana).accessToken())
                .get("/api/v1/share-links")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("REVOKED", "REVOKED", "REVOKED"), list.getList("items.state"));
    }

    @Test
    void logoutEverywhereRefusesAnEndShareLinksThatIsNotTrueOrFalse() {
        s.ana.request()
                .post("/api/v1/auth/logout-everywhere?endShareLinks=yes")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("endShareLinks"));
    }

    private static Applicant login(Applicant who) {
        var tokens = given().contentType(ContentType.JSON)
                .body(Map.of("email", who.email(), "password", who.password()))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new Applicant(
                who.email(), who.password(), tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }

    @Test
    void aWriterLinkNeedsALetterOfTheSeasonStillUnderway() {
        SharingSeason.make(s.ana, Map.of("kind", "WRITER"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("letterId"));
        Lor.moveLetter(s.ana, s.mitchellLetter, "ASKED", "DECLINED");
        SharingSeason.make(s.ana, Map.of("kind", "WRITER", "letterId", s.mitchellLetter))
                .then()
                .statusCode(409)
                .body(
                        "detail",
                        equalTo("letterId: this letter is declined, so there is nothing left for the writer "
                                + "to do: no page is needed"));
        assertFalse(s.ana.request()
                .get("/api/v1/share-links")
                .then()
                .extract()
                .jsonPath()
                .getList("items")
                .iterator()
                .hasNext());
    }
}
