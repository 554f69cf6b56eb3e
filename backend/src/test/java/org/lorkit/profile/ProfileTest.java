package org.lorkit.profile;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

@QuarkusTest
class ProfileTest {

    @Test
    void aNeverSavedTargetSheetAnswersItsDefaultsWithEtagZero() {
        Applicant.register()
                .request()
                .get("/api/v1/profile")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("targetSpecialty", nullValue())
                .body("strengths", empty())
                .body("cvReady", equalTo(false))
                .body("personalStatementStatus", equalTo("NOT_STARTED"))
                .body("timeZone", equalTo("UTC"))
                .body("updatedAt", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void putCreatesTheTargetSheetThenReplacesIt() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of(
                        "targetSpecialty",
                        "Internal Medicine",
                        "season",
                        2027,
                        "erasOpensOn",
                        "2027-06-07",
                        "submissionTargetOn",
                        "2027-09-24",
                        "strengths",
                        List.of("WORK_ETHIC", "CLINICAL_REASONING", "WORK_ETHIC"),
                        "strengthsNote",
                        "Calm with families",
                        "cvReady",
                        true,
                        "cvUpdatedOn",
                        "2026-11-01",
                        "personalStatementStatus",
                        "DRAFT",
                        "timeZone",
                        "America/Chicago"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("season", equalTo(2027))
                .body("submissionTargetOn", equalTo("2027-09-24"))
                .body("strengths", contains("CLINICAL_REASONING", "WORK_ETHIC"))
                .body("personalStatementStatus", equalTo("DRAFT"))
                .body("timeZone", equalTo("America/Chicago"))
                .body("updatedAt", notNullValue());
        ana.request()
                .header("If-Match", "\"1\"")
                .body(Map.of("targetSpecialty", "Family Medicine"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("targetSpecialty", equalTo("Family Medicine"))
                .body("season", nullValue())
                .body("strengths", empty())
                .body("timeZone", equalTo("UTC"));
    }

    @Test
    void aStaleIfMatchOnTheTargetSheetIsRefusedWith412AndChangesNothing() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("targetSpecialty", "Pediatrics"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
        // "0" was the never-saved sheet: somebody saved meanwhile.
        ana.request()
                .header("If-Match", "\"0\"")
                .body(Map.of("targetSpecialty", "Surgery"))
                .put("/api/v1/profile")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        ana.request().get("/api/v1/profile").then().body("targetSpecialty", equalTo("Pediatrics"));
    }

    @Test
    void anUnknownTimeZoneIsA400NamingTimeZone() {
        Applicant.register()
                .request()
                .body(Map.of("timeZone", "Mars/Olympus_Mons"))
                .put("/api/v1/profile")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("timeZone"));
    }

    @Test
    void aSubmissionTargetBeforeErasOpensIsA400NamingIt() {
        Applicant.register()
                .request()
                .body(Map.of("erasOpensOn", "2027-06-07", "submissionTargetOn", "2027-06-01"))
                .put("/api/v1/profile")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("submissionTargetOn"));
    }

    @Test
    void strengthsComeFromTheFixedCompetencyList() {
        Applicant.register()
                .request()
                .body(Map.of("strengths", List.of("CHARISMA")))
                .put("/api/v1/profile")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("strengths[0]"));
    }

    @Test
    void invalidFieldsAreAllNamedAtOnce() {
        Applicant.register()
                .request()
                .body(Map.of("season", 1900, "targetSpecialty", "x".repeat(101), "cvUpdatedOn", "2999-01-01"))
                .put("/api/v1/profile")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("season", "targetSpecialty", "cvUpdatedOn"));
    }
}
