package org.lorkit.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Short helpers for domain tests: create records and read them back. */
public final class Lor {

    private Lor() {}

    /** POSTs a create and answers the new id (asserting 201). */
    public static String create(Applicant who, String path, Map<String, ?> body) {
        return who.request()
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String etag(Applicant who, String path) {
        return who.request().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static String day(int daysFromToday) {
        return LocalDate.now(java.time.ZoneOffset.UTC).plusDays(daysFromToday).toString();
    }

    /** A rotation from startsIn to endsIn days relative to today. */
    public static String rotation(Applicant who, int startsIn, int endsIn) {
        return create(
                who,
                "/api/v1/rotations",
                Map.of(
                        "institution",
                        "Mercy Hospital",
                        "kind",
                        "OBSERVERSHIP",
                        "startsOn",
                        day(startsIn),
                        "endsOn",
                        day(endsIn)));
    }

    /** An attending with the given role, linked to the rotation over its whole dates. */
    public static String attending(
            Applicant who, String name, String role, String rotationId, boolean hasSeenMePresent) {
        Map<String, Object> body =
                new HashMap<>(Map.of("name", name, "role", role, "hasSeenMePresent", hasSeenMePresent));
        if (rotationId != null) {
            body.put("rotations", List.of(Map.of("rotationId", rotationId)));
        }
        return create(who, "/api/v1/attendings", body);
    }

    public static String feedback(
            Applicant who, String attendingId, String kind, String enthusiasm, int receivedDaysAgo) {
        Map<String, Object> body =
                new HashMap<>(Map.of("attendingId", attendingId, "kind", kind, "receivedOn", day(-receivedDaysAgo)));
        if (enthusiasm != null) {
            body.put("enthusiasm", enthusiasm);
        }
        return create(who, "/api/v1/feedback", body);
    }

    public static String letter(Applicant who, String attendingId) {
        return create(who, "/api/v1/letters", Map.of("attendingId", attendingId));
    }

    /** Moves a letter through the given states (asserting each move). */
    public static void moveLetter(Applicant who, String letterId, String... states) {
        for (String state : states) {
            who.request()
                    .body(Map.of("to", state))
                    .post("/api/v1/letters/" + letterId + "/transitions")
                    .then()
                    .statusCode(200);
        }
    }
}
