package org.lorkit.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

@QuarkusTest
class AccountsTest {

    private static Map<String, String> registration(String email, String password) {
        return Map.of("email", email, "password", password, "displayName", "Ana Pérez");
    }

    @Test
    void registeringAnswers201WithTheAccountButNoPasswordHash() {
        String email = "ana-" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON)
                .body(registration(email, "rounds-at-seven"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/me"))
                .body("email", equalTo(email))
                .body("displayName", equalTo("Ana Pérez"))
                .body("id", notNullValue())
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("passwordHash")));
    }

    @Test
    void emailsAreUniqueRegardlessOfCase() {
        String local = "case-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body(registration(local + "@example.org", "rounds-at-seven"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(registration(local.toUpperCase() + "@EXAMPLE.org", "rounds-at-seven"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409));
    }

    @Test
    void passwordsShorterThanEightCharactersAreRefused() {
        given().contentType(ContentType.JSON)
                .body(registration("short-" + UUID.randomUUID() + "@example.org", "seven77"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("password"));
    }

    @Test
    void passwordsOverSeventyTwoBytesAreRefusedNotTruncated() {
        String tooLong = "é".repeat(37); // 37 characters, 74 bytes in UTF-8
        given().contentType(ContentType.JSON)
                .body(registration("long-" + UUID.randomUUID() + "@example.org", tooLong))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("72 bytes"));
    }

    @Test
    void loginWithTheWrongPasswordOrAnUnknownEmailGetsTheSameAnswer() {
        Applicant ana = Applicant.register();
        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("email", ana.email(), "password", "not-the-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .extract()
                .path("detail");
        String unknownEmail = given().contentType(ContentType.JSON)
                .body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.org", "password", "not-the-password"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .extract()
                .path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(wrongPassword, unknownEmail);
    }

    @Test
    void meAnswersTheSignedInAccount() {
        Applicant ana = Applicant.register();
        ana.request().get("/api/v1/me").then().statusCode(200).body("email", equalTo(ana.email()));
    }

    @Test
    void aRefreshTokenWorksOnceAndIsRotated() {
        Applicant ana = Applicant.register();
        String next = given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("expiresIn", equalTo(900))
                .extract()
                .path("refreshToken");
        org.junit.jupiter.api.Assertions.assertNotEquals(ana.refreshToken(), next);
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", next))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200);
    }

    @Test
    void reusingARotatedRefreshTokenEndsTheWholeSession() {
        Applicant ana = Applicant.register();
        String next = given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200)
                .extract()
                .path("refreshToken");
        // The old token shows up again: someone copied it. Both holders lose the session.
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", next))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
    }

    @Test
    void logoutEndsTheSessionOfItsRefreshToken() {
        Applicant ana = Applicant.register();
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsSessions() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("currentPassword", "not-the-password", "newPassword", "a-brand-new-passphrase"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("currentPassword"));
        ana.request()
                .body(Map.of("currentPassword", ana.password(), "newPassword", "short"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("newPassword"));
        ana.request()
                .body(Map.of("currentPassword", ana.password(), "newPassword", "a-brand-new-passphrase"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", ana.email(), "password", ana.password()))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", ana.email(), "password", "a-brand-new-passphrase"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
    }
}
