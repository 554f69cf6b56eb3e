package org.lorkit.rotation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;

@QuarkusTest
class RotationsTest {

    private static Map<String, Object> rotation(String startsOn, String endsOn, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(
                Map.of("institution", "Mercy Hospital", "kind", "EXTERNSHIP", "startsOn", startsOn, "endsOn", endsOn));
        body.putAll(extra);
        return body;
    }

    @Test
    void aRotationKeepsItsLetterPotentialChecklist() {
        Applicant.register()
                .request()
                .body(rotation(
                        "2026-07-06",
                        "2026-07-31",
                        Map.of(
                                "location",
                                "Chicago, IL",
                                "specialty",
                                "Internal Medicine",
                                "supervisedByLetterWriter",
                                true,
                                "canPresentPatients",
                                true,
                                "canWriteNotes",
                                true,
                                "observedRepeatedly",
                                true,
                                "worksWithResidents",
                                true)))
                .post("/api/v1/rotations")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/rotations/"))
                .header("ETag", notNullValue())
                .body("kind", equalTo("EXTERNSHIP"))
                .body("days", equalTo(26))
                .body("supervisedByLetterWriter", equalTo(true))
                .body("canWriteNotes", equalTo(true))
                .body("shadowingOnly", equalTo(false))
                .body("warnings", empty());
    }

