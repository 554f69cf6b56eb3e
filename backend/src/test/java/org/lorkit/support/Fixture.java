package org.lorkit.support;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One of everything for an applicant: profile, rotation, attending (linked, eligible),
 * story, summative feedback and, optionally, a letter request assigned to a program.
 * Every text carries a marker so that a leak to another applicant is easy to spot.
 */
public record Fixture(Applicant who, Map<String, String> ids, String marker) {

    /** Ids by collection name as it appears in paths: rotations, attendings, stories, feedback, letters, share-links, programs, me. */
    public static Fixture create(Applicant who, boolean withLetter) {
        String marker = "MARK-" + UUID.randomUUID();
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        Map<String, String> ids = new LinkedHashMap<>();
        who.request()
                .body(Map.of("targetSpecialty", "Internal Medicine", "timeZone", "UTC"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
        ids.put(
                "rotations",
                Lor.create(
                        who,
                        "/api/v1/rotations",
                        Map.of(
                                "institution",
                                "Hospital " + marker,
                                "kind",
                                "EXTERNSHIP",
                                "startsOn",
                                today.minusDays(40).toString(),
                                "endsOn",
                                today.minusDays(10).toString())));
        ids.put(
                "attendings",
                Lor.create(
                        who,
                        "/api/v1/attendings",
                        Map.of(
                                "name",
                                "Dr " + marker,
                                "role",
                                "CORE_FACULTY",
                                "hasSeenMePresent",
                                true,
                                "rotations",
                                List.of(Map.of("rotationId", ids.get("rotations"))))));
        ids.put(
                "stories",
                Lor.create(
                        who,
                        "/api/v1/stories",
                        Map.of(
                                "title",
                                "Story " + marker,
                                "rotationId",
                                ids.get("rotations"),
                                "witnessAttendingIds",
                                List.of(ids.get("attendings")))));
        ids.put(
                "feedback",
                Lor.create(
                        who,
                        "/api/v1/feedback",
                        Map.of(
                                "attendingId",
                                ids.get("attendings"),
                                "rotationId",
                                ids.get("rotations"),
                                "kind",
                                "SUMMATIVE",
                                "enthusiasm",
                                "POSITIVE",
                                "wentWell",
                                "Feedback " + marker,
                                "receivedOn",
                                today.minusDays(12).toString())));
        // /api/v1/me/…/{id}: the one "me" record with an id of its own, a phone's push subscription.
        ids.put(
                "me",
                Lor.create(
                        who,
                        "/api/v1/me/push-subscriptions",
                        new org.lorkit.notify.Browser().subscription("http://127.0.0.1:9/push/fixture-" + marker)));
        if (withLetter) {
            ids.put(
                    "letters",
                    Lor.create(
                            who,
                            "/api/v1/letters",
                            Map.of("attendingId", ids.get("attendings"), "erasLetterId", "L-" + marker)));
            ids.put(
                    "programs",
                    Lor.create(
                            who,
                            "/api/v1/programs",
                            Map.of("name", "Program " + marker, "specialty", "Internal Medicine")));
            // A writer's page for that letter: the owner's own link record (its token is never read back).
            ids.put(
                    "share-links",
                    Lor.create(who, "/api/v1/share-links", Map.of("kind", "WRITER", "letterId", ids.get("letters"))));
            who.request()
                    .body(Map.of("letterIds", List.of(ids.get("letters"))))
                    .put("/api/v1/programs/" + ids.get("programs") + "/letters")
                    .then()
                    .statusCode(200);
        }
        return new Fixture(who, ids, marker);
    }

    /** Where the owner reads one of the fixture's records: /api/v1/{collection}/{id}, the phone under /me. */
    public static String itemPath(String collection, String id) {
        return "/api/v1/" + ("me".equals(collection) ? "me/push-subscriptions" : collection) + "/" + id;
    }
}
