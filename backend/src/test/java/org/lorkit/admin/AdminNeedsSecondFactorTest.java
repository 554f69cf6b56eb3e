package org.lorkit.admin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Admin;
import org.lorkit.support.Applicant;

/** ASVS 5.0 6.3.3: an admin without the second factor is refused every admin endpoint, with what to do. */
@QuarkusTest
class AdminNeedsSecondFactorTest {

    @Inject
    EntityManager em;

    private void role(Applicant who, String role) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE app_user SET role = ?1 WHERE email_key = ?2")
                        .setParameter(1, role)
                        .setParameter(2, who.email().toLowerCase())
                        .executeUpdate());
    }

    @Test
    void asvs_6_3_3_anAdminWithoutTheAuthenticatorAppGets403SayingToTurnItOn() {
        Applicant kemi = Applicant.register();
        role(kemi, "ADMIN");
        try {
            String token = given().contentType(ContentType.JSON)
                    .body(Map.of("email", kemi.email(), "password", kemi.password()))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("accessToken");
            for (String path : new String[] {"/api/v1/admin/stats", "/api/v1/admin/users"}) {
                given().auth()
                        .oauth2(token)
                        .get(path)
                        .then()
                        .statusCode(403)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:lorkit:problem:forbidden"))
                        .body("detail", equalTo(AdminSecondFactor.TURN_IT_ON));
            }
        } finally {
            role(kemi, "APPLICANT");
        }
        // The first admin of the tests has it on (support.Admin turns it on at the first login).
        Admin.login().request().get("/api/v1/admin/stats").then().statusCode(200);
    }

    @Test
    void anApplicantStillGetsThePlain403AndNoTokenThe401() {
        Applicant ana = Applicant.register();
        ana.request()
                .get("/api/v1/admin/stats")
                .then()
                .statusCode(403)
                .body("detail", org.hamcrest.Matchers.not(equalTo(AdminSecondFactor.TURN_IT_ON)));
        given().get("/api/v1/admin/stats").then().statusCode(401);
    }
}
