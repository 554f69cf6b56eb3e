package org.lorkit.letter;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Lor;
import org.lorkit.support.OkaforsLetter;
import org.lorkit.support.TwoWritersSeason;

/**
 * Letter records as the services handle them: requests that bounce or are withdrawn, letters imported
 * from a prior season with their date (counting toward the 4 per program), backup advice when a path
 * ends, ResidencyCAS's assignment by hand, and the OB/GYN SLOE/narrative exclusion.
 */
@QuarkusTest
class ServiceTrueLettersTest {

    @Inject
    MutableClock clock;

    OkaforsLetter okaforsLetter;
    TwoWritersSeason season;
    String okafors;

    @BeforeEach
    void theProgramDirectorsLetter() {
        okaforsLetter = OkaforsLetter.inTwoWritersSeason(clock);
        season = okaforsLetter.season;
        okafors = okaforsLetter.id;
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private Response move(String to) {
        return okaforsLetter.move(to);
    }

    private JsonPath read() {
        return okaforsLetter.read();
    }

    private Response put(Map<String, Object> fields) {
        return okaforsLetter.put(fields);
    }

    private void imported() {
        assertEquals(200, put(Map.of("letterDatedOn", "2024-08-15")).statusCode());
        assertEquals(200, move("IMPORTED").statusCode());
    }

    private static void refused(Response answer, int status, String field, String message) {
        assertEquals(status, answer.statusCode(), answer.asString());
        assertEquals("application/problem+json", answer.contentType().split(";")[0]);
        assertEquals(field, answer.jsonPath().getString("errors[0].field"), answer.asString());
        assertEquals(message, answer.jsonPath().getString("errors[0].message"));
    }

    @Test
    void aBouncedRequestEndsTheWritersPath() {
        assertEquals(409, move("BOUNCED").statusCode(), "nothing was sent from a candidate");
        assertEquals(200, move("ASKED").statusCode());
        assertEquals(200, move("BOUNCED").statusCode());
        JsonPath letter = read();
        assertEquals("BOUNCED", letter.getString("status"));
        assertEquals(List.of(), letter.getList("allowedNext"));
        assertTrue(move("ASKED").jsonPath().getString("detail").contains("BOUNCED is final"));
    }

    @Test
    void aWithdrawnRequestEndsTheWritersPathAndACandidateIsNotWithdrawn() {
        assertEquals(409, move("WITHDRAWN").statusCode());
        Lor.moveLetter(season.ana, okafors, "ASKED", "AGREED", "PACKET_SENT");
        assertEquals(200, move("WITHDRAWN").statusCode());
        assertEquals(List.of(), read().getList("allowedNext"));
    }

    @Test
    void aDeclineMisTappedForABounceIsCorrected() {
        Lor.moveLetter(season.ana, okafors, "ASKED", "DECLINED");
        Response fixed = okaforsLetter.correct("BOUNCED", null, "he never got the email");
        assertEquals(200, fixed.statusCode(), fixed.asString());
        JsonPath letter = read();
        assertEquals("BOUNCED", letter.getString("status"));
        assertEquals(null, letter.getString("commitment"), "he did not decline");
    }

    @Test
    void anImportedLetterNeedsTheDateItCarries() {
        refused(
                move("IMPORTED"),
                422,
                "letterDatedOn",
                "an imported letter keeps the date it was written; enter that date (letterDatedOn) on the letter "
                        + "first, then mark it imported");
        imported();
        JsonPath letter = read();
        assertEquals("IMPORTED", letter.getString("status"));
        assertEquals("2024-08-15", letter.getString("letterDatedOn"));
        assertEquals(List.of(), letter.getList("allowedNext"));
        refused(
                put(Map.of()),
                422,
                "letterDatedOn",
                "this letter was imported from a prior season; it keeps the date it carries");
    }

    @Test
    void aLetterMoreThanSevenYearsOldIsNotImported() {
        refused(
                put(Map.of("letterDatedOn", "2019-11-30")),
                422,
                "letterDatedOn",
                "a letter dated November 30, 2019 is more than 7 years old; ERAS imports letters from December 1, "
                        + "2019 on, so ask the writer for an updated letter instead");
        assertEquals(200, put(Map.of("letterDatedOn", "2019-12-01")).statusCode());
        assertEquals(400, put(Map.of("letterDatedOn", "2026-12-02")).statusCode(), "not in the future");
    }

    @Test
    void importedLettersMeetProgramRequirementsAndCountTowardTheFour() {
        imported();
        String program = Lor.create(
                season.ana,
                "/api/v1/programs",
                Map.of(
                        "name",
                        "UIC IM",
                        "specialty",
                        "Internal Medicine",
                        "requirements",
                        Map.of("lettersRequired", 1)));
        season.ana
                .request()
                .body(Map.of("letterIds", List.of(okafors)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200)
                .body("requirementsMet", equalTo(true))
                .body("assignedLetters[0].flags", empty());
        List<String> five = new ArrayList<>(List.of(okafors));
        for (int i = 0; i < 4; i++) {
            five.add(Lor.letter(season.ana, Lor.attending(season.ana, "Dr Extra " + i, "CORE_FACULTY", null, true)));
        }
        season.ana
                .request()
                .body(Map.of("letterIds", five))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(422)
                .body("errors.field", contains("letterIds"));
        season.ana
                .request()
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .body("received", equalTo(1))
                .body("byStatus.IMPORTED", equalTo(1));
    }

    /** Okafor's path ends as told; Mitchell agreed: one letter secured, so a backup is advised. */
    private void advisesABackupWhen(String why, String... path) {
        String mitchells = Lor.letter(season.ana, season.mitchell);
        Lor.moveLetter(season.ana, mitchells, "ASKED", "AGREED");
        Lor.moveLetter(season.ana, okafors, path);
        String advice = "Choose a backup writer: Dr James Okafor " + why
                + ". That leaves 1 letter secured, and programs look for 2 to 4.";
        season.ana
                .request()
                .get("/api/v1/portfolio")
                .then()
                .statusCode(200)
                .body("checks.find { it.code == 'BACKUP_NEEDED' }.status", equalTo("WARNING"))
                .body("checks.find { it.code == 'BACKUP_NEEDED' }.message", equalTo(advice));
        season.ana
                .request()
                .get("/api/v1/today")
                .then()
                .statusCode(200)
                .body("actions.find { it.id == 'backup:" + okafors + "' }.kind", equalTo("BACKUP"))
                .body(
                        "actions.find { it.id == 'backup:" + okafors + "' }.title",
                        equalTo("Choose a backup writer in place of Dr James Okafor"))
                .body("actions.find { it.id == 'backup:" + okafors + "' }.reason", equalTo(advice));
    }

    @Test
    void aDeclinedWriterLeavingTheLettersShortAdvisesABackupWriter() {
        advisesABackupWhen("declined", "ASKED", "DECLINED");
    }

    @Test
    void aBouncedRequestLeavingTheLettersShortAdvisesABackupWriter() {
        advisesABackupWhen("never got the request (the request email bounced)", "ASKED", "BOUNCED");
    }

    @Test
    void aWithdrawnRequestLeavingTheLettersShortAdvisesABackupWriter() {
        advisesABackupWhen("is off your list (you withdrew the request)", "SIGNALED", "WITHDRAWN");
    }

    @Test
    void aResidencyCasLetterThatIsInButAssignedToNoProgramIsAnAlarm() {
        season.targetSpecialty("Emergency Medicine");
        imported();
        String alarm = "actions.find { it.id == 'assign:" + okafors + "' }";
        season.ana
                .request()
                .get("/api/v1/today")
                .then()
                .statusCode(200)
                .body(alarm + ".kind", equalTo("ASSIGN_LETTER"))
                .body(alarm + ".title", equalTo("Assign Dr James Okafor's letter to your programs"));
        String program = Lor.create(
                season.ana, "/api/v1/programs", Map.of("name", "Cook County EM", "specialty", "Emergency Medicine"));
        season.ana
                .request()
                .body(Map.of("letterIds", List.of(okafors)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200);
        season.ana
                .request()
                .get("/api/v1/today")
                .then()
                .statusCode(200)
                .body("actions.kind", not(hasItem("ASSIGN_LETTER")));
    }

    @Test
    void erasApplicantsGetNoAssignmentAlarm() {
        imported();
        season.ana
                .request()
                .get("/api/v1/today")
                .then()
                .statusCode(200)
                .body("actions.kind", not(hasItem("ASSIGN_LETTER")));
    }

    @Test
    void anObGynSloeWriterMayNotAlsoWriteANarrativeLetter() {
        season.targetSpecialty("Obstetrics and Gynecology");
        assertEquals(200, put(Map.of("standardized", true)).statusCode());
        Response narrative = season.ana
                .request()
                .body(Map.of("attendingId", season.okafor, "standardized", false))
                .post("/api/v1/letters");
        refused(
                narrative,
                422,
                "standardized",
                "in OB/GYN a writer who fills in your SLOE may not also write you a narrative letter; keep one of "
                        + "the two requests for this attending and ask someone else for the other");
        assertTrue(narrative.jsonPath().getString("detail").contains("in OB/GYN a writer who fills in your SLOE"));
        season.ana.request().get("/api/v1/letters").then().body("total", equalTo(1));
    }

    @Test
    void outsideObGynAWriterMayFillInAStandardizedLetterAndWriteANarrativeOne() {
        season.targetSpecialty("Orthopaedic Surgery");
        assertEquals(200, put(Map.of("standardized", true)).statusCode());
        String narrative =
                Lor.create(season.ana, "/api/v1/letters", Map.of("attendingId", season.okafor, "standardized", false));
        assertEquals(false, okaforsLetter.read(narrative).getBoolean("standardized"));
        assertEquals(
                409,
                season.ana
                        .request()
                        .body(Map.of("attendingId", season.okafor))
                        .post("/api/v1/letters")
                        .statusCode(),
                "a second narrative request for the same writer");
    }
}
