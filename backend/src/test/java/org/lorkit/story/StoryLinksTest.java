package org.lorkit.story;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;

/** A story's rotation, witnesses and competencies, and the filters on them. */
@QuarkusTest
class StoryLinksTest {

    @Test
    void aStoryKeepsItsRotationWitnessesAndCompetencies() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -20, -1);
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", rotation, true);
        String id = ana.request()
                .body(Map.of(
                        "title",
                        "Caught hypokalemia",
                        "rotationId",
                        rotation,
                        "witnessAttendingIds",
                        List.of(lee, lee),
                        "competencies",
                        List.of("PATIENT_CARE", "CLINICAL_REASONING", "PATIENT_CARE"),
                        "kind",
                        "CASE"))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .body("rotationId", equalTo(rotation))
                .body("witnessAttendingIds", contains(lee))
                .body("competencies", contains("CLINICAL_REASONING", "PATIENT_CARE"))
                .extract()
                .path("id");
        ana.request()
                .body(Map.of("title", "Caught hypokalemia"))
                .put("/api/v1/stories/" + id)
                .then()
                .statusCode(200)
                .body("rotationId", nullValue())
                .body("witnessAttendingIds", empty())
                .body("competencies", empty());
    }

    @Test
    void anUnknownOrForeignWitnessOrRotationIsA404NamingTheField() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        String anas = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        String bens = Lor.attending(ben, "Dr Ben", "CORE_FACULTY", null, true);
        ana.request()
                .body(Map.of("title", "t", "witnessAttendingIds", List.of(anas, bens)))
                .post("/api/v1/stories")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("errors.field", contains("witnessAttendingIds[1]"));
        ana.request()
                .body(Map.of("title", "t", "rotationId", Lor.rotation(ben, -3, -1)))
                .post("/api/v1/stories")
                .then()
                .statusCode(404)
                .body("errors.field", contains("rotationId"));
        ana.request().get("/api/v1/stories").then().body("total", equalTo(0));
    }

    @Test
    void anUnknownCompetencyIsA400NamingTheField() {
        Applicant.register()
                .request()
                .body(Map.of("title", "t", "competencies", List.of("CHARISMA")))
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("competencies[0]"));
    }

    @Test
    void storiesFilterByRotationWitnessCompetencyAndDates() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -30, -1);
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", rotation, true);
        String onRotation = Lor.create(
                ana,
                "/api/v1/stories",
                Map.of("title", "on rotation", "rotationId", rotation, "occurredOn", Lor.day(-20)));
        String witnessed = Lor.create(
                ana,
                "/api/v1/stories",
                Map.of(
                        "title",
                        "witnessed",
                        "witnessAttendingIds",
                        List.of(lee),
                        "competencies",
                        List.of("TEACHING"),
                        "occurredOn",
                        Lor.day(-5)));
        Lor.create(ana, "/api/v1/stories", Map.of("title", "other", "competencies", List.of("COMMUNICATION")));
        ana.request()
                .queryParam("rotationId", rotation)
                .get("/api/v1/stories")
                .then()
                .body("items.id", contains(onRotation));
        ana.request()
                .queryParam("attendingId", lee)
                .get("/api/v1/stories")
                .then()
                .body("items.id", contains(witnessed));
        ana.request()
                .queryParam("competency", "TEACHING")
                .get("/api/v1/stories")
                .then()
                .body("items.id", contains(witnessed));
        ana.request()
                .queryParam("from", Lor.day(-25))
                .queryParam("to", Lor.day(-10))
                .get("/api/v1/stories")
                .then()
                .body("items.id", contains(onRotation));
        ana.request()
                .queryParam("competency", "CHARISMA")
                .get("/api/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", contains("competency"));
    }
}
