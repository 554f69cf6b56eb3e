package org.lorkit.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** A freshly registered, logged-in applicant for a test: unique email, real tokens. */
public record Applicant(String email, String password, String accessToken, String refreshToken) {

    public static final String PASSWORD = "long-enough-passphrase";

    public static Applicant register() {
        String email = "applicant-" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "displayName", "Test Applicant"))
                .post("/api/v1/auth/register")
                .then()
                .statusCode(201);
        var tokens = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new Applicant(email, PASSWORD, tokens.getString("accessToken"), tokens.getString("refreshToken"));
    }

    /** Turns the authenticator app on for this applicant (password, then the first code). */
    public Authenticator turnOnAuthenticator() {
        return Authenticator.turnOn(this::request, password);
    }

    /** A request carrying this applicant's access token. */
    public RequestSpecification request() {
        return given().auth().oauth2(accessToken).contentType(ContentType.JSON);
    }
}
