package org.lorkit.feedback;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;

@QuarkusTest
class FeedbackTest {

    @Test
    void quickCaptureNeedsOnlyTheAttending() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        ana.request()
                .body(Map.of("attendingId", lee))
                .post("/api/v1/feedback")
                .then()
                .statusCode(201)
                .body("kind", equalTo("FORMATIVE"))
                .body(
                        "receivedOn",
                        equalTo(LocalDate.now(java.time.ZoneOffset.UTC).toString()))
                .body("attendingName", equalTo("Dr Lee"))
                .body("enthusiasm", nullValue());
    }

    @Test
    void feedbackKeepsMyPlanAndTheFollowUp() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        String rotation = Lor.rotation(ana, -20, -1);
        ana.request()
                .body(Map.of(
                        "attendingId",
                        lee,
                        "rotationId",
                        rotation,
                        "receivedOn",
                        Lor.day(-10),
                        "kind",
                        "WEEKLY_MINI",
                        "wentWell",
                        "Organised",
                        "toImprove",
                        "Shorter presentations",
                        "myPlan",
                        "One-liner first",
                        "whatIChanged",
                        "Two-minute presentations",
                        "checkedBackOn",
                        Lor.day(-3)))
                .post("/api/v1/feedback")
                .then()
                .statusCode(201)
                .body("rotationId", equalTo(rotation))
                .body("toImprove", equalTo("Shorter presentations"))
                .body("whatIChanged", equalTo("Two-minute presentations"))
                .body("checkedBackOn", equalTo(Lor.day(-3)));
    }

    @Test
    void summativeFeedbackWithoutEnthusiasmIsA400NamingEnthusiasm() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        ana.request()
                .body(Map.of("attendingId", lee, "kind", "SUMMATIVE"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("enthusiasm"));
    }

    @Test
    void enthusiasmIsRefusedOnFeedbackThatIsNotSummative() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        ana.request()
                .body(Map.of("attendingId", lee, "kind", "FORMATIVE", "enthusiasm", "POSITIVE"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(400)
                .body("errors.field", contains("enthusiasm"));
    }

    @Test
    void checkingBackBeforeTheFeedbackOrAnythingInTheFutureIsA400NamingTheField() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        ana.request()
                .body(Map.of("attendingId", lee, "receivedOn", Lor.day(-5), "checkedBackOn", Lor.day(-6)))
                .post("/api/v1/feedback")
                .then()
                .statusCode(400)
                .body("errors.field", contains("checkedBackOn"));
        ana.request()
                .body(Map.of("attendingId", lee, "receivedOn", Lor.day(2)))
                .post("/api/v1/feedback")
                .then()
                .statusCode(400)
                .body("errors.field", contains("receivedOn"));
    }

    @Test
    void anUnknownOrForeignAttendingOrRotationIsA404NamingTheField() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        String bensAttending = Lor.attending(ben, "Dr Ben", "CORE_FACULTY", null, true);
        String bensRotation = Lor.rotation(ben, -10, -1);
        String anas = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        ana.request()
                .body(Map.of("attendingId", bensAttending))
                .post("/api/v1/feedback")
                .then()
                .statusCode(404)
                .body("errors.field", contains("attendingId"));
        ana.request()
                .body(Map.of("attendingId", anas, "rotationId", bensRotation))
                .post("/api/v1/feedback")
                .then()
                .statusCode(404)
                .body("errors.field", contains("rotationId"));
        ana.request()
                .body(Map.of("kind", "SUMMATIVE"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("attendingId"));
    }

    @Test
    void feedbackIsListedLatestFirstAndFiltersByAttendingKindAndDates() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        String kim = Lor.attending(ana, "Dr Kim", "CORE_FACULTY", null, true);
        String old = Lor.feedback(ana, lee, "FORMATIVE", null, 20);
        String summative = Lor.feedback(ana, lee, "SUMMATIVE", "POSITIVE", 5);
        String kims = Lor.feedback(ana, kim, "WEEKLY_MINI", null, 1);
        ana.request().get("/api/v1/feedback").then().body("items.id", contains(kims, summative, old));
        ana.request()
                .queryParam("attendingId", lee)
                .get("/api/v1/feedback")
                .then()
                .body("items.id", contains(summative, old));
        ana.request()
                .queryParam("kind", "SUMMATIVE")
                .get("/api/v1/feedback")
                .then()
                .body("items.id", contains(summative));
        ana.request()
                .queryParam("from", Lor.day(-10))
                .queryParam("to", Lor.day(-2))
                .get("/api/v1/feedback")
                .then()
                .body("items.id", contains(summative));
        ana.request()
                .queryParam("from", Lor.day(-2))
                .queryParam("to", Lor.day(-10))
                .get("/api/v1/feedback")
                .then()
                .statusCode(400)
                .body("errors.field", contains("to"));
        ana.request()
                .queryParam("from", "yesterday")
                .get("/api/v1/feedback")
                .then()
                .statusCode(400)
                .body("errors.field", contains("from"));
        ana.request()
                .queryParam("kind", "GOSSIP")
                .get("/api/v1/feedback")
                .then()
                .statusCode(400)
                .body("errors.field", contains("kind"));
    }
}
