package org.lorkit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/** OWASP API Security Top 10 (API4, API8): body limits, headers, CORS allow-list. */
@QuarkusTest
class HttpHardeningTest {

    @Test
    void api4_a_body_over_one_megabyte_is_refused_with_a_413_problem() {
        String huge = "{\"title\":\"" + "x".repeat(1_100_000) + "\"}";
        Applicant.register()
                .request()
                .body(huge)
                .post("/api/v1/stories")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void api8_answers_carry_security_headers() {
        given().get("/api/v1/me")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("X-XSS-Protection", "0");
    }

    @Test
    void api8_hsts_only_on_answers_that_went_over_tls() {
        // The test client talks plain http: no HSTS, which browsers would ignore there anyway.
        given().get("/api/v1/me").then().header("Strict-Transport-Security", nullValue());
        given().get("/q/health/live").then().header("Strict-Transport-Security", nullValue());
        // The loopback is a trusted proxy in %test: a TLS-terminating ingress in front says https.
        given().header("X-Forwarded-Proto", "https")
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        given().header("X-Forwarded-Proto", "http")
                .get("/api/v1/me")
                .then()
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void api8_cors_allows_only_configured_origins() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/stories")
                .then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/stories")
                .then()
                .header("Access-Control-Allow-Origin", not(equalTo("*")))
                .header("Access-Control-Allow-Origin", not(equalTo("https://evil.example")));
    }

    @Test
    void api8_errors_never_show_stack_traces_or_class_names() {
        String body = Applicant.register()
                .request()
                .body("{\"title\": [1,2,{")
                .post("/api/v1/stories")
                .then()
                .statusCode(400)
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(
                body.matches("(?s).*(Exception|\\bat org\\.|com\\.fasterxml|java\\.).*"), body);
    }
}
