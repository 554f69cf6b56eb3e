package org.lorkit.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.OkaforsLetter;

/**
 * Letter records that match reality: each move dated on the day it happened with a note, moves that
 * cannot be true refused with a sentence naming the days, the last move correctable with the
 * correction kept in the history.
 */
@QuarkusTest
class LetterRecordsTest {

    @Inject
    MutableClock clock;

    OkaforsLetter letter;

    @BeforeEach
    void theProgramDirectorsLetter() {
        letter = OkaforsLetter.inTwoWritersSeason(clock);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static void refused(Response answer, int status, String sentence) {
        assertEquals(status, answer.statusCode(), answer.asString());
        assertEquals("application/problem+json", answer.contentType().split(";")[0]);
        assertEquals(sentence, answer.jsonPath().getString("detail"));
    }

    @Test
    void eachMoveKeepsTheDayItHappenedAndItsNote() {
        assertEquals(List.of("SIGNALED", "ASKED", "IMPORTED"), letter.read().getList("allowedNext"));
        assertEquals(false, letter.read().getBoolean("canCorrectLast"));
        assertEquals(
                200,
                letter.move("ASKED", "2026-11-30", "asked after rounds, he smiled")
                        .statusCode());
        JsonPath after = letter.read();
        assertEquals("2026-11-30T18:00:00Z", after.getString("history[0].at"));
        assertEquals("asked after rounds, he smiled", after.getString("history[0].note"));
        assertEquals(false, after.getBoolean("history[0].correction"));
        assertEquals(List.of("AGREED", "DECLINED", "BOUNCED", "WITHDRAWN"), after.getList("allowedNext"));
        assertEquals(true, after.getBoolean("canCorrectLast"));
        // Without a day the move is dated now.
        assertEquals(200, letter.move("AGREED", null, null).statusCode());
        assertEquals(
                clock.instant().toString().replace(".000", ""),
                letter.read().getString("history[1].at").replace(".000", ""));
    }

    @Test
    void aRequestInErasBeforeErasOpensIsRefusedWithTheOpeningDate() {
        letter.move("ASKED", "2026-11-30", null);
        letter.move("AGREED", "2026-11-30", null);
        letter.move("PACKET_SENT", "2026-12-01", null);
        refused(
                letter.move("REQUESTED_IN_ERAS", "2026-12-01", null),
                422,
                "ERAS opens on June 2, 2027; a letter cannot be requested there before then (the move was dated December 1, 2026).");
        assertEquals("PACKET_SENT", letter.read().getString("status"));
        // Recording the formal request email does not move it there either, and says why.
        letter.season
                .ana
                .request()
                .body(Map.of("kind", "FORMAL_REQUEST", "letterId", letter.id))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200)
                .body("letterStatus", org.hamcrest.Matchers.equalTo("PACKET_SENT"))
                .body("effect", org.hamcrest.Matchers.containsString("ERAS opens on June 2, 2027"));
    }

