package org.lorkit.letter;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;

@QuarkusTest
class LettersTest {

    private static String transition(Applicant who, String letter, Map<String, ?> body, int status) {
        return who.request()
                .body(body)
                .post("/api/v1/letters/" + letter + "/transitions")
                .then()
                .statusCode(status)
                .extract()
                .asString();
    }

    @Test
    void aLetterRequestStartsAsACandidateWithAnEmptyHistory() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        ana.request()
                .body(Map.of("attendingId", lee))
                .post("/api/v1/letters")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/letters/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("CANDIDATE"))
                .body("history", empty())
                .body("letterType", equalTo("TARGET_SPECIALTY"))
                .body("attendingName", equalTo("Dr Lee"))
                .body("waivedRightToSee", nullValue())
                .body("remindersSent", empty())
                .body("thankYouNotes", empty())
                .body("programIds", empty());
    }

    @Test
    void oneLetterRequestPerAttending() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        String kim = Lor.attending(ana, "Dr Kim", "CORE_FACULTY", null, true);
        Lor.letter(ana, lee);
        String kims = Lor.letter(ana, kim);
        ana.request()
                .body(Map.of("attendingId", lee))
                .post("/api/v1/letters")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("attendingId"));
        ana.request()
                .body(Map.of("attendingId", lee))
                .put("/api/v1/letters/" + kims)
                .then()
                .statusCode(409)
                .body("errors.field", contains("attendingId"));
        ana.request().get("/api/v1/letters").then().body("total", equalTo(2));
    }

    @Test
    void anErasLetterIdIsUsedOnceInAnAccount() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        String kim = Lor.attending(ana, "Dr Kim", "CORE_FACULTY", null, true);
        String lees = Lor.create(ana, "/api/v1/letters", Map.of("attendingId", lee, "erasLetterId", "L-448120"));
        ana.request()
                .body(Map.of("attendingId", kim, "erasLetterId", " L-448120 "))
                .post("/api/v1/letters")
                .then()
                .statusCode(409)
                .body("errors.field", contains("erasLetterId"));
        // Saving a letter request with its own ID again is fine.
        ana.request()
                .body(Map.of("attendingId", lee, "erasLetterId", "L-448120", "commitment", "STRONG"))
                .put("/api/v1/letters/" + lees)
                .then()
                .statusCode(200)
                .body("commitment", equalTo("STRONG"));
        // Another applicant may hold the same ID.
        Applicant ben = Applicant.register();
        String bens = Lor.attending(ben, "Dr Ben", "CORE_FACULTY", null, true);
        ben.request()
                .body(Map.of("attendingId", bens, "erasLetterId", "L-448120"))
                .post("/api/v1/letters")
                .then()
                .statusCode(201);
    }

    @Test
    void theWaiverOfTheRightToSeeCannotBeUndone() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        String letter = Lor.create(ana, "/api/v1/letters", Map.of("attendingId", lee, "waivedRightToSee", false));
        ana.request()
                .body(Map.of("attendingId", lee, "waivedRightToSee", true))
                .put("/api/v1/letters/" + letter)
                .then()
                .statusCode(200)
                .body("waivedRightToSee", equalTo(true));
        ana.request()
                .body(Map.of("attendingId", lee, "waivedRightToSee", false))
                .put("/api/v1/letters/" + letter)
                .then()
                .statusCode(409)
                .body("errors.field", contains("waivedRightToSee"))
                .body("detail", containsString("cannot be undone"));
        ana.request()
                .body(Map.of("attendingId", lee))
                .put("/api/v1/letters/" + letter)
                .then()
                .statusCode(409)
                .body("errors.field", contains("waivedRightToSee"));
        ana.request().get("/api/v1/letters/" + letter).then().body("waivedRightToSee", equalTo(true));
    }

    @Test
    void theStatusIsReadOnlyOnPut() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        String letter = Lor.letter(ana, lee);
        ana.request()
                .body(Map.of("attendingId", lee, "status", "RECEIVED", "history", List.of()))
                .put("/api/v1/letters/" + letter)
                .then()
                .statusCode(200)
                .body("status", equalTo("CANDIDATE"));
    }

    @Test
    void theWholeFlowIsAllowedAndEveryChangeIsKeptInTheHistory() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        String letter = Lor.letter(ana, lee);
        Instant start = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<String> flow = List.of("SIGNALED", "ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS", "RECEIVED");
        for (int i = 0; i < flow.size(); i++) {
            transition(
                    ana,
                    letter,
                    Map.of(
                            "to",
                            flow.get(i),
                            "at",
                            start.plus(i, ChronoUnit.DAYS).toString(),
                            "note",
                            "step " + i),
                    200);
        }
        ana.request()
                .get("/api/v1/letters/" + letter)
                .then()
                .statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("history", hasSize(6))
                .body(
                        "history.from",
                        contains("CANDIDATE", "SIGNALED", "ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS"))
                .body("history.to", contains(flow.toArray()))
                .body("history[0].at", equalTo(start.toString()))
                .body("history[5].note", equalTo("step 5"))
                .body(
                        "receivedOn",
                        equalTo(LocalDate.ofInstant(start.plus(5, ChronoUnit.DAYS), java.time.ZoneOffset.UTC)
                                .toString()));
    }

    @Test
    void aCandidateMayBeAskedWithoutTheSoftSignal() {
        Applicant ana = Applicant.register();
        String letter = Lor.letter(ana, Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true));
        transition(ana, letter, Map.of("to", "ASKED"), 200);
        ana.request()
                .get("/api/v1/letters/" + letter)
                .then()
                .body("status", equalTo("ASKED"))
                .body("history.from", contains("CANDIDATE"))
                .body("history[0].at", notNullValue());
    }

    @Test
    void anInvalidJumpIsA409NamingTheAllowedNextStates() {
        Applicant ana = Applicant.register();
        String letter = Lor.letter(ana, Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true));
        String etag = Lor.etag(ana, "/api/v1/letters/" + letter);
        ana.request()
                .body(Map.of("to", "RECEIVED"))
                .post("/api/v1/letters/" + letter + "/transitions")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lorkit:problem:invalid-transition"))
                .body("allowedNext", contains("SIGNALED", "ASKED", "IMPORTED"))
                .body("detail", containsString("CANDIDATE to RECEIVED"));
        Lor.moveLetter(ana, letter, "ASKED");
        ana.request()
                .body(Map.of("to", "PACKET_SENT"))
                .post("/api/v1/letters/" + letter + "/transitions")
                .then()
                .statusCode(409)
                .body("allowedNext", contains("AGREED", "DECLINED", "BOUNCED", "WITHDRAWN"));
        ana.request()
                .get("/api/v1/letters/" + letter)
                .then()
                .body("status", equalTo("ASKED"))
                .body("history", hasSize(1));
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, Lor.etag(ana, "/api/v1/letters/" + letter));
    }

    @Test
    void replayingAStatusChangeWithTheSameIdempotencyKeyRecordsItOnce() {
        Applicant ana = Applicant.register();
        String letter = Lor.letter(ana, Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true));
        String key = java.util.UUID.randomUUID().toString();
        String first = ana.request()
                .header("Idempotency-Key", key)
                .body(Map.of("to", "ASKED"))
                .post("/api/v1/letters/" + letter + "/transitions")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ana.request()
                .header("Idempotency-Key", key)
                .body(Map.of("to", "ASKED"))
                .post("/api/v1/letters/" + letter + "/transitions")
                .then()
                .statusCode(200)
                .header("Idempotency-Replayed", "true")
                .body("history", hasSize(1));
        org.junit.jupiter.api.Assertions.assertTrue(first.contains("\"ASKED\""));
        ana.request().get("/api/v1/letters/" + letter).then().body("history", hasSize(1));
        // Without a key, the same change again is an invalid jump.
        ana.request()
                .body(Map.of("to", "ASKED"))
                .post("/api/v1/letters/" + letter + "/transitions")
                .then()
                .statusCode(409);
    }

    @Test
    void declinedAndReceivedAreFinal() {
        Applicant ana = Applicant.register();
        String letter = Lor.letter(ana, Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true));
        Lor.moveLetter(ana, letter, "ASKED", "DECLINED");
        ana.request().get("/api/v1/letters/" + letter).then().body("commitment", equalTo("DECLINED"));
        ana.request()
                .body(Map.of("to", "AGREED"))
                .post("/api/v1/letters/" + letter + "/transitions")
                .then()
                .statusCode(409)
                .body("allowedNext", empty())
                .body("detail", containsString("final"));
    }

    @Test
    void aChangeCannotBeInTheFutureNorBeforeThePreviousChange() {
        Applicant ana = Applicant.register();
        String letter = Lor.letter(ana, Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true));
        transition(
                ana,
                letter,
                Map.of(
                        "to",
                        "SIGNALED",
                        "at",
                        Instant.now().plus(1, ChronoUnit.DAYS).toString()),
                422);
        transition(
                ana,
                letter,
                Map.of(
                        "to",
                        "SIGNALED",
                        "at",
                        Instant.now().minus(2, ChronoUnit.DAYS).toString()),
                200);
        ana.request()
                .body(Map.of(
                        "to",
                        "ASKED",
                        "at",
                        Instant.now().minus(3, ChronoUnit.DAYS).toString()))
                .post("/api/v1/letters/" + letter + "/transitions")
                .then()
                .statusCode(422)
                .body("errors.field", contains("at"));
        ana.request().get("/api/v1/letters/" + letter).then().body("status", equalTo("SIGNALED"));
    }

    @Test
    void aTransitionWithAStaleIfMatchIsRefusedWith412() {
        Applicant ana = Applicant.register();
        String letter = Lor.letter(ana, Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true));
        String etag = Lor.etag(ana, "/api/v1/letters/" + letter);
        ana.request()
                .header("If-Match", etag)
                .body(Map.of("to", "ASKED"))
                .post("/api/v1/letters/" + letter + "/transitions")
                .then()
                .statusCode(200);
        ana.request()
                .header("If-Match", etag)
                .body(Map.of("to", "AGREED"))
                .post("/api/v1/letters/" + letter + "/transitions")
                .then()
                .statusCode(412);
        ana.request().get("/api/v1/letters/" + letter).then().body("status", equalTo("ASKED"));
    }

    @Test
    void remindersThankYouNotesAndTheSuggestedSoftDeadlineAreKept() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("submissionTargetOn", "2027-09-24"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        ana.request()
                .body(Map.of(
                        "attendingId",
                        lee,
                        "softDeadline",
                        "2027-09-03",
                        "remindersSent",
                        List.of(Lor.day(-2), Lor.day(-20), Lor.day(-2)),
                        "thankYouNotes",
                        List.of(Map.of("occasion", "AFTER_SUBMISSION", "sentOn", Lor.day(-1)))))
                .post("/api/v1/letters")
                .then()
                .statusCode(201)
                .body("suggestedSoftDeadline", equalTo("2027-09-03"))
                .body("remindersSent", contains(Lor.day(-20), Lor.day(-2)))
                .body("thankYouNotes.occasion", contains("AFTER_SUBMISSION"));
        String kim = Lor.attending(ana, "Dr Kim", "CORE_FACULTY", null, true);
        ana.request()
                .body(Map.of(
                        "attendingId",
                        kim,
                        "remindersSent",
                        List.of(Lor.day(3)),
                        "thankYouNotes",
                        List.of(
                                Map.of("occasion", "MATCH_DAY", "sentOn", Lor.day(-1)),
                                Map.of("occasion", "MATCH_DAY", "sentOn", Lor.day(-1)))))
                .post("/api/v1/letters")
                .then()
                .statusCode(400)
                .body("errors.field", contains("remindersSent[0]", "thankYouNotes[1].occasion"));
    }

    @Test
    void aForeignAttendingIsA404NamingTheField() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        ana.request()
                .body(Map.of("attendingId", Lor.attending(ben, "Dr Ben", "CORE_FACULTY", null, true)))
                .post("/api/v1/letters")
                .then()
                .statusCode(404)
                .body("errors.field", contains("attendingId"));
    }

    @Test
    void lettersFilterByStatus() {
        Applicant ana = Applicant.register();
        String asked = Lor.letter(ana, Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true));
        Lor.letter(ana, Lor.attending(ana, "Dr Kim", "CORE_FACULTY", null, true));
        Lor.moveLetter(ana, asked, "ASKED");
        ana.request()
                .queryParam("status", "ASKED")
                .get("/api/v1/letters")
                .then()
                .body("items.id", contains(asked));
        ana.request()
                .queryParam("status", "LOST")
                .get("/api/v1/letters")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void deletingALetterAssignedToAProgramIsA409UnlessCascade() {
        Applicant ana = Applicant.register();
        String letter = Lor.letter(ana, Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true));
        String program =
                Lor.create(ana, "/api/v1/programs", Map.of("name", "UIC IM", "specialty", "Internal Medicine"));
        ana.request()
                .body(Map.of("letterIds", List.of(letter)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200);
        ana.request().get("/api/v1/letters/" + letter).then().body("programIds", contains(program));
        ana.request()
                .delete("/api/v1/letters/" + letter)
                .then()
                .statusCode(409)
                .body("references.resource", contains("programs"))
                .body("references.count", contains(1));
        ana.request()
                .queryParam("cascade", true)
                .delete("/api/v1/letters/" + letter)
                .then()
                .statusCode(204);
        ana.request().get("/api/v1/programs/" + program).then().body("assignedLetters", empty());
    }
}
