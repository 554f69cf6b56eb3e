package org.lorkit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/** OWASP ASVS 5.0 chapter V7 (session management). */
@QuarkusTest
class AsvsSessionTest {

    @Inject
    EntityManager em;

    private static io.restassured.response.ValidatableResponse refresh(String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", token))
                .post("/api/v1/auth/refresh")
                .then();
    }

    @Test
    void v7_2_4_every_refresh_issues_a_new_refresh_token_and_reuse_revokes_the_family() {
        Applicant ana = Applicant.register();
        String second = refresh(ana.refreshToken()).statusCode(200).extract().path("refreshToken");
        String third = refresh(second).statusCode(200).extract().path("refreshToken");
        // A thief replays the first token: the whole family ends, including the newest token.
        refresh(ana.refreshToken()).statusCode(401);
        refresh(third).statusCode(401);
        ana.request().get("/api/v1/me/security-events").then().body("items.kind", hasItem("REFRESH_TOKEN_REUSED"));
    }

    @Test
    void v7_3_1_a_session_idle_longer_than_the_idle_timeout_ends() {
        Applicant ana = Applicant.register();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE refresh_token SET expires_at = now() - interval '1 minute' WHERE token_hash = ?1")
                        .setParameter(1, hash(ana.refreshToken()))
                        .executeUpdate());
        refresh(ana.refreshToken()).statusCode(401);
    }

    @Test
    void v7_3_2_refreshing_cannot_extend_a_session_past_its_absolute_lifetime() {
        Applicant ana = Applicant.register();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE refresh_token SET family_started_at = now() - interval '29 days 23 hours 59 minutes 30 seconds' WHERE token_hash = ?1")
                        .setParameter(1, hash(ana.refreshToken()))
                        .executeUpdate());
        String next = refresh(ana.refreshToken()).statusCode(200).extract().path("refreshToken");
        Number secondsLeft = (Number) QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "SELECT extract(epoch FROM expires_at - now()) FROM refresh_token WHERE token_hash = ?1")
                        .setParameter(1, hash(next))
                        .getSingleResult());
        org.junit.jupiter.api.Assertions.assertTrue(
                secondsLeft.doubleValue() <= 31,
                "the new token ends with the session's 30 days, not 72 hours later: " + secondsLeft);
    }

    @Test
    void v7_4_1_logout_revokes_the_refresh_token() {
        Applicant ana = Applicant.register();
        given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", ana.refreshToken()))
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        refresh(ana.refreshToken()).statusCode(401);
    }

    @Test
    void v7_4_5_log_out_everywhere_ends_all_sessions_and_their_access_tokens() {
        Applicant phone = Applicant.register();
        var laptop = given().contentType(ContentType.JSON)
                .body(Map.of("email", phone.email(), "password", phone.password()))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        phone.request().post("/api/v1/auth/logout-everywhere").then().statusCode(204);
        // Access tokens issued before are refused at once, not only after they expire.
        given().auth()
                .oauth2(phone.accessToken())
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(laptop.getString("accessToken"))
                .get("/api/v1/stories")
                .then()
                .statusCode(401);
        refresh(phone.refreshToken()).statusCode(401);
        refresh(laptop.getString("refreshToken")).statusCode(401);
        // A new login works right away.
        String fresh = given().contentType(ContentType.JSON)
                .body(Map.of("email", phone.email(), "password", phone.password()))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .path("accessToken");
        given().auth().oauth2(fresh).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void v7_1_audit_trail_is_append_only() {
        Applicant ana = Applicant.register();
        ana.request()
                .get("/api/v1/me/security-events")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("ACCOUNT_CREATED"));
        org.junit.jupiter.api.Assertions.assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("UPDATE security_event SET detail = 'tampered'")
                                .executeUpdate()));
        org.junit.jupiter.api.Assertions.assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("DELETE FROM security_event")
                                .executeUpdate()));
    }

    @Test
    void security_events_are_only_the_callers_own() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "192.0.2.77")
                .body(Map.of("email", ana.email(), "password", "wrong password here"))
                .post("/api/v1/auth/login");
        ben.request()
                .get("/api/v1/me/security-events")
                .then()
                .statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.not(hasItem("LOGIN_FAILED")))
                .body("total", org.hamcrest.Matchers.equalTo(2)); // created + logged in
    }

    static String hash(String token) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