    @Test
    void anObGynLetterRequestedBeforeResidencyCasOpensIsRefusedNamingResidencyCasNotEras() {
        org.lorkit.support.TwoWritersSeason.targetSheet(letter.season.ana, "ob/gyn", Map.of());
        letter.move("ASKED", "2026-11-30", null);
        letter.move("AGREED", "2026-11-30", null);
        letter.move("PACKET_SENT", "2026-12-01", null);
        Response answer = letter.move("REQUESTED_IN_ERAS", "2026-12-01", null);
        assertEquals(422, answer.statusCode(), answer.asString());
        String detail = answer.jsonPath().getString("detail");
        assertTrue(detail.startsWith("ResidencyCAS opens on "), detail);
        assertTrue(
                detail.endsWith(
                        "a letter cannot be requested there before then (the move was dated December 1, 2026)."),
                detail);
        assertTrue(!detail.contains("ERAS"), detail);
        assertEquals("PACKET_SENT", letter.read().getString("status"));
        // Recording the formal request email says the same: ResidencyCAS's day, not ERAS's.
        String effect = letter.season
                .ana
                .request()
                .body(Map.of("kind", "FORMAL_REQUEST", "letterId", letter.id))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200)
                .body("letterStatus", org.hamcrest.Matchers.equalTo("PACKET_SENT"))
                .extract()
                .jsonPath()
                .getString("effect");
        assertTrue(effect.contains("ResidencyCAS opens on "), effect);
        assertTrue(!effect.contains("ERAS"), effect);
    }

    @Test
    void aMoveDatedInTheFutureIsRefusedNamingBothDays() {
        refused(
                letter.move("ASKED", "2026-12-05", null),
                422,
                "That day has not come yet: December 5, 2026 is after today, December 1, 2026. Date a move on the day it happened.");
        assertEquals("CANDIDATE", letter.read().getString("status"));
    }

    @Test
    void aMoveDatedBeforeTheOneBeforeItIsRefused() {
        letter.move("ASKED", "2026-11-30", null);
        refused(
                letter.move("AGREED", "2026-11-27", null),
                422,
                "The letter reached asked on November 30, 2026; a later move cannot be dated before that (November 27, 2026).");
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsA409NamingTheAllowedOnes() {
        Response answer = letter.move("RECEIVED", "2026-11-30", null);
        assertEquals(409, answer.statusCode());
        assertEquals(List.of("SIGNALED", "ASKED", "IMPORTED"), answer.jsonPath().getList("allowedNext"));
        assertTrue(answer.jsonPath().getString("detail").contains("cannot move from CANDIDATE to RECEIVED"));
    }

    @Test
    void aMisTappedAgreedIsCorrectedToDeclinedAndTheHistoryKeepsBoth() {
        letter.move("ASKED", "2026-11-30", null);
        letter.move("AGREED", "2026-11-30", null);
        Response fixed = letter.correct("DECLINED", null, "tapped agreed by mistake; he cannot write this year");
        assertEquals(200, fixed.statusCode(), fixed.asString());
        assertTrue(fixed.header("ETag") != null);
        JsonPath letterNow = letter.read();
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
        String plan = letter.season
                .ana
                .request()
                .get("/api/v1/plan")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(!plan.contains("letter-" + letter.id + "-packet"), plan);
    }

    @Test
    void correctionsGoBackMoveByMoveUntilNoneStands() {
        letter.move("SIGNALED", "2026-11-27", null);
        letter.move("ASKED", "2026-11-30", null);
        assertEquals(
                200,
                letter.correct("SIGNALED", null, "not asked yet, only hinted").statusCode());
        assertEquals(200, letter.correct("CANDIDATE", null, null).statusCode());
        JsonPath now = letter.read();
        assertEquals("CANDIDATE", now.getString("status"));
        assertEquals(List.of("SIGNALED", "ASKED", "SIGNALED", "CANDIDATE"), now.getList("history.to"));
        assertEquals(false, now.getBoolean("canCorrectLast"));
        Response nothing = letter.correct("SIGNALED", null, null);
        assertEquals(409, nothing.statusCode());
        assertEquals(
                "There is no move to correct: this letter is at candidate with no move standing since it was created.",
                nothing.jsonPath().getString("detail"));
    }

    @Test
    void aCorrectionCanOnlyLeadWhereTheMoveBeforeCouldHaveGone() {
        letter.move("ASKED", "2026-11-30", null);
        letter.move("AGREED", "2026-11-30", null);
        Response answer = letter.correct("PACKET_SENT", null, null);
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
        letter.move("ASKED", "2026-11-30", null);
        Response answer = letter.season
                .ana
                .request()
                .body(Map.of("to", "CANDIDATE"))
                .post("/api/v1/letters/" + letter.id + "/corrections");
        assertEquals(400, answer.statusCode());
        assertEquals(
                412,
                letter.season
                        .ana
                        .request()
                        .header("If-Match", "\"0\"")
                        .body(Map.of("to", "CANDIDATE"))
                        .post("/api/v1/letters/" + letter.id + "/corrections")
                        .statusCode());
        assertEquals("ASKED", letter.read().getString("status"));
    }

    @Test
    void anUndoneReceivedClearsTheDayItSetAndTheRulesForgetIt() {
        letter.move("ASKED", "2026-11-30", null);
        letter.move("AGREED", "2026-11-30", null);
        letter.move("PACKET_SENT", "2026-12-01", null);
        clock.setDay(LocalDate.of(2027, 6, 10));
        assertEquals(200, letter.move("REQUESTED_IN_ERAS", "2027-06-03", null).statusCode());
        assertEquals(200, letter.move("RECEIVED", "2027-06-09", null).statusCode());
        assertEquals("2027-06-09", letter.read().getString("receivedOn"));
        assertEquals(
                200,
                letter.correct("REQUESTED_IN_ERAS", null, "ERAS showed another writer's letter")
                        .statusCode());
        JsonPath now = letter.read();
        assertEquals("REQUESTED_IN_ERAS", now.getString("status"));
        assertNull(now.getString("receivedOn"));
        assertEquals(List.of("RECEIVED", "BOUNCED", "WITHDRAWN"), now.getList("allowedNext"));
        String portfolio = letter.season
                .ana
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
        JsonPath now = letter.read();
        assertEquals("2027-08-18", now.getString("softDeadlineSuggested"));
        assertNull(now.getString("softDeadline"));
    }
}
