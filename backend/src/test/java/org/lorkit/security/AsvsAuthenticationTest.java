package org.lorkit.security;

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

/** OWASP ASVS 5.0 chapter V6 (authentication): passwords, brute force, lockout. */
@QuarkusTest
class AsvsAuthenticationTest {

    private static String freshEmail() {
        return "asvs-" + UUID.randomUUID() + "@example.org";
    }

    private static io.restassured.response.ValidatableResponse register(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password, "displayName", "Test"))
                .post("/api/v1/auth/register")
                .then();
    }

    @Test
    void v6_2_1_refuses_passwords_shorter_than_eight_characters() {
        register(freshEmail(), "short12").statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void v6_2_9_accepts_passwords_of_64_characters() {
        register(freshEmail(), "a sixty-four character passphrase is fine for LORkit accounts!!!".substring(0, 64))
                .statusCode(201);
    }

    @Test
    void v6_2_5_has_no_composition_rules() {
        register(freshEmail(), "all lower case words only").statusCode(201);
    }

    @Test
    void v6_2_4_refuses_common_passwords() {
        register(freshEmail(), "password123")
                .statusCode(400)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("common"));
        register(freshEmail(), "BaseBall").statusCode(400);
    }

    @Test
    void v6_2_2_and_v6_2_3_password_change_needs_the_current_password() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("currentPassword", "not-my-password", "newPassword", "a brand new passphrase"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("currentPassword"));
        String newAccess = ana.request()
                .body(Map.of("currentPassword", ana.password(), "newPassword", "a brand new passphrase"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(200)
                .body("accessToken", notNullValue())
                .extract()
                .path("accessToken");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", ana.email(), "password", "a brand new passphrase"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
        given().auth().oauth2(newAccess).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void v7_4_3_password_change_ends_the_other_sessions() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("currentPassword", ana.password(), "newPassword", "a brand new passphrase"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(200);
        given().auth().oauth2(ana.accessToken()).get("/api/v1/me").then().statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
    }

    @Test
    void v6_3_1_five_failures_slow_down_the_guessing_address_but_not_the_owner_elsewhere() {
        Applicant ana = Applicant.register();
        String guesser = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", guesser)
                    .body(Map.of("email", ana.email(), "password", "wrong-guess-" + i))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
        }
        // The guessing address waits now, even with the right password ...
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", guesser)
                .body(Map.of("email", ana.email(), "password", ana.password()))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        // ... while Ana, on her own phone, logs in at once.
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "192.0.2.99")
                .body(Map.of("email", ana.email(), "password", ana.password()))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200);
        ana.request()
                .get("/api/v1/me/security-events")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("LOGIN_THROTTLED"))
                .body("items.kind", hasItem("LOGIN_FAILED"));
    }

    @Test
    void v6_3_1_limits_failed_logins_per_client_address() {
        String address = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        int status = 0;
        for (int i = 0; i < 31 && status != 429; i++) {
            status = given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", address)
                    .body(Map.of("email", freshEmail(), "password", "spraying-passwords"))
                    .post("/api/v1/auth/login")
                    .then()
                    .extract()
                    .statusCode();
        }
        org.junit.jupiter.api.Assertions.assertEquals(429, status, "the 31st failure from one address is refused");
    }

    @Test
    void v6_3_8_unknown_emails_and_wrong_passwords_get_the_same_answer() {
        Applicant ana = Applicant.register();
        String known = given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "192.0.2.10")
                .body(Map.of("email", ana.email(), "password", "wrong password here"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .extract()
                .asString();
        String unknown = given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "192.0.2.10")
                .body(Map.of("email", freshEmail(), "password", "wrong password here"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertEquals(known, unknown);
    }
}
