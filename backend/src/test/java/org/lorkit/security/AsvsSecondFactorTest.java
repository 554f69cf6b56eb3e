package org.lorkit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/** OWASP ASVS 5.0 V6.5/V6.6: optional TOTP second factor with single-use recovery codes. */
@QuarkusTest
class AsvsSecondFactorTest {

    private static String codeNow(String secret, int stepOffset) {
        return Totp.codeAt(secret, Totp.stepAt(Instant.now().getEpochSecond()) + stepOffset);
    }

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
        String secret = ana.request()
                .post("/api/v1/me/totp")
                .then()
                .statusCode(200)
                .body("otpauthUri", startsWith("otpauth://totp/LORkit:"))
                .extract()
                .path("secret");
        List<String> codes = ana.request()
                .body(Map.of("code", codeNow(secret, 0)))
                .post("/api/v1/me/totp/confirm")
                .then()
                .statusCode(200)
                .body("recoveryCodes", hasSize(10))
                .extract()
                .path("recoveryCodes");
        return Map.entry(secret, codes);
    }

    @Test
    void v6_6_enrolment_needs_a_right_first_code() {
        Applicant ana = Applicant.register();
        ana.request().post("/api/v1/me/totp").then().statusCode(200);
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
        login(ana, "totpCode", "123456".equals(codeNow(secret, 0)) ? "654321" : "123456")
                .statusCode(401);
        login(ana, "totpCode", codeNow(secret, 1)).statusCode(200);
    }

    @Test
    void v6_6_3_a_code_cannot_be_used_twice() {
        Applicant ana = Applicant.register();
        String secret = enable(ana).getKey();
        String code = codeNow(secret, 1);
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
    void totp_codes_follow_rfc_6238_test_vectors() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", 8 digits → last 6 digits here.
        String secret = Totp.base32("12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        org.junit.jupiter.api.Assertions.assertEquals("287082", Totp.codeAt(secret, Totp.stepAt(59)));
        org.junit.jupiter.api.Assertions.assertEquals("081804", Totp.codeAt(secret, Totp.stepAt(1111111109)));
        org.junit.jupiter.api.Assertions.assertEquals("005924", Totp.codeAt(secret, Totp.stepAt(1234567890)));
    }
}
