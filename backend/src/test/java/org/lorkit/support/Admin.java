package org.lorkit.support;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.lorkit.platform.ServerSecrets;

/**
 * The first admin, created at start from lorkit.admin.* (see %test in application.properties). Admin
 * screens need the second factor (ASVS 5.0 6.3.3), so the first login turns the authenticator app on, and
 * later logins send a code made from the (sealed) seed at the application's clock.
 */
public record Admin(String accessToken) {

    public static final String EMAIL = "admin@lorkit.test";
    public static final String PASSWORD = "first-admin-passphrase";

    public static synchronized Admin login() {
        Response first = attempt(null);
        if (first.statusCode() == 200) {
            Admin admin = new Admin(first.path("accessToken"));
            Authenticator.turnOn(admin::request, PASSWORD);
            return admin;
        }
        Response second = attempt(codeNow());
        if (second.statusCode() != 200) {
            throw new AssertionError("the admin could not log in: " + second.asString());
        }
        return new Admin(second.path("accessToken"));
    }

    public RequestSpecification request() {
        return given().auth().oauth2(accessToken).contentType(ContentType.JSON);
    }

    private static Response attempt(String totpCode) {
        Map<String, String> body = new HashMap<>(Map.of("email", EMAIL, "password", PASSWORD));
        if (totpCode != null) {
            body.put("totpCode", totpCode);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/auth/login");
    }

    /** A code for the current step of the app's clock; the last step used is forgotten first (tests only). */
    private static String codeNow() {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        ServerSecrets secrets = Arc.container().instance(ServerSecrets.class).get();
        String sealed = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("UPDATE app_user SET totp_last_step = NULL WHERE email_key = ?1")
                    .setParameter(1, EMAIL)
                    .executeUpdate();
            return (String) em.createNativeQuery("SELECT totp_secret FROM app_user WHERE email_key = ?1")
                    .setParameter(1, EMAIL)
                    .getSingleResult();
        });
        String seed = ServerSecrets.isSealed(sealed) ? secrets.open(sealed) : sealed;
        return Authenticator.codeAt(seed, 0);
    }
}
