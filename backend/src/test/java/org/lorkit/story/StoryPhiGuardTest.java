package org.lorkit.story;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/** PRODUCT.md "PHI guard": warn on every save, never lose the note, review clears, edits re-check. */
@QuarkusTest
class StoryPhiGuardTest {

    private static final String WITH_MRN = "Admitted the patient, MRN 00482913, with DKA; I ran the insulin protocol.";

    @Test
    void aStoryWithAnIdentifierIsSavedAndAnswersWhereTheIdentifierIs() {
        Applicant ana = Applicant.register();
        String id = ana.request()
                .body(Map.of("title", "DKA admission", "summary", WITH_MRN))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .body("phiWarnings", hasSize(1))
                .body("phiWarnings[0].field", equalTo("summary"))
                .body("phiWarnings[0].kind", equalTo("RECORD_NUMBER"))
                .body("phiWarnings[0].text", equalTo("00482913"))
                .body("phiWarnings[0].start", equalTo(WITH_MRN.indexOf("00482913")))
                .body("phiWarnings[0].end", equalTo(WITH_MRN.indexOf("00482913") + 8))
                .body("phiReviewed", equalTo(false))
                .extract()
                .path("id");
        ana.request()
                .get("/api/v1/stories/" + id)
                .then()
                .statusCode(200)
                .body("summary", equalTo(WITH_MRN))
                .body("phiWarnings", hasSize(1));
    }

    @Test
    void aCleanClinicalStoryHasNoWarnings() {
        Applicant.register()
                .request()
                .body(
                        Map.of(
                                "summary",
                                "Presented a 67-year-old with DKA; anion gap 24, K 3.1, started insulin at 0.1 U/kg/h. GCS 15."))
                .post("/api/v1/stories")
                .then()
                .statusCode(201)
                .body("phiWarnings", empty());
    }

    @Test
    void reviewingClearsTheWarningsUntilTheTextChanges() {
        Applicant ana = Applicant.register();
        String id = ana.request()
                .body(Map.of("title", "DKA admission", "summary", WITH_MRN))
                .post("/api/v1/stories")
                .then()
                .extract()
                .path("id");
        Map<String, Object> reviewed =
                new HashMap<>(Map.of("title", "DKA admission", "summary", WITH_MRN, "phiReviewed", true));
        ana.request()
                .body(reviewed)
                .put("/api/v1/stories/" + id)
                .then()
                .statusCode(200)
                .body("phiWarnings", empty())
                .body("phiReviewed", equalTo(true));
        // The same text stays reviewed on a later save without the flag...
        ana.request()
                .body(Map.of("title", "DKA admission", "summary", WITH_MRN))
                .put("/api/v1/stories/" + id)
                .then()
                .body("phiReviewed", equalTo(true));
        // ...but new text must be reviewed again.
        ana.request()
                .body(Map.of("title", "DKA admission", "summary", WITH_MRN + " Call 555-201-3344."))
                .put("/api/v1/stories/" + id)
                .then()
                .statusCode(200)
                .body("phiReviewed", equalTo(false))
                .body("phiWarnings.kind", hasItem("PHONE"));
    }

    @Test
    void checkingTextStoresNothing() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("text", "Mrs Eleanor Whitfield, DOB 03/14/1941, seen in clinic."))
                .post("/api/v1/phi/check")
                .then()
                .statusCode(200)
                .body("warnings.kind", hasItem("NAME"))
                .body("warnings.kind", hasItem("DATE"))
                .body("warnings[0].field", equalTo("text"));
        ana.request().get("/api/v1/stories").then().body("total", equalTo(0));
    }

    @Test
    void checkingTextNeedsAToken() {
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(Map.of("text", "hello"))
                .post("/api/v1/phi/check")
                .then()
                .statusCode(401);
    }

    @Test
    void theApplicantsOwnAttendingsAreNotPatients() {
        Applicant ana = Applicant.register();
        String text = "Dr Maria Lopez asked me to present; Mr Jonas Whitfield was the patient.";
        ana.request()
                .body(Map.of("text", text))
                .post("/api/v1/phi/check")
                .then()
                .body("warnings.text", hasItem(org.hamcrest.Matchers.containsString("Lopez")));
        ana.request()
                .body(Map.of("name", "Maria Lopez", "role", "CORE_FACULTY"))
                .post("/api/v1/attendings")
                .then()
                .statusCode(201);
        ana.request()
                .body(Map.of("text", text))
                .post("/api/v1/phi/check")
                .then()
                .body("warnings", hasSize(1))
                .body("warnings[0].text", org.hamcrest.Matchers.containsString("Whitfield"));
    }

    @Test
    void aStoredStoryIsReadWithTheWritersOfTheMomentNotThoseOfItsLogging() {
        Applicant ana = Applicant.register();
        String text = "dr maria lopez had me present; pt jonas whitfield, 67M, chest pain";
        ana.request()
                .body(Map.of("title", "cp admit", "summary", text))
                .post("/api/v1/stories")
                .then()
                .statusCode(201);
        ana.request()
                .get("/api/v1/stories")
                .then()
                .body("items[0].phiWarnings.text", hasItem(org.hamcrest.Matchers.containsString("lopez")));

        String lopez = ana.request()
                .body(Map.of("name", "Maria Lopez", "role", "CORE_FACULTY"))
                .post("/api/v1/attendings")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        ana.request()
                .get("/api/v1/stories")
                .then()
                .body(
                        "items[0].phiWarnings.text",
                        org.hamcrest.Matchers.not(hasItem(org.hamcrest.Matchers.containsString("lopez"))))
                .body("items[0].phiWarnings.text", hasItem(org.hamcrest.Matchers.containsString("jonas")));

        ana.request().delete("/api/v1/attendings/" + lopez).then().statusCode(204);
        ana.request()
                .get("/api/v1/stories")
                .then()
                .body("items[0].phiWarnings.text", hasItem(org.hamcrest.Matchers.containsString("lopez")));
    }
}
