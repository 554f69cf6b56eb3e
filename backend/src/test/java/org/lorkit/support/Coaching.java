package org.lorkit.support;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Helpers for coaching tests: a season on a moved clock, letters moved on given days, reads of the coaching answers. */
public final class Coaching {

    private Coaching() {}

    public static void profile(Applicant who, LocalDate submissionTarget, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "targetSpecialty",
                "Internal Medicine",
                "season",
                submissionTarget.getYear(),
                "submissionTargetOn",
                submissionTarget.toString(),
                "timeZone",
                "UTC"));
        body.putAll(extra);
        String etag = Lor.etag(who, "/api/v1/profile");
        who.request()
                .header("If-Match", etag)
                .body(body)
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
    }

    public static String rotation(Applicant who, String institution, String specialty, LocalDate from, LocalDate to) {
        return Lor.create(
                who,
                "/api/v1/rotations",
                Map.of(
                        "institution",
                        institution,
                        "specialty",
                        specialty,
                        "kind",
                        "EXTERNSHIP",
                        "startsOn",
                        from.toString(),
                        "endsOn",
                        to.toString(),
                        "canPresentPatients",
                        true));
    }

    public static String attending(Applicant who, String name, String role, String specialty, String rotationId) {
        return Lor.create(
                who,
                "/api/v1/attendings",
                Map.of(
                        "name",
                        name,
                        "degree",
                        "MD",
                        "role",
                        role,
                        "specialty",
                        specialty,
                        "email",
                        name.toLowerCase().replaceAll("[^a-z]", "") + "@example.org",
                        "hasSeenMePresent",
                        true,
                        "rotations",
                        List.of(Map.of("rotationId", rotationId))));
    }

    /** Replaces some writable fields of a letter, keeping the others. */
    public static void putLetter(Applicant who, String letterId, Map<String, Object> changes) {
        JsonPath letter = who.request()
                .get("/api/v1/letters/" + letterId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of(
                "attendingId",
                "letterType",
                "commitment",
                "erasLetterId",
                "waivedRightToSee",
                "softDeadline",
                "remindersSent",
                "receivedOn",
                "thankYouNotes",
                "letterDatedOn",
                "standardized",
                "forSpecialty")) {
            body.put(field, letter.get(field));
        }
        body.putAll(changes);
        who.request().body(body).put("/api/v1/letters/" + letterId).then().statusCode(200);
    }

    public static JsonPath get(Applicant who, String path) {
        return who.request().get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The rules of the due reminders, e.g. ["FIRST_REMINDER"]. */
    public static List<String> dueRules(Applicant who) {
        return get(who, "/api/v1/reminders").getList("due.rule");
    }
}
