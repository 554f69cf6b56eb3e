package org.lorkit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/**
 * OWASP ASVS 5.0 V4.1.3 with the running API: the tests reach it from the loopback, which %test trusts
 * as a proxy (like the SPA's nginx in compose), so the audit trail records the hop the proxy appended,
 * never what the caller wrote to the left of it.
 */
@QuarkusTest
class AsvsClientAddressInTheTrailTest {

    @Test
    void v4_1_3_the_audit_trail_records_the_hop_the_trusted_proxy_appended_not_a_forged_one() {
        Applicant ana = Applicant.register();
        given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", "10.9.8.7, 198.51.100.61")
                .body(Map.of("email", ana.email(), "password", "not her password at all"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        ana.request()
                .get("/api/v1/me/security-events")
                .then()
                .statusCode(200)
                .body("items.clientAddress", hasItem("198.51.100.61"))
                .body("items.clientAddress", not(hasItem("10.9.8.7")));
    }
}
