package org.lorkit.datarights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;
import org.lorkit.support.OnTheTestClock;

/**
 * Export, delete the account, register again, import: every record comes back as it was, field for
 * field, and so does everything the rules derive from them. The account fills every field of every
 * record at least once (a reapplicant of the 2027 season, into the 2028 one), and the test checks that it
 * does: a field added later that the export forgets fails here, once the account is made to fill it.
 */
@QuarkusTest
class AccountRoundTripTest extends OnTheTestClock {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What an applicant reads back: her records (which must fill every field) and the answers derived from them. */
    static final List<String> RECORDS = List.of(
            "/api/v1/profile",
            "/api/v1/rotations?size=100",
            "/api/v1/attendings?size=100",
            "/api/v1/stories?size=100",
            "/api/v1/feedback?size=100",
            "/api/v1/letters?size=100",
            "/api/v1/programs?size=100");

    static final List<String> DERIVED =
            List.of("/api/v1/plan", "/api/v1/today", "/api/v1/reminders", "/api/v1/portfolio", "/api/v1/habits");

    Applicant ana;

    @Test
    void anExportDeletedAndImportedGivesBackEveryFieldOfEveryRecord() throws Exception {
        ana = Applicant.register();
        reapplicantWithEveryField();
        Map<String, JsonNode> before = readBack(ana);
        Map<String, Set<String>> unfilled = new LinkedHashMap<>();
        for (String path : RECORDS) {
            JsonNode records = before.get(path).has("items") ? before.get(path).get("items") : before.get(path);
            if (!unfilled(records).isEmpty()) {
                unfilled.put(path, unfilled(records));
            }
        }
        assertEquals(Map.of(), unfilled, "fields no record of the account fills");
        String export = ana.request()
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ana.request()
                .body(Map.of("password", Applicant.PASSWORD))
                .delete("/api/v1/me")
                .then()
                .statusCode(204);
        Applicant again = Applicant.register();
        again.request().body(export).post("/api/v1/import").then().statusCode(200);

        Map<String, JsonNode> after = readBack(again);
        for (String path : before.keySet()) {
            assertEquals(
                    List.of(),
                    differences(before.get(path), after.get(path), ""),
                    path + ": what differs after export, delete and import");
        }
    }

