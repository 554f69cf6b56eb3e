package org.lorkit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.ServerSecrets;
import org.lorkit.support.Applicant;
import org.lorkit.support.Authenticator;

/** OWASP ASVS 5.0 V6.5/V6.6: optional TOTP second factor with single-use recovery codes. */
@QuarkusTest
class AsvsSecondFactorTest {

    @Inject
    EntityManager em;

    @Inject
    ServerSecrets secrets;

    private static io.restassured.response.ValidatableResponse login(Applicant a, String field, String value) {
        Map<String, String> body = new HashMap<>(Map.of("email", a.email(), "password", a.password()));
        if (field != null) {
            body.put(field, value);
        }
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "192.0.2.200")
                .body(body)
                .post("/api/v1/auth/login")
                .then();
    }

    /** Enrols and confirms; answers the secret and the recovery codes. */
    private static Map.Entry<String, List<String>> enable(Applicant ana) {
        Authenticator app = ana.turnOnAuthenticator();
        return Map.entry(app.secret(), app.recoveryCodes());
    }

    @Test
    void v6_6_enrolment_needs_a_right_first_code() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("password", ana.password()))
                .post("/api/v1/me/totp")
                .then()
                .statusCode(200);
        ana.request()
                .body(Map.of("code", "000000"))
                .post("/api/v1/me/totp/confirm")
                .then()
                .statusCode(400);
        login(ana, null, null).statusCode(200);
    }

    @Test
    void v6_6_1_login_asks_for_the_code_once_the_second_factor_is_on() {
        Applicant ana = Applicant.register();
        String secret = enable(ana).getKey();
        login(ana, null, null)
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.equalTo("urn:lorkit:problem:second-factor-required"))
                .body("errors.field", hasItem("totpCode"));
        login(ana, "totpCode", "123456".equals(Authenticator.codeAt(secret, 0)) ? "654321" : "123456")
                .statusCode(401);
        login(ana, "totpCode", Authenticator.codeAt(secret, 1)).statusCode(200);
    }

    @Test
    void v6_6_3_a_code_cannot_be_used_twice() {
        Applicant ana = Applicant.register();
        String secret = enable(ana).getKey();
        String code = Authenticator.codeAt(secret, 1);
        login(ana, "totpCode", code).statusCode(200);
        login(ana, "totpCode", code).statusCode(401);
    }

    @Test
    void v6_5_1_recovery_codes_work_once() {
        Applicant ana = Applicant.register();
        List<String> codes = enable(ana).getValue();
        login(ana, "recoveryCode", codes.get(3).toUpperCase()).statusCode(200);
        login(ana, "recoveryCode", codes.get(3)).statusCode(401);
        ana.request()
                .get("/api/v1/me/security-events")
                .then()
                .body("items.kind", hasItem("RECOVERY_CODE_USED"))
                .body("items.kind", hasItem("SECOND_FACTOR_ENABLED"));
    }

    @Test
    void v6_6_turning_the_second_factor_off_needs_the_password() {
        Applicant ana = Applicant.register();
        enable(ana);
        ana.request()
                .body(Map.of("password", "not my password"))
                .post("/api/v1/me/totp/disable")
                .then()
                .statusCode(400);
        login(ana, null, null).statusCode(401);
        ana.request()
                .body(Map.of("password", ana.password()))
                .post("/api/v1/me/totp/disable")
                .then()
                .statusCode(204);
        login(ana, null, null).statusCode(200);
    }

    @Test
    void v7_5_1_turning_the_second_factor_on_needs_the_password() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("password", "a stolen session does not know it"))
                .post("/api/v1/me/totp")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("password"));
        ana.request().body(Map.of()).post("/api/v1/me/totp").then().statusCode(400);
        // Nothing was started: confirming has nothing to confirm.
        ana.request()
                .body(Map.of("code", "123456"))
                .post("/api/v1/me/totp/confirm")
                .then()
                .statusCode(409);
        login(ana, null, null).statusCode(200);
    }

    @Test
    void v6_5_2_recovery_codes_are_an_hmac_with_the_server_key_and_the_seed_is_sealed() {
        Applicant ana = Applicant.register();
        Map.Entry<String, List<String>> on = enable(ana);
        String plain = on.getValue().get(0);
        List<?> stored = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                                SELECT c.code_hash || ' ' || c.scheme FROM recovery_code c JOIN app_user u ON u.id = c.user_id
                                WHERE u.email_key = ?1""")
                        .setParameter(1, ana.email().toLowerCase())
                        .getResultList());
        org.junit.jupiter.api.Assertions.assertEquals(10, stored.size());
        String unsalted = org.lorkit.common.Sha256.hex(plain);
        for (Object row : stored) {
            org.junit.jupiter.api.Assertions.assertTrue(((String) row).endsWith(" HMAC_SHA256"), (String) row);
            org.junit.jupiter.api.Assertions.assertFalse(((String) row).startsWith(unsalted), "a plain SHA-256");
        }
        org.junit.jupiter.api.Assertions.assertTrue(
                stored.stream().anyMatch(r -> ((String) r).startsWith(secrets.hmac(plain) + " ")));
        String seed = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT totp_secret FROM app_user WHERE email_key = ?1")
                        .setParameter(1, ana.email().toLowerCase())
                        .getSingleResult());
        org.junit.jupiter.api.Assertions.assertTrue(seed.startsWith("v1:"), seed);
        org.junit.jupiter.api.Assertions.assertFalse(seed.contains(on.getKey()), "the seed is stored in plain text");
        login(ana, "totpCode", Authenticator.codeAt(on.getKey(), 1)).statusCode(200);
    }

    @Test
    void v6_6_a_seed_stored_in_plain_text_before_v23_still_works_and_is_sealed_when_read() {
        Applicant ana = Applicant.register();
        String secret = enable(ana).getKey();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE app_user SET totp_secret = ?1 WHERE email_key = ?2")
                        .setParameter(1, secret)
                        .setParameter(2, ana.email().toLowerCase())
                        .executeUpdate());
        login(ana, "totpCode", Authenticator.codeAt(secret, 1)).statusCode(200);
        String seed = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT totp_secret FROM app_user WHERE email_key = ?1")
                        .setParameter(1, ana.email().toLowerCase())
                        .getSingleResult());
        org.junit.jupiter.api.Assertions.assertTrue(seed.startsWith("v1:"), seed);
    }

    @Test
    void v6_5_1_two_logins_at_once_with_one_recovery_code_let_in_only_one() throws Exception {
        Applicant ana = Applicant.register();
        String code = enable(ana).getValue().get(5);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> attempt = () -> {
                start.await();
                return given().contentType(ContentType.JSON)
                        .header("X-Forwarded-For", "192.0.2.201")
                        .body(Map.of("email", ana.email(), "password", ana.password(), "recoveryCode", code))
                        .post("/api/v1/auth/login")
                        .statusCode();
            };
            var first = two.submit(attempt);
            var second = two.submit(attempt);
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>(List.of(first.get(), second.get()));
            java.util.Collections.sort(statuses);
            org.junit.jupiter.api.Assertions.assertEquals(List.of(200, 401), statuses);
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void v6_5_2_recovery_codes_carry_120_random_bits_so_a_keyed_fast_hash_is_enough() {
        Applicant ana = Applicant.register();
        List<String> codes = ana.turnOnAuthenticator().recoveryCodes();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String code : codes) {
            // 24 base32 characters (5 bits each) in six groups of four: 120 bits, above ASVS' 112.
            org.junit.jupiter.api.Assertions.assertTrue(
                    code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){5}"), code + " is not 24 base32 characters");
            seen.add(code.replace("-", "").substring(0, 12));
        }
        org.junit.jupiter.api.Assertions.assertEquals(10, seen.size(), "ten different codes: " + codes);
        // Typed the way people copy them off paper: upper case, spaces instead of dashes.
        login(
                        ana,
                        "recoveryCode",
                        " " + codes.get(3).toUpperCase(java.util.Locale.ROOT).replace("-", " ") + " ")
                .statusCode(200);
    }

    @Test
    void totp_codes_follow_rfc_6238_test_vectors() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", 8 digits → last 6 digits here.
        String secret = Totp.base32("12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        org.junit.jupiter.api.Assertions.assertEquals("287082", Totp.codeAt(secret, Totp.stepAt(59)));
        org.junit.jupiter.api.Assertions.assertEquals("081804", Totp.codeAt(secret, Totp.stepAt(1111111109)));
        org.junit.jupiter.api.Assertions.assertEquals("005924", Totp.codeAt(secret, Totp.stepAt(1234567890)));
    }
}
