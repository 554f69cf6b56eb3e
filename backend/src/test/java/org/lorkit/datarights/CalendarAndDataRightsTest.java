package org.lorkit.datarights;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;
import org.lorkit.support.Fixture;
import org.lorkit.support.Lor;

/** The private calendar feed, and the data rights: export, import (all or nothing), delete. */
@QuarkusTest
class CalendarAndDataRightsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** A season with a bit of everything, coaching data included. */
    private static Fixture season(Applicant who) {
        Fixture fixture = Fixture.create(who, true);
        String letter = fixture.ids().get("letters");
        Lor.moveLetter(who, letter, "ASKED", "AGREED", "PACKET_SENT");
        // A corrected move and a greeting travel with the export.
        who.request()
                .header("If-Match", Lor.etag(who, "/api/v1/letters/" + letter))
                .body(Map.of("to", "AGREED", "note", "not sent yet"))
                .post("/api/v1/letters/" + letter + "/corrections")
                .then()
                .statusCode(200);
        Lor.moveLetter(who, letter, "PACKET_SENT", "REQUESTED_IN_ERAS");
        String attending = fixture.ids().get("attendings");
        var writer = who.request()
                .get("/api/v1/attendings/" + attending)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        who.request()
                .header("If-Match", Lor.etag(who, "/api/v1/attendings/" + attending))
                .body(Map.of(
                        "name",
                        writer.getString("name"),
                        "role",
                        writer.getString("role"),
                        "addressAs",
                        "Prof. Okafor",
                        "rotations",
                        writer.getList("rotations")))
                .put("/api/v1/attendings/" + attending)
                .then()
                .statusCode(200);
        who.request()
                .body(Map.of(
                        "targetSpecialty",
                        "Internal Medicine",
                        "submissionTargetOn",
                        LocalDate.now().plusDays(40).toString(),
                        "strengths",
                        List.of("COMMUNICATION"),
                        "timeZone",
                        "America/Chicago"))
                .header("If-Match", Lor.etag(who, "/api/v1/profile"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
        who.request()
                .body(Map.of("kind", "REMINDER", "letterId", letter))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200);
        who.request()
                .body(Map.of("habit", "READ_UP_DIAGNOSIS"))
                .post("/api/v1/habits/check-ins")
                .then()
                .statusCode(200);
        who.request()
                .body(Map.of("rotationId", fixture.ids().get("rotations"), "flags", List.of("LATENESS")))
                .post("/api/v1/habits/red-flags")
                .then()
                .statusCode(200);
        who.request().post("/api/v1/plan/prep-cv/done").then().statusCode(200);
        who.request()
                .post("/api/v1/plan/rotation-" + fixture.ids().get("rotations") + "-expectations/done")
                .then()
                .statusCode(200);
        return fixture;
    }

    @Test
    void theCalendarFeedIsValidIcalendarBehindAPrivateTokenThatRotates() {
        Applicant ana = Applicant.register();
        season(ana);
        String path = ana.request()
                .post("/api/v1/calendar/token")
                .then()
                .statusCode(200)
                .extract()
                .path("path");
        String token = path.substring("/api/v1/calendar/".length(), path.length() - ".ics".length());
        assertTrue(token.length() >= 40, token);

        byte[] raw = given().get(path)
                .then()
                .statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar"))
                .extract()
                .asByteArray();
        String ics = new String(raw, StandardCharsets.UTF_8);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        String unfolded = ics.replace("\r\n ", "");
        int events = unfolded.split("BEGIN:VEVENT", -1).length - 1;
        assertTrue(events >= 5, unfolded);
        assertEquals(events, unfolded.split("\r\nUID:", -1).length - 1, "every event has a UID");
        assertEquals(events, unfolded.split("\r\nDTSTAMP:\\d{8}T\\d{6}Z", -1).length - 1, "every event has a DTSTAMP");
        assertTrue(unfolded.contains("SUMMARY:ERAS submission target"), unfolded);
        assertTrue(unfolded.contains("SUMMARY:Soft deadline: Dr "), unfolded);
        assertTrue(unfolded.contains("SUMMARY:Rotation: Hospital MARK-"), unfolded);

        String newPath = ana.request()
                .post("/api/v1/calendar/token")
                .then()
                .statusCode(200)
                .extract()
                .path("path");
        assertNotEquals(path, newPath);
        given().get(path).then().statusCode(404).contentType("application/problem+json");
        given().get(newPath).then().statusCode(200);
        given().get("/api/v1/calendar/not-a-real-token-at-all-0000000000.ics")
                .then()
                .statusCode(404);
    }

    @Test
    void exportImportExportGivesTheSameDocument() throws Exception {
        Applicant ana = Applicant.register();
        season(ana);
        JsonNode first = JSON.readTree(ana.request()
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(1, first.get("formatVersion").asInt());
        assertEquals(1, first.get("letters").size());
        assertEquals(
                "Prof. Okafor", first.get("attendings").get(0).get("addressAs").asText());
        assertTrue(
                first.get("letters")
                        .get(0)
                        .get("history")
                        .get(3)
                        .get("correction")
                        .asBoolean(),
                first.toString());
        assertEquals(1, first.get("coaching").get("sentMessages").size());

        Applicant ben = Applicant.register();
        String imported = ben.request()
                .body(first.toString())
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode second = JSON.readTree(ben.request()
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(normalized(first), normalized(second));
        assertEquals(normalized(first), normalized(JSON.readTree(imported)));
        // Ana still has her records, so Ben's copies got new ids; the plan ticks follow them.
        assertNotEquals(
                first.get("rotations").get(0).get("id"),
                second.get("rotations").get(0).get("id"));
        assertEquals(
                "DONE",
                Coaching.get(ben, "/api/v1/plan")
                        .getString("checkpoints.find { it.id == 'rotation-"
                                + second.get("rotations").get(0).get("id").asText() + "-expectations' }.status"));
        assertEquals(1, Coaching.get(ben, "/api/v1/letters").getInt("total"));
    }

    @Test
    void aPhiReviewTravelsWithTheExportAndStillEndsWithTheNextEdit() throws Exception {
        Applicant ana = Applicant.register();
        String text = "Presented the DKA admission, MRN 00482913, on rounds.";
        String id = Lor.create(ana, "/api/v1/stories", Map.of("title", "DKA on rounds", "summary", text));
        ana.request()
                .body(Map.of("title", "DKA on rounds", "summary", text, "phiReviewed", true))
                .put("/api/v1/stories/" + id)
                .then()
                .statusCode(200)
                .body("phiReviewed", equalTo(true));
        String doc = ana.request()
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        Applicant ben = Applicant.register();
        ben.request().body(doc).post("/api/v1/import").then().statusCode(200);
        String copy = Coaching.get(ben, "/api/v1/stories").getString("items[0].id");
        ben.request()
                .get("/api/v1/stories/" + copy)
                .then()
                .statusCode(200)
                .body("phiReviewed", equalTo(true))
                .body("phiWarnings.size()", equalTo(0));
        // Saving the same text again keeps the review: it belongs to the text, not to the account it was made in.
        ben.request()
                .body(Map.of("title", "DKA on rounds", "summary", text))
                .put("/api/v1/stories/" + copy)
                .then()
                .statusCode(200)
                .body("phiReviewed", equalTo(true));
        ben.request()
                .body(Map.of("title", "DKA on rounds", "summary", text + " Seen again, MRN 00482914."))
                .put("/api/v1/stories/" + copy)
                .then()
                .statusCode(200)
                .body("phiReviewed", equalTo(false))
                .body("phiWarnings.size()", org.hamcrest.Matchers.greaterThan(0));
    }

    @Test
    void importingIntoAnAccountThatHoldsDataIsA409AndChangesNothing() {
        Applicant ana = Applicant.register();
        season(ana);
        String doc = ana.request()
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ana.request().body(doc).post("/api/v1/import").then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, Coaching.get(ana, "/api/v1/rotations").getInt("total"));
    }

    @Test
    void aMalformedOrNewerDocumentIsRefusedAndAFailedImportChangesNothing() throws Exception {
        Applicant ana = Applicant.register();
        season(ana);
        ObjectNode doc = (ObjectNode) JSON.readTree(ana.request()
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Applicant ben = Applicant.register();

        ben.request()
                .body("{\"formatVersion\": ")
                .post("/api/v1/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        ben.request()
                .body("{\"rotations\": []}")
                .post("/api/v1/import")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("formatVersion"));
        ObjectNode newer = doc.deepCopy();
        newer.put("formatVersion", 2);
        ben.request()
                .body(newer.toString())
                .post("/api/v1/import")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("formatVersion"));
        ObjectNode badEnum = doc.deepCopy();
        ((ObjectNode) badEnum.get("rotations").get(0)).put("kind", "VACATION");
        ben.request()
                .body(badEnum.toString())
                .post("/api/v1/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");

        // A story longer than the story form takes cannot come in through the import either (one limit).
        ObjectNode tooLong = doc.deepCopy();
        ((ObjectNode) tooLong.get("stories").get(0)).put("summary", "pt stable overnight. ".repeat(600));
        ben.request()
                .body(tooLong.toString())
                .post("/api/v1/import")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("stories[0].summary"))
                .body("errors.message", hasItem("must be at most 10000 characters, as on the story form"));

        // Valid up to the last program, whose letter is not in the document: nothing of it may stay.
        ObjectNode dangling = doc.deepCopy();
        ((ArrayNode) dangling.get("programs").get(0).get("letterIds")).add("00000000-0000-4000-8000-000000000001");
        ben.request()
                .body(dangling.toString())
                .post("/api/v1/import")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("programs[0].letterIds[1]"));
        // A failure inside the database half-way (the same ERAS id used by a second letter is caught up front; a
        // duplicate check-in of one day is too): whatever fails, the account stays empty.
        ObjectNode twice = doc.deepCopy();
        ((ArrayNode) twice.get("coaching").get("checkIns"))
                .add(twice.get("coaching").get("checkIns").get(0).deepCopy());
        ben.request().body(twice.toString()).post("/api/v1/import").then().statusCode(400);
        // A rotation's red-flag check or a sent message given twice: the 409 of a duplicate key.
        for (String rows : List.of("redFlags", "sentMessages")) {
            ObjectNode repeated = doc.deepCopy();
            ((ArrayNode) repeated.get("coaching").get(rows))
                    .add(repeated.get("coaching").get(rows).get(0).deepCopy());
            ben.request()
                    .body(repeated.toString())
                    .post("/api/v1/import")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json");
        }
        JsonNode empty = JSON.readTree(ben.request()
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(0, empty.get("rotations").size());
        assertEquals(0, empty.get("attendings").size());
        assertTrue(
                empty.path("profile").isMissingNode() || empty.path("profile").isNull());
        assertEquals(0, empty.get("coaching").get("ticks").size());
    }

    @Test
    void deletingMyAccountNeedsMyPasswordAndRemovesEverything() {
        Applicant ana = Applicant.register();
        Fixture fixture = season(ana);
        ana.request()
                .body(Map.of("password", "not-my-password"))
                .delete("/api/v1/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        ana.request()
                .get("/api/v1/rotations/" + fixture.ids().get("rotations"))
                .then()
                .statusCode(200);

        ana.request()
                .body(Map.of("password", Applicant.PASSWORD))
                .delete("/api/v1/me")
                .then()
                .statusCode(204);
        ana.request().get("/api/v1/export").then().statusCode(401);
        given().contentType("application/json")
                .body(Map.of("email", ana.email(), "password", Applicant.PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        Applicant again = Applicant.register();
        again.request()
                .get("/api/v1/rotations/" + fixture.ids().get("rotations"))
                .then()
                .statusCode(404);
    }

    @Test
    void deletingMyAccountLeavesOnlyATombstoneWithoutPersonalData() {
        Applicant ana = Applicant.register();
        season(ana);
        String id =
                ana.request().get("/api/v1/me").then().statusCode(200).extract().path("id");
        ana.request()
                .body(Map.of("password", Applicant.PASSWORD))
                .delete("/api/v1/me")
                .then()
                .statusCode(204);

        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT row_to_json(t)::text FROM account_tombstone t WHERE account_id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .getResultList());
        assertEquals(1, rows.size(), "one tombstone for the deleted account");
        String tombstone = (String) rows.get(0);
        assertTrue(tombstone.contains(id), tombstone);
        assertTrue(tombstone.contains("deleted_at"), tombstone);
        assertFalse(tombstone.toLowerCase().contains(ana.email().toLowerCase()), tombstone);
        assertFalse(tombstone.contains("@"), tombstone);
        long trail = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM security_event WHERE user_id = ?1")
                                .setParameter(1, UUID.fromString(id))
                                .getSingleResult())
                        .longValue());
        assertEquals(0L, trail, "the audit trail of the account (with its addresses) goes with it");
    }

    /** The document without what differs by nature (export time, account) and with each id replaced by its order of appearance. */
    static JsonNode normalized(JsonNode doc) {
        ObjectNode copy = doc.deepCopy();
        copy.remove("exportedAt");
        copy.remove("account");
        Map<String, String> ids = new HashMap<>();
        return replaceIds(copy, ids);
    }

    private static JsonNode replaceIds(JsonNode node, Map<String, String> ids) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            Iterator<String> names = object.fieldNames();
            List<String> fields = new java.util.ArrayList<>();
            names.forEachRemaining(fields::add);
            for (String field : fields) {
                object.set(field, replaceIds(object.get(field), ids));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaceIds(array.get(i), ids));
            }
            return array;
        }
        if (node.isTextual()) {
            var m = UUID_TEXT.matcher(node.asText());
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, ids.computeIfAbsent(m.group(), k -> "id-" + ids.size()));
            }
            m.appendTail(out);
            return new TextNode(out.toString());
        }
        return node;
    }
}