    /**
     * Lena Park's Family Medicine SLOE and Dr Raman's General letter arrive in the 2027 season; Dr Okafor's
     * never does. She does not match, starts the 2028 season and asks Dr Raman for an updated letter.
     */
    private void reapplicantWithEveryField() {
        on("2026-01-05");
        put("/api/v1/profile", profile(Map.of()));
        String stLukes = Lor.create(
                ana,
                "/api/v1/rotations",
                rotation(
                        "st. luke's",
                        "Bronx, NY",
                        "internal medicine",
                        "EXTERNSHIP",
                        "2026-01-05",
                        "2026-01-30",
                        false));
        String clinic = Lor.create(
                ana,
                "/api/v1/rotations",
                rotation(
                        "riverside fam clinic",
                        "Yonkers, NY",
                        "family med",
                        "OBSERVERSHIP",
                        "2026-02-02",
                        "2026-02-20",
                        true));
        String raman = writer("dr priya raman", "CORE_FACULTY", "internal medicine", stLukes, true);
        String okafor = writer("james okafor", "PROGRAM_DIRECTOR", "internal medicine", stLukes, false);
        String park = writer("lena park", "CORE_FACULTY", "family med", clinic, true);
        // The chief resident, who cannot sign a letter himself.
        writer("kofi mensah", "FELLOW_OR_RESIDENT", "internal medicine", stLukes, true);
        ana.request()
                .body(Map.of("habit", "READ_UP_DIAGNOSIS", "rotationId", stLukes))
                .post("/api/v1/habits/check-ins")
                .then()
                .statusCode(200);
        ana.request()
                .post("/api/v1/plan/rotation-" + stLukes + "-expectations/done")
                .then()
                .statusCode(200);

        on("2026-01-30");
        String copd = Lor.create(ana, "/api/v1/stories", story("copd exacerbation", stLukes, raman, okafor));
        Map<String, Object> reviewed = story("copd exacerbation", stLukes, raman, okafor);
        reviewed.put("phiReviewed", true);
        put("/api/v1/stories/" + copd, reviewed);
        Map<String, Object> unreviewed = story("night admission", stLukes, okafor);
        unreviewed.put("summary", "admitted bed 4, MRN 00482913, sepsis w/u");
        Lor.create(ana, "/api/v1/stories", unreviewed);
        ana.request()
                .body(Map.of("rotationId", clinic, "flags", List.of("BARELY_KNOWS_MY_NAME")))
                .post("/api/v1/habits/red-flags")
                .then()
                .statusCode(200);

        on("2026-02-10");
        Map<String, Object> feedback = new HashMap<>(Map.of(
                "attendingId", raman,
                "rotationId", stLukes,
                "receivedOn", "2026-01-30",
                "kind", "SUMMATIVE",
                "wentWell", "presentations clear, knew pts well",
                "toImprove", "tighten the assessment & plan",
                "myPlan", "one-line summary before each plan",
                "whatIChanged", "A&P now leads w/ the problem list",
                "checkedBackOn", "2026-02-10",
                "enthusiasm", "ENTHUSIASTIC_WITH_SPECIFICS"));
        feedback.put("formFields", List.of("ACGME.PRACTICE_BASED_LEARNING"));
        Lor.create(ana, "/api/v1/feedback", feedback);

        on("2026-06-10");
        String ramans = Lor.create(
                ana,
                "/api/v1/letters",
                Map.of(
                        "attendingId", raman,
                        "commitment", "STRONG",
                        "erasLetterId", "L-2027-448120",
                        "waivedRightToSee", true,
                        "softDeadline", "2026-08-26"));
        String parks = Lor.create(
                ana,
                "/api/v1/letters",
                Map.of(
                        "attendingId",
                        park,
                        "forSpecialty",
                        "FAMILY MED",
                        "standardized",
                        true,
                        "letterType",
                        "TARGET_SPECIALTY"));
        String okafors = Lor.letter(ana, okafor);
        for (String id : List.of(ramans, parks, okafors)) {
            Lor.moveLetter(ana, id, "ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS");
        }
        // Dr Okafor answers on his writer's page: his word travels with the letter.
        String page = ana.request()
                .body(Map.of("kind", "WRITER", "letterId", okafors))
                .post("/api/v1/share-links")
                .then()
                .statusCode(201)
                .extract()
                .path("url");
        io.restassured.RestAssured.given()
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("answer", "WILL_WRITE", "note", "will do it after clinic on friday"))
                .post("/api/v1/shared/" + page.substring(page.indexOf("/#/s/") + 5) + "/answers")
                .then()
                .statusCode(201);
        on("2026-06-24");
        sent("REMINDER", okafors);
        on("2026-08-20");
        ana.request()
                .body(Map.of("to", "RECEIVED", "note", "both in ERAS this morning"))
                .post("/api/v1/letters/" + ramans + "/transitions")
                .then()
                .statusCode(200);
        Lor.moveLetter(ana, parks, "RECEIVED");
        sent("THANK_YOU_RECEIVED", ramans);

        on("2026-08-25");
        String mercy = Lor.create(
                ana,
                "/api/v1/programs",
                program(
                        "mercy im",
                        "internal medicine",
                        Map.of("lettersRequired", 3, "fromUsClinicians", 2, "inSpecialty", 1)));
        assign(mercy, List.of(ramans, okafors));
        Map<String, Object> county = program(
                "county fm", "family med", Map.of("lettersRequired", 1, "fromUsClinicians", 1, "inSpecialty", 0));
        String countyFm = Lor.create(ana, "/api/v1/programs", county);
        assign(countyFm, List.of(parks));
        on("2026-09-16");
        sent("THANK_YOU_SUBMISSION", ramans);
        county.put("locked", true);
        put("/api/v1/programs/" + countyFm, county);

        on("2027-03-20");
        sent("MATCH_UPDATE", ramans);
        on("2027-03-22");
        ana.request().post("/api/v1/profile/next-season").then().statusCode(200);

