package org.lorkit.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/** Bad input gets a clear 4xx problem+json, never a 500, and never leaks internals. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void malformedJsonIsA400Problem() {
        Applicant.register()
                .request()
                .body("{\"title\": ")
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"))
                .body("status", equalTo(400))
                .body(not(containsString("jackson")));
    }

    @Test
    void aFieldOfTheWrongTypeIsA400NamingTheField() {
        Applicant.register()
                .request()
                .body("{\"title\": \"t\", \"includeInPacket\": {\"x\": 1}}")
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("includeInPacket"));
    }

    @Test
    void anUnknownEnumValueIsA400NamingTheField() {
        Applicant.register()
                .request()
                .body("{\"title\": \"t\", \"kind\": \"GOSSIP\"}")
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void aBadDateIsA400NamingTheField() {
        Applicant.register()
                .request()
                .body("{\"title\": \"t\", \"occurredOn\": \"2026-02-31\"}")
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("occurredOn"));
    }

    @Test
    void aMissingBodyIsA400() {
        Applicant.register()
                .request()
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aNonJsonBodyIsA415Problem() {
        given().auth()
                .oauth2(Applicant.register().accessToken())
                .contentType(ContentType.TEXT)
                .body("hello")
                .post("/api/v1/stories")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void anIdThatIsNotAUuidIsA404Problem() {
        Applicant.register()
                .request()
                .get("/api/v1/stories/123")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownAddressIsA404Problem() {
        given().get("/api/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().delete("/api/v1/auth/login").then().statusCode(405).contentType("application/problem+json");
    }

    // Regressions found by the hostile-input run (org.lorkit.hostile): each was a 500 before.

    @Test
    void textWithANulCharacterIsA400NamingTheField() {
        Applicant.register()
                .request()
                .body("{\"title\": \"a\\u0000b\"}")
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
    }

    @Test
    void aKeyTwiceInOneObjectIsA400() {
        given().contentType(ContentType.JSON)
                .body("{\"refreshToken\": \"a\", \"refreshToken\": \"b\"}")
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aDateOutsideYyyyMmDdIsA400NamingTheField() {
        Applicant applicant = Applicant.register();
        for (String date :
                new String[] {"\"-2026-01-01\"", "\"+12026-01-01\"", "\"2026-1-5\"", "20000", "[2026, 1, 5]"}) {
            applicant
                    .request()
                    .body("{\"title\": \"t\", \"occurredOn\": " + date + "}")
                    .post("/api/v1/stories")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("occurredOn"));
        }
    }

    @Test
    void aSortWithoutAFieldIsA400() {
        Applicant applicant = Applicant.register();
        for (String sort : new String[] {",", ",desc"}) {
            applicant
                    .request()
                    .queryParam("sort", sort)
                    .get("/api/v1/stories")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("sort"));
        }
    }
}
