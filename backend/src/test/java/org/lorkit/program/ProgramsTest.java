package org.lorkit.program;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;

@QuarkusTest
class ProgramsTest {

    private static String program(Applicant who, Map<String, ?> requirements) {
        return Lor.create(
                who,
                "/api/v1/programs",
                Map.of("name", "UIC IM", "specialty", "Internal Medicine", "requirements", requirements));
    }

    private static List<String> letters(Applicant who, int n, String specialty) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String attending = Lor.create(
                    who,
                    "/api/v1/attendings",
                    Map.of("name", "Dr " + specialty + " " + i, "role", "CORE_FACULTY", "specialty", specialty));
            ids.add(Lor.letter(who, attending));
        }
        return ids;
    }

    private static void receive(Applicant who, String letter) {
        Lor.moveLetter(who, letter, "ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS", "RECEIVED");
    }

    @Test
    void aProgramStartsWithDefaultRequirementsAndNoLetters() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("name", "UIC IM", "specialty", "Internal Medicine"))
                .post("/api/v1/programs")
                .then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .body("requirements.lettersRequired", equalTo(3))
                .body("addedOn", equalTo(LocalDate.now(java.time.ZoneOffset.UTC).toString()))
                .body("locked", equalTo(false))
                .body("assignedLetters", empty())
                .body("requirementsMet", equalTo(false))
                .body("missing", contains("Needs 3 letters: 0 assigned, 0 received."));
    }

    @Test
    void atMostFourLettersGoToOneProgram() {
        Applicant ana = Applicant.register();
        String program = program(ana, Map.of("lettersRequired", 4));
        List<String> five = letters(ana, 5, "Internal Medicine");
        ana.request()
                .body(Map.of("letterIds", five))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lorkit:problem:rule"))
                .body("errors.field", contains("letterIds"));
        ana.request().get("/api/v1/programs/" + program).then().body("assignedLetters", empty());
        ana.request()
                .body(Map.of("letterIds", five.subList(0, 4)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200)
                .body("assignedLetters", hasSize(4));
    }

    @Test
    void aLetterNotYetReceivedIsAcceptedButFlagged() {
        Applicant ana = Applicant.register();
        String program = program(ana, Map.of("lettersRequired", 1));
        List<String> ids = letters(ana, 2, "Internal Medicine");
        receive(ana, ids.get(0));
        Lor.moveLetter(ana, ids.get(1), "ASKED", "DECLINED");
        ana.request()
                .body(Map.of("letterIds", ids))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200)
                .body("assignedLetters.find { it.letterId == '" + ids.get(0) + "' }.flags", empty())
                .body("assignedLetters.find { it.letterId == '" + ids.get(1) + "' }.flags", contains("DECLINED"))
                .body("requirementsMet", equalTo(true));
        String pending = letters(ana, 1, "Surgery").get(0);
        ana.request()
                .body(Map.of("letterIds", List.of(pending)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200)
                .body("assignedLetters[0].flags", contains("NOT_RECEIVED"))
                .body("assignedLetters[0].status", equalTo("CANDIDATE"))
                .body("assignedLetters[0].attendingName", equalTo("Dr Surgery 0"))
                .body("requirementsMet", equalTo(false));
    }

    @Test
    void requirementsCountReceivedLettersFromUsCliniciansAndInTheSpecialty() {
        Applicant ana = Applicant.register();
        String program = program(ana, Map.of("lettersRequired", 3, "fromUsClinicians", 2, "inSpecialty", 2));
        List<String> internal = letters(ana, 1, "internal medicine");
        List<String> surgery = letters(ana, 1, "Surgery");
        String researchAttending =
                Lor.create(ana, "/api/v1/attendings", Map.of("name", "Dr Lab", "role", "RESEARCH_MENTOR"));
        String research =
                Lor.create(ana, "/api/v1/letters", Map.of("attendingId", researchAttending, "letterType", "RESEARCH"));
        receive(ana, internal.get(0));
        receive(ana, research);
        ana.request()
                .body(Map.of("letterIds", List.of(internal.get(0), surgery.get(0), research)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200)
                .body("requirementsMet", equalTo(false))
                .body(
                        "missing",
                        contains(
                                "Needs 3 letters: 3 assigned, 2 received.",
                                "Needs 2 letters from US clinicians: 1 received.",
                                "Needs 2 letters from writers in Internal Medicine: 1 received."));
        receive(ana, surgery.get(0));
        ana.request()
                .get("/api/v1/programs/" + program)
                .then()
                .body("missing", contains("Needs 2 letters from writers in Internal Medicine: 1 received."));
        ana.request()
                .body(Map.of(
                        "name",
                        "UIC IM",
                        "specialty",
                        "Internal Medicine",
                        "requirements",
                        Map.of("lettersRequired", 3, "fromUsClinicians", 2, "inSpecialty", 1)))
                .put("/api/v1/programs/" + program)
                .then()
                .statusCode(200)
                .body("requirementsMet", equalTo(true))
                .body("missing", empty())
                .body("assignedLetters", hasSize(3));
    }

    @Test
    void requirementsAreBoundedByTheFourLetterCap() {
        Applicant.register()
                .request()
                .body(Map.of(
                        "name",
                        "P",
                        "specialty",
                        "IM",
                        "requirements",
                        Map.of("lettersRequired", 5, "fromUsClinicians", 2, "inSpecialty", 1)))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("errors.field", contains("requirements.lettersRequired"));
        Applicant.register()
                .request()
                .body(Map.of(
                        "name",
                        "P",
                        "specialty",
                        "IM",
                        "requirements",
                        Map.of("lettersRequired", 2, "fromUsClinicians", 3, "inSpecialty", 3)))
                .post("/api/v1/programs")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("requirements.fromUsClinicians", "requirements.inSpecialty"));
    }

    @Test
    void aForeignOrDuplicateLetterIsRefusedNamingTheField() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        String program = program(ana, Map.of());
        String anas = letters(ana, 1, "IM").get(0);
        String bens = letters(ben, 1, "IM").get(0);
        ana.request()
                .body(Map.of("letterIds", List.of(anas, bens)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(404)
                .body("errors.field", contains("letterIds[1]"));
        ana.request()
                .body(Map.of("letterIds", List.of(anas, anas)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(400)
                .body("errors.field", contains("letterIds[1]"));
    }

    @Test
    void assignmentsLockOnceTheApplicationIsSubmitted() {
        Applicant ana = Applicant.register();
        String program = program(ana, Map.of());
        List<String> ids = letters(ana, 2, "IM");
        ana.request()
                .body(Map.of("letterIds", ids.subList(0, 1)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200);
        ana.request()
                .body(Map.of("name", "UIC IM", "specialty", "Internal Medicine", "locked", true))
                .put("/api/v1/programs/" + program)
                .then()
                .statusCode(200)
                .body("locked", equalTo(true))
                .body("lockedAt", notNullValue())
                .body("addedOn", equalTo(LocalDate.now(java.time.ZoneOffset.UTC).toString()));
        ana.request()
                .body(Map.of("letterIds", ids))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(409)
                .body("detail", containsString("locked"));
        ana.request()
                .body(Map.of("name", "UIC IM", "specialty", "Internal Medicine", "locked", false))
                .put("/api/v1/programs/" + program)
                .then()
                .statusCode(409)
                .body("errors.field", contains("locked"));
        ana.request()
                .get("/api/v1/programs/" + program)
                .then()
                .body("locked", equalTo(true))
                .body("assignedLetters", hasSize(1));
        ana.request().queryParam("locked", true).get("/api/v1/programs").then().body("items.id", contains(program));
    }

    @Test
    void assigningLettersChangesTheProgramsEtagAndHonoursIfMatch() {
        Applicant ana = Applicant.register();
        String program = program(ana, Map.of());
        List<String> ids = letters(ana, 1, "IM");
        String etag = Lor.etag(ana, "/api/v1/programs/" + program);
        String after = ana.request()
                .header("If-Match", etag)
                .body(Map.of("letterIds", ids))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, after);
        ana.request()
                .header("If-Match", etag)
                .body(Map.of("letterIds", List.of()))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(412);
        ana.request()
                .get("/api/v1/programs/" + program)
                .then()
                .body("assignedLetters", hasSize(1))
                .body("assignedLetters[0].letterId", equalTo(ids.get(0)));
    }

    @Test
    void deletingAProgramKeepsItsLetters() {
        Applicant ana = Applicant.register();
        String program = program(ana, Map.of());
        String letter = letters(ana, 1, "IM").get(0);
        ana.request()
                .body(Map.of("letterIds", List.of(letter)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200);
        ana.request().delete("/api/v1/programs/" + program).then().statusCode(204);
        ana.request().get("/api/v1/letters/" + letter).then().statusCode(200).body("programIds", empty());
        ana.request().get("/api/v1/programs").then().body("total", equalTo(0)).body("items", empty());
        ana.request()
                .queryParam("specialty", "nothing")
                .get("/api/v1/programs")
                .then()
                .body("total", equalTo(0));
    }
}
