package org.lorkit.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;

/**
 * OWASP ASVS 5.0 V2.4.1 (anti-automation on costly functions): the PHI check, which scans up to
 * 10 000 characters per call, and account deletion, which spends a bcrypt comparison per call, are
 * limited per account, so a stolen token cannot turn them into free work.
 */
@QuarkusTest
class AsvsAntiAutomationTest {

    static final Instant CLINIC_DAY = Instant.parse("2027-05-04T13:05:00Z");

    @Inject
    MutableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void v2_4_1_phi_checks_are_limited_per_account_per_minute() {
        clock.set(CLINIC_DAY);
        Applicant ana = Applicant.register();
        Map<String, String> draft = Map.of("text", "pt in bed 4 w/ chest pain, dr okafor let me present");
        for (int i = 0; i < 120; i++) {
            ana.request().body(draft).post("/api/v1/phi/check").then().statusCode(200);
        }
        ana.request()
                .body(draft)
                .post("/api/v1/phi/check")
                .then()
                .statusCode(429)
                .header("Retry-After", "60")
                .body("detail", equalTo("Too many attempts in a short time. Try again in 1 minute."));
        // Another applicant typing at the same time is not held up.
        Applicant.register()
                .request()
                .body(draft)
                .post("/api/v1/phi/check")
                .then()
                .statusCode(200);
        clock.advance(Duration.ofMinutes(1));
        ana.request().body(draft).post("/api/v1/phi/check").then().statusCode(200);
    }

    @Test
    void v2_4_1_account_deletion_is_limited_per_account_and_a_refused_one_deletes_nothing() {
        clock.set(CLINIC_DAY);
        Applicant ana = Applicant.register();
        for (int i = 0; i < 5; i++) {
            ana.request()
                    .body(Map.of("password", "is it this one " + i))
                    .delete("/api/v1/me")
                    .then()
                    .statusCode(403);
        }
        ana.request()
                .body(Map.of("password", ana.password()))
                .delete("/api/v1/me")
                .then()
                .statusCode(429)
                .body("detail", startsWith("Too many attempts in a short time. Try again in "));
        ana.request().get("/api/v1/me").then().statusCode(200);
        clock.advance(Duration.ofHours(1));
        ana.request()
                .body(Map.of("password", ana.password()))
                .delete("/api/v1/me")
                .then()
                .statusCode(204);
    }
}
