package org.lorkit.share;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Lor;

/**
 * The three buttons of a writer's page land as the writer's word on the letter (writerWords, writerWord),
 * earliest first, shown on the board; the letter's status stays where the applicant put it. Only a writer's
 * page takes them.
 */
@QuarkusTest
class WriterAnswersTest extends OnASharingSeason {

    private JsonPath letter(String id) {
        return s.ana.request()
                .get("/api/v1/letters/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void theThreeAnswersLandOnTheLetterAsTheWritersWordAndTheStatusStays() {
        Lor.moveLetter(s.ana, s.mitchellLetter, "ASKED", "AGREED", "PACKET_SENT");
        JsonPath before = letter(s.mitchellLetter);
        assertEquals(List.of(), before.getList("writerWords"));
        assertNull(before.get("writerWord"));
        String token = SharingSeason.token(s.writerLink(s.mitchellLetter));

        String willWriteAt = clock.instant().toString();
        SharingSeason.answer(token, Map.of("answer", "WILL_WRITE", "note", "  of course. will do it this weekend  "))
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/shared/" + token))
                .header("Cache-Control", "no-store")
                .body("answer", equalTo("WILL_WRITE"))
                .body("note", equalTo("of course. will do it this weekend"))
                .body("saidAt", equalTo(willWriteAt));
        clock.advance(Duration.ofDays(2));
        String cannotAt = clock.instant().toString();
        Map<String, Object> noNote = new HashMap<>();
        noNote.put("answer", "CANNOT_WRITE");
        noNote.put("note", null);
        SharingSeason.answer(token, noNote).then().statusCode(201).body("note", nullValue());
        clock.advance(Duration.ofDays(3));
        String uploadedAt = clock.instant().toString();
        SharingSeason.answer(token, Map.of("answer", "UPLOADED", "note", "uploaded from clinic, pdf 212 kb"))
                .then()
                .statusCode(201);

        JsonPath after = letter(s.mitchellLetter);
        assertEquals("PACKET_SENT", after.getString("status"), "the writer's word is not the status");
        assertEquals(before.getList("history"), after.getList("history"));
        assertEquals(List.of("WILL_WRITE", "CANNOT_WRITE", "UPLOADED"), after.getList("writerWords.answer"));
        assertEquals(List.of(willWriteAt, cannotAt, uploadedAt), after.getList("writerWords.saidAt"));
        assertEquals(
                Map.of("answer", "UPLOADED", "note", "uploaded from clinic, pdf 212 kb", "saidAt", uploadedAt),
                after.getMap("writerWord"));
        // The board (the list) shows it too; the other writer's letter has none.
        JsonPath board = s.ana.request().get("/api/v1/letters").then().extract().jsonPath();
        assertEquals(
                "UPLOADED", board.getString("items.find { it.id == '" + s.mitchellLetter + "' }.writerWord.answer"));
        assertNull(board.get("items.find { it.id == '" + s.okaforLetter + "' }.writerWord"));
        // And the page itself says what the writer last said.
        SharingSeason.open(token).then().statusCode(200).body("writer.writerWord.answer", equalTo("UPLOADED"));
        // The letter's ETag moved on with the word.
        assertTrue(after.getLong("version") > before.getLong("version"), "a new ETag");
    }

    @Test
    void anAdviserLinkTakesNoAnswer() {
        String token = SharingSeason.token(s.adviserLink(true, true));
        SharingSeason.answer(token, Map.of("answer", "UPLOADED"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo(SharedPageService.GONE));
        assertEquals(List.of(), letter(s.mitchellLetter).getList("writerWords"));
    }

    @Test
    void anAnswerThatIsNotOneOfTheThreeOrATooLongNoteIsRefused() {
        String token = SharingSeason.token(s.writerLink(s.okaforLetter));
        SharingSeason.answer(token, Map.of("answer", "MAYBE_LATER"))
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        SharingSeason.answer(token, Map.of("note", "forgot the button"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("answer"));
        SharingSeason.answer(token, Map.of("answer", "WILL_WRITE", "note", "x".repeat(501)))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"));
        assertEquals(List.of(), letter(s.okaforLetter).getList("writerWords"));
    }
}