        on("2027-03-23");
        // Her own opening day for the new season (starting it cleared the old one).
        put(
                "/api/v1/profile",
                profile(Map.of("season", 2027, "erasOpensOn", "2027-06-02", "submissionTargetOn", "2027-09-16")));
        String updated = Lor.letter(ana, raman);
        Lor.moveLetter(ana, updated, "ASKED", "AGREED");
        ana.request()
                .header("If-Match", Lor.etag(ana, "/api/v1/letters/" + updated))
                .body(Map.of("to", "ASKED", "note", "she said she would think about it: not a yes yet"))
                .post("/api/v1/letters/" + updated + "/corrections")
                .then()
                .statusCode(200);
        on("2027-06-14");
        // A new externship under way on the day of the export: its week of the rotation travels too.
        Lor.create(
                ana,
                "/api/v1/rotations",
                rotation(
                        "mercy hospital",
                        "Chicago, IL",
                        "internal medicine",
                        "EXTERNSHIP",
                        "2027-06-07",
                        "2027-07-02",
                        false));
        on("2027-06-15");
    }

    private Map<String, Object> profile(Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "targetSpecialty", "internal medicine",
                "secondSpecialty", "family med",
                "season", 2026,
                "submissionTargetOn", "2026-09-16",
                "strengths", List.of("CLINICAL_REASONING", "COMMUNICATION"),
                "strengthsNote", "pts say I explain things slowly & clearly",
                "cvReady", true,
                "cvUpdatedOn", "2026-01-02",
                "personalStatementStatus", "DRAFT",
                "personalStatementUpdatedOn", "2026-01-03"));
        body.put("timeZone", "America/New_York");
        body.putAll(changes);
        return body;
    }

    private static Map<String, Object> rotation(
            String institution, String location, String specialty, String kind, String from, String to, boolean crowd) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "institution", institution,
                "location", location,
                "specialty", specialty,
                "kind", kind,
                "startsOn", from,
                "endsOn", to,
                "supervisedByLetterWriter", !crowd,
                "canPresentPatients", !crowd,
                "canWriteNotes", !crowd,
                "observedRepeatedly", !crowd));
        body.put("worksWithResidents", !crowd);
        body.put("shadowingOnly", crowd);
        body.put("largeGroup", crowd);
        return body;
    }

    private String writer(String name, String role, String specialty, String rotation, boolean seenPresenting) {
        String handle = name.replaceAll("[^a-z]", "");
        Map<String, Object> body = new HashMap<>(Map.of(
                "name",
                name,
                "degree",
                "MD",
                "addressAs",
                "Dr. " + name.substring(name.lastIndexOf(' ') + 1),
                "role",
                role,
                "specialty",
                specialty,
                "institution",
                "st. luke's / riverside",
                "email",
                handle + "@example.org",
                "coordinatorEmail",
                "office-" + handle + "@example.org",
                "notes",
                "prefers email; on wards mornings",
                "hasSeenMePresent",
                seenPresenting));
        body.put("rotations", List.of(Map.of("rotationId", rotation)));
        return Lor.create(ana, "/api/v1/attendings", body);
    }

    private static Map<String, Object> story(String title, String rotation, String... witnesses) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "title",
                title,
                "summary",
                "pt w/ " + title + ", pres on rounds, f/u abg",
                "whatIDid",
                "took the hx, presented, called the RT",
                "whatItShows",
                "I follow up without being asked",
                "occurredOn",
                "2026-01-14",
                "rotationId",
                rotation,
                "witnessAttendingIds",
                List.of(witnesses),
                "competencies",
                List.of("PATIENT_CARE", "COMMUNICATION"),
                "kind",
                "CASE",
                "includeInPacket",
                true));
        body.put("formFields", List.of("ACGME.PATIENT_CARE"));
        return body;
    }

    private static Map<String, Object> program(String name, String specialty, Map<String, Object> requirements) {
        return new HashMap<>(Map.of(
                "name", name,
                "specialty", specialty,
                "requirements", requirements,
                "addedOn", "2026-08-25",
                "notes", "PD replied to my email in Aug"));
    }

    private void put(String path, Map<String, Object> body) {
        ana.request()
                .header("If-Match", Lor.etag(ana, path))
                .body(body)
                .put(path)
                .then()
                .statusCode(200);
    }

    private void assign(String program, List<String> letters) {
        ana.request()
                .body(Map.of("letterIds", letters))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200);
    }

    private void sent(String kind, String letter) {
        ana.request()
                .body(Map.of("kind", kind, "letterId", letter))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200);
    }

    /** Every answer as JSON, without the row versions (a concurrency token: an import writes new rows). */
    private static Map<String, JsonNode> readBack(Applicant who) throws Exception {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>(RECORDS);
        paths.addAll(DERIVED);
        for (String path : paths) {
            String answer =
                    who.request().get(path).then().statusCode(200).extract().asString();
            answers.put(path, withoutVersions(JSON.readTree(answer)));
        }
        return answers;
    }

    private static JsonNode withoutVersions(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove("version");
        }
        node.forEach(AccountRoundTripTest::withoutVersions);
        return node;
    }

    /**
     * The fields (as paths: [].history[].note) that hold nothing in every record: null, false, 0, "" or
     * empty. A round trip of a field that is empty everywhere proves nothing.
     */
    static Set<String> unfilled(JsonNode answer) {
        Map<String, Boolean> filled = new HashMap<>();
        walk(answer, "", filled);
        Set<String> empty = new TreeSet<>();
        filled.forEach((path, any) -> {
            if (!any) {
                empty.add(path);
            }
        });
        return empty;
    }

    private static void walk(JsonNode node, String path, Map<String, Boolean> filled) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                filled.merge(at, holdsSomething(field.getValue()), Boolean::logicalOr);
                walk(field.getValue(), at, filled);
            });
        } else if (node.isArray()) {
            node.forEach(item -> walk(item, path + "[]", filled));
        }
    }

    /** Where two answers differ, as paths with both values ("items[3].forSpecialty: family med / null"). */
    static List<String> differences(JsonNode before, JsonNode after, String path) {
        List<String> found = new ArrayList<>();
        if (before.isObject() && after.isObject()) {
            Set<String> fields = new TreeSet<>();
            before.fieldNames().forEachRemaining(fields::add);
            after.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                found.addAll(differences(
                        before.path(field), after.path(field), path.isEmpty() ? field : path + "." + field));
            }
        } else if (before.isArray() && after.isArray() && before.size() == after.size()) {
            for (int i = 0; i < before.size(); i++) {
                found.addAll(differences(before.get(i), after.get(i), path + "[" + i + "]"));
            }
        } else if (!before.equals(after)) {
            found.add(path + ": " + before + " / " + after);
        }
        return found;
    }

    private static boolean holdsSomething(JsonNode value) {
        return !(value.isNull()
                || (value.isBoolean() && !value.asBoolean())
                || (value.isNumber() && value.asDouble() == 0)
                || (value.isTextual() && value.asText().isEmpty())
                || (value.isContainerNode() && value.isEmpty()));
    }

    @Test
    void aFieldEmptyInEveryRecordAndAFieldLostOnTheWayAreReported() throws Exception {
        JsonNode letters = JSON.readTree(
                "[{\"note\": null, \"tags\": [], \"history\": [{\"at\": \"2026-01-05\", \"correction\": false}]},"
                        + " {\"note\": \"\", \"tags\": [\"A\"], \"history\": [], \"count\": 0}]");
        assertEquals(Set.of("[].note", "[].history[].correction", "[].count"), unfilled(letters));
        assertTrue(unfilled(JSON.readTree("{\"note\": \"seen\", \"count\": 2}")).isEmpty());
        JsonNode imported = JSON.readTree("{\"items\": [{\"id\": 1, \"forSpecialty\": null, \"tags\": [\"A\"]}]}");
        assertEquals(
                List.of("items[0].forSpecialty: \"family med\" / null", "items[0].tags: [\"A\",\"B\"] / [\"A\"]"),
                differences(
                        JSON.readTree(
                                "{\"items\": [{\"id\": 1, \"forSpecialty\": \"family med\", \"tags\": [\"A\", \"B\"]}]}"),
                        imported,
                        ""));
    }
}
