package org.lorkit.story;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;

/**
 * A new story's rows are written in plain JDBC (StoryInsert), not by Hibernate: what a create answers must be
 * exactly what every later read of it answers, field by field, for a story that fills every column the way a
 * phone does after rounds (two writers on one rotation, a lower-case patient name, a date a year back).
 */
@QuarkusTest
class StoryReadBackAsCreatedTest {

    @Test
    void aStoryIsReadBackExactlyAsItsCreateAnsweredIt() {
        Applicant ana = Applicant.register();
        // A rotation of 33 days that ended a year ago, two writers on it.
        String rotation = Lor.rotation(ana, -400, -368);
        String okafor = Lor.attending(ana, "Dr Chidi Okafor", "CORE_FACULTY", rotation, true);
        String lee = Lor.attending(ana, "dr lee", "PROGRAM_DIRECTOR", rotation, true);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "pt maria gonzalez w/ dka, closed the gap overnight");
        body.put("summary", "admitted 3/14, ag 24 -> 12 by am rounds");
        body.put("whatIDid", "ran the insulin drip protocol, called the family at 2am");
        body.put("whatItShows", "owning the night plan");
        body.put("occurredOn", Lor.day(-380));
        body.put("kind", "TEACHING");
        body.put("includeInPacket", false);
        body.put("rotationId", rotation);
        body.put("witnessAttendingIds", List.of(lee, okafor));
        body.put("competencies", List.of("PATIENT_CARE", "COMMUNICATION"));
        body.put("formFields", List.of("ESLOE_2.PART_B", "ESLOE_2.PART_A"));

        Response created = ana.request().body(body).post("/api/v1/stories");
        created.then().statusCode(201);
        JsonPath answered = created.jsonPath();
        assertFalse(answered.getList("phiWarnings").isEmpty(), "the lower-case name and the date are flagged");

        String id = answered.getString("id");
        Response read = ana.request().get("/api/v1/stories/" + id);
        read.then().statusCode(200).header("ETag", equalTo(created.header("ETag")));
        assertEquals(answered.getMap(""), read.jsonPath().getMap(""), "GET answers what the create answered");
        assertEquals(
                answered.getMap(""),
                ana.request().get("/api/v1/stories").jsonPath().getMap("items[0]"),
                "the list answers it too");

        // The row's version is the ETag the create gave: an edit (a whole story, PUT) with it is taken.
        body.put("title", "closed the anion gap overnight");
        body.put("phiReviewed", true);
        ana.request()
                .header("If-Match", created.header("ETag"))
                .body(body)
                .put("/api/v1/stories/" + id)
                .then()
                .statusCode(200)
                .body("witnessAttendingIds", equalTo(answered.getList("witnessAttendingIds")));
    }
}