    @Test
    void aRotationEndingBeforeItStartsIsA400NamingEndsOn() {
        Applicant.register()
                .request()
                .body(rotation("2026-07-31", "2026-07-06", Map.of()))
                .post("/api/v1/rotations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("endsOn"));
    }

    @Test
    void requiredFieldsAndUnknownKindsAreA400NamingEachField() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("kind", "EXTERNSHIP"))
                .post("/api/v1/rotations")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("institution", "startsOn", "endsOn"));
        ana.request()
                .body(rotation("2026-07-06", "2026-07-31", Map.of("kind", "VACATION")))
                .post("/api/v1/rotations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void aRotationShorterThanTwoWeeksWarns() {
        // Monday July 6 to Thursday July 16: 11 calendar days, 9 working days, one short of two working weeks.
        Applicant.register()
                .request()
                .body(rotation("2026-07-06", "2026-07-16", Map.of()))
                .post("/api/v1/rotations")
                .then()
                .statusCode(201)
                .body("days", equalTo(11))
                .body("workingDays", equalTo(9))
                .body("warnings.code", contains("SHORTER_THAN_TWO_WEEKS"))
                .body("warnings[0].message", containsString("Only 9 working days"));
    }

    @Test
    void aRotationOfExactlyTwoWeeksDoesNotWarn() {
        Applicant.register()
                .request()
                .body(rotation("2026-07-06", "2026-07-19", Map.of()))
                .post("/api/v1/rotations")
                .then()
                .statusCode(201)
                .body("days", equalTo(14))
                .body("warnings", empty());
    }

    @Test
    void shadowingOnlyAndALargeGroupWarn() {
        Applicant.register()
                .request()
                .body(rotation("2026-07-01", "2026-07-31", Map.of("shadowingOnly", true, "largeGroup", true)))
                .post("/api/v1/rotations")
                .then()
                .statusCode(201)
                .body("warnings.code", contains("SHADOWING_ONLY", "LARGE_GROUP"));
    }

    @Test
    void thePhaseIsUpcomingActiveWithItsWeekOrEnded() {
        Applicant ana = Applicant.register();
        String upcoming = Lor.rotation(ana, 3, 30);
        String firstWeek = Lor.rotation(ana, 0, 27);
        String secondWeek = Lor.rotation(ana, -8, 20);
        String ended = Lor.rotation(ana, -40, -1);
        ana.request()
                .get("/api/v1/rotations/" + upcoming)
                .then()
                .body("phase.state", equalTo("UPCOMING"))
                .body("phase.week", nullValue());
        ana.request()
                .get("/api/v1/rotations/" + firstWeek)
                .then()
                .body("phase.state", equalTo("ACTIVE"))
                .body("phase.week", equalTo(1));
        ana.request()
                .get("/api/v1/rotations/" + secondWeek)
                .then()
                .body("phase.state", equalTo("ACTIVE"))
                .body("phase.week", equalTo(2));
        ana.request()
                .get("/api/v1/rotations/" + ended)
                .then()
                .body("phase.state", equalTo("ENDED"))
                .body("phase.week", nullValue());
    }

    @Test
    void thePhaseIsTakenInTheApplicantsTimeZone() {
        Applicant ana = Applicant.register();
        // Kiritimati is UTC+14: its "today" is often tomorrow in UTC.
        ana.request()
                .body(Map.of("timeZone", "Pacific/Kiritimati"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
        LocalDate today = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));
        ana.request()
                .body(rotation(today.toString(), today.plusDays(20).toString(), Map.of()))
                .post("/api/v1/rotations")
                .then()
                .statusCode(201)
                .body("phase.state", equalTo("ACTIVE"))
                .body("phase.week", equalTo(1));
    }

    @Test
    void rotationsAreListedLatestStartFirstAndFilterByKindAndPhase() {
        Applicant ana = Applicant.register();
        String ended = Lor.rotation(ana, -60, -30);
        String active = Lor.rotation(ana, -5, 20);
        Lor.create(ana, "/api/v1/rotations", rotation(Lor.day(10), Lor.day(40), Map.of("kind", "SUB_INTERNSHIP")));
        ana.request()
                .get("/api/v1/rotations")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items[1].id", equalTo(active))
                .body("items[2].id", equalTo(ended));
        ana.request()
                .queryParam("state", "ACTIVE")
                .get("/api/v1/rotations")
                .then()
                .body("items.id", contains(active));
        ana.request()
                .queryParam("kind", "SUB_INTERNSHIP")
                .get("/api/v1/rotations")
                .then()
                .body("items.kind", contains("SUB_INTERNSHIP"));
        ana.request()
                .queryParam("state", "SOON")
                .get("/api/v1/rotations")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("state"));
    }

    @Test
    void derivedFieldsSentOnInputAreIgnored() {
        Applicant ana = Applicant.register();
        Map<String, Object> body = rotation(
                "2026-07-01",
                "2026-07-05",
                Map.of("warnings", List.of(), "days", 99, "phase", Map.of("state", "UPCOMING")));
        ana.request()
                .body(body)
                .post("/api/v1/rotations")
                .then()
                .statusCode(201)
                .body("days", equalTo(5))
                .body("warnings.code", contains("SHORTER_THAN_TWO_WEEKS"))
                .body("phase.state", equalTo("ENDED"));
    }

    @Test
    void deletingARotationThatOthersReferToIsA409NamingThem() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -30, -1);
        String attending = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", rotation, true);
        Lor.create(ana, "/api/v1/stories", Map.of("title", "DKA case", "rotationId", rotation));
        Lor.create(ana, "/api/v1/feedback", Map.of("attendingId", attending, "rotationId", rotation));
        ana.request()
                .delete("/api/v1/rotations/" + rotation)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:lorkit:problem:referenced"))
                .body("references.resource", contains("attendings", "stories", "feedback"))
                .body("references.count", contains(1, 1, 1))
                .body("detail", containsString("cascade=true"));
        ana.request().get("/api/v1/rotations/" + rotation).then().statusCode(200);
    }

    @Test
    void deletingARotationWithCascadeUnlinksButKeepsStoriesFeedbackAndAttendings() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -30, -1);
        String attending = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", rotation, true);
        String story = Lor.create(ana, "/api/v1/stories", Map.of("title", "DKA case", "rotationId", rotation));
        String feedback = Lor.create(ana, "/api/v1/feedback", Map.of("attendingId", attending, "rotationId", rotation));
        String attendingEtag = Lor.etag(ana, "/api/v1/attendings/" + attending);
        ana.request()
                .queryParam("cascade", true)
                .delete("/api/v1/rotations/" + rotation)
                .then()
                .statusCode(204);
        ana.request().get("/api/v1/rotations/" + rotation).then().statusCode(404);
        ana.request().get("/api/v1/stories/" + story).then().statusCode(200).body("rotationId", nullValue());
        ana.request().get("/api/v1/feedback/" + feedback).then().statusCode(200).body("rotationId", nullValue());
        ana.request()
                .get("/api/v1/attendings/" + attending)
                .then()
                .statusCode(200)
                .body("rotations", empty())
                .body("daysWorkedTogether", equalTo(0))
                .header("ETag", org.hamcrest.Matchers.not(attendingEtag));
    }

    @Test
    void aRotationNobodyRefersToIsDeletedWith204() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -30, -1);
        ana.request().delete("/api/v1/rotations/" + rotation).then().statusCode(204);
        ana.request().get("/api/v1/rotations/" + rotation).then().statusCode(404);
        ana.request()
                .queryParam("cascade", "maybe")
                .delete("/api/v1/rotations/" + rotation)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("cascade"));
    }
}
