package org.lorkit.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Lor;
import org.lorkit.support.TwoWritersSeason;

/**
 * Letter records that match reality: each move dated on the day it happened with a note, moves that
 * cannot be true refused with a sentence naming the days, the last move correctable with the
 * correction kept in the history.
 */
@QuarkusTest
class LetterRecordsTest {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Inject
    MutableClock clock;

    TwoWritersSeason season;
    String letter;

    @BeforeEach
    void theProgramDirectorsLetter() {
        season = TwoWritersSeason.start(clock);
        letter = Lor.letter(season.ana, season.okafor);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    /** The day the applicant picked, as the app sends it: 12:00 in their time zone. */
    private static String noon(String day) {
        return LocalDate.parse(day).atTime(12, 0).atZone(CHICAGO).toInstant().toString();
    }

    private Response move(String to, String day, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to));
        if (day != null) {
            body.put("at", noon(day));
        }
        if (note != null) {
            body.put("note", note);
        }
        return season.ana.request().body(body).post("/api/v1/letters/" + letter + "/transitions");
    }

    private Response correct(String to, String day, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("to", to));
        if (day != null) {
            body.put("at", noon(day));
        }
        if (note != null) {
            body.put("note", note);
        }
        return season.ana
                .request()
                .header("If-Match", Lor.etag(season.ana, "/api/v1/letters/" + letter))
                .body(body)
                .post("/api/v1/letters/" + letter + "/corrections");
    }

    private JsonPath read() {
        return season.ana
                .request()
                .get("/api/v1/letters/" + letter)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void refused(Response answer, int status, String sentence) {
        assertEquals(status, answer.statusCode(), answer.asString());
        assertEquals("application/problem+json", answer.contentType().split(";")[0]);
        assertEquals(sentence, answer.jsonPath().getString("detail"));
    }

    @Test
    void eachMoveKeepsTheDayItHappenedAndItsNote() {
        assertEquals(List.of("SIGNALED", "ASKED", "IMPORTED"), read().getList("allowedNext"));
        assertEquals(false, read().getBoolean("canCorrectLast"));
        assertEquals(
                200,
                move("ASKED", "2026-11-30", "asked after rounds, he smiled").statusCode());
        JsonPath after = read();
        assertEquals("2026-11-30T18:00:00Z", after.getString("history[0].at"));
        assertEquals("asked after rounds, he smiled", after.getString("history[0].note"));
        assertEquals(false, after.getBoolean("history[0].correction"));
        assertEquals(List.of("AGREED", "DECLINED", "BOUNCED", "WITHDRAWN"), after.getList("allowedNext"));
        assertEquals(true, after.getBoolean("canCorrectLast"));
        // Without a day the move is dated now.
        assertEquals(200, move("AGREED", null, null).statusCode());
        assertEquals(
                clock.instant().toString().replace(".000", ""),
                read().getString("history[1].at").replace(".000", ""));
    }

    @Test
    void aRequestInErasBeforeErasOpensIsRefusedWithTheOpeningDate() {
        move("ASKED", "2026-11-30", null);
        move("AGREED", "2026-11-30", null);
        move("PACKET_SENT", "2026-12-01", null);
        refused(
                move("REQUESTED_IN_ERAS", "2026-12-01", null),
                422,
                "ERAS opens on June 2, 2027; a letter cannot be requested there before then (the move was dated December 1, 2026).");
        assertEquals("PACKET_SENT", read().getString("status"));
        // Recording the formal request email does not move it there either, and says why.
        season.ana
                .request()
                .body(Map.of("kind", "FORMAL_REQUEST", "letterId", letter))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200)
                .body("letterStatus", org.hamcrest.Matchers.equalTo("PACKET_SENT"))
                .body("effect", org.hamcrest.Matchers.containsString("ERAS opens on June 2, 2027"));
    }

    @Test
    void aMoveDatedInTheFutureIsRefusedNamingBothDays() {
        refused(
                move("ASKED", "2026-12-05", null),
                422,
                "That day has not come yet: December 5, 2026 is after today, December 1, 2026. Date a move on the day it happened.");
        assertEquals("CANDIDATE", read().getString("status"));
    }

    @Test
    void aMoveDatedBeforeTheOneBeforeItIsRefused() {
        move("ASKED", "2026-11-30", null);
        refused(
                move("AGREED", "2026-11-27", null),
                422,
                "The letter reached asked on November 30, 2026; a later move cannot be dated before that (November 27, 2026).");
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsA409NamingTheAllowedOnes() {
        Response answer = move("RECEIVED", "2026-11-30", null);
        assertEquals(409, answer.statusCode());
        assertEquals(List.of("SIGNALED", "ASKED", "IMPORTED"), answer.jsonPath().getList("allowedNext"));
        assertTrue(answer.jsonPath().getString("detail").contains("cannot move from CANDIDATE to RECEIVED"));
    }

    @Test
    void aMisTappedAgreedIsCorrectedToDeclinedAndTheHistoryKeepsBoth() {
        move("ASKED", "2026-11-30", null);
        move("AGREED", "2026-11-30", null);
        Response fixed = correct("DECLINED", null, "tapped agreed by mistake; he cannot write this year");
        assertEquals(200, fixed.statusCode(), fixed.asString());
        assertTrue(fixed.header("ETag") != null);
        JsonPath letterNow = read();
        assertEquals("DECLINED", letterNow.getString("status"));
        assertEquals("DECLINED", letterNow.getString("commitment"));
        assertEquals(List.of("ASKED", "AGREED", "DECLINED"), letterNow.getList("history.to"));
        assertEquals(List.of(false, false, true), letterNow.getList("history.correction"));
        assertEquals("AGREED", letterNow.getString("history[2].from"));
        // Dated like the move it corrects unless told otherwise.
        assertEquals(letterNow.getString("history[1].at"), letterNow.getString("history[2].at"));
        assertEquals(List.of(), letterNow.getList("allowedNext"));
        assertEquals(true, letterNow.getBoolean("canCorrectLast"));
        // The plan reads what stands: no packet is owed to a writer who declined.
        String plan = season.ana
                .request()
                .get("/api/v1/plan")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(!plan.contains("letter-" + letter + "-packet"), plan);
    }

    @Test
    void correctionsGoBackMoveByMoveUntilNoneStands() {
        move("SIGNALED", "2026-11-27", null);
        move("ASKED", "2026-11-30", null);
        assertEquals(
                200, correct("SIGNALED", null, "not asked yet, only hinted").statusCode());
        assertEquals(200, correct("CANDIDATE", null, null).statusCode());
        JsonPath now = read();
        assertEquals("CANDIDATE", now.getString("status"));
        assertEquals(List.of("SIGNALED", "ASKED", "SIGNALED", "CANDIDATE"), now.getList("history.to"));
        assertEquals(false, now.getBoolean("canCorrectLast"));
        Response nothing = correct("SIGNALED", null, null);
        assertEquals(409, nothing.statusCode());
        assertEquals(
                "There is no move to correct: this letter is at candidate with no move standing since it was created.",
                nothing.jsonPath().getString("detail"));
    }

    @Test
    void aCorrectionCanOnlyLeadWhereTheMoveBeforeCouldHaveGone() {
        move("ASKED", "2026-11-30", null);
        move("AGREED", "2026-11-30", null);
        Response answer = correct("PACKET_SENT", null, null);
        assertEquals(409, answer.statusCode());
        assertEquals(
                "The last move took this letter from asked to agreed; a correction can take it back to asked or to declined "
                        + "or request bounced or withdrawn, not to packet sent.",
                answer.jsonPath().getString("detail"));
        assertEquals(
                List.of("ASKED", "DECLINED", "BOUNCED", "WITHDRAWN"),
                answer.jsonPath().getList("allowedNext"));
    }

    @Test
    void aCorrectionNeedsTheETagItCorrects() {
        move("ASKED", "2026-11-30", null);
        Response answer =
                season.ana.request().body(Map.of("to", "CANDIDATE")).post("/api/v1/letters/" + letter + "/corrections");
        assertEquals(400, answer.statusCode());
        assertEquals(
                412,
                season.ana
                        .request()
                        .header("If-Match", "\"0\"")
                        .body(Map.of("to", "CANDIDATE"))
                        .post("/api/v1/letters/" + letter + "/corrections")
                        .statusCode());
        assertEquals("ASKED", read().getString("status"));
    }

    @Test
    void anUndoneReceivedClearsTheDayItSetAndTheRulesForgetIt() {
        move("ASKED", "2026-11-30", null);
        move("AGREED", "2026-11-30", null);
        move("PACKET_SENT", "2026-12-01", null);
        clock.setDay(LocalDate.of(2027, 6, 10));
        assertEquals(200, move("REQUESTED_IN_ERAS", "2027-06-03", null).statusCode());
        assertEquals(200, move("RECEIVED", "2027-06-09", null).statusCode());
        assertEquals("2027-06-09", read().getString("receivedOn"));
        assertEquals(
                200,
                correct("REQUESTED_IN_ERAS", null, "ERAS showed another writer's letter")
                        .statusCode());
        JsonPath now = read();
        assertEquals("REQUESTED_IN_ERAS", now.getString("status"));
        assertNull(now.getString("receivedOn"));
        assertEquals(List.of("RECEIVED", "BOUNCED", "WITHDRAWN"), now.getList("allowedNext"));
        String portfolio = season.ana
                .request()
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(portfolio.contains("\"received\":0"), portfolio);
    }

    @Test
    void theSoftDeadlineSuggestedIsThreeWeeksBeforeSubmission() {
        JsonPath now = read();
        assertEquals("2027-08-18", now.getString("softDeadlineSuggested"));
        assertNull(now.getString("softDeadline"));
    }
}
