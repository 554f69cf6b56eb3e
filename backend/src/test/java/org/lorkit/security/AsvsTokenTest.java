package org.lorkit.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Tokens;

/** OWASP ASVS 5.0 chapter V9 (self-contained tokens): only what we signed, for us, in date. */
@QuarkusTest
class AsvsTokenTest {

    private static UUID idOf(Applicant a) {
        return UUID.fromString(
                a.request().get("/api/v1/me").then().statusCode(200).extract().path("id"));
    }

    private static void refused(String token) {
        given().auth().oauth2(token).get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void v9_1_1_accepts_a_token_signed_with_the_current_key() {
        Applicant ana = Applicant.register();
        given().auth()
                .oauth2(Tokens.sign(Tokens.valid(idOf(ana))))
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void v9_1_3_accepts_the_next_published_key_so_keys_rotate_without_logouts() {
        Applicant ana = Applicant.register();
        given().auth()
                .oauth2(Tokens.sign(Tokens.valid(idOf(ana)), Tokens.NEXT))
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void v9_1_3_rejects_a_token_signed_with_an_unpublished_key() {
        Applicant ana = Applicant.register();
        refused(Tokens.sign(Tokens.valid(idOf(ana)), Tokens.UNPUBLISHED));
    }

    @Test
    void v9_1_2_rejects_unsigned_tokens_with_alg_none() {
        Applicant ana = Applicant.register();
        String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        long now = System.currentTimeMillis() / 1000;
        String claims = b64("{\"iss\":\"" + Tokens.ISSUER + "\",\"aud\":\"" + Tokens.AUDIENCE + "\",\"sub\":\""
                + idOf(ana) + "\",\"groups\":[\"applicant\"],\"iat\":" + now + ",\"exp\":" + (now + 600) + "}");
        refused(header + "." + claims + ".");
    }

    @Test
    void v9_1_2_rejects_hmac_tokens_signed_with_the_public_key_as_secret() {
        Applicant ana = Applicant.register();
        String secret = "a-guessable-shared-secret-that-is-long-enough-for-hs256";
        refused(Tokens.valid(idOf(ana))
                .jws()
                .algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.HS256)
                .sign(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
    }

    @Test
    void v9_2_1_rejects_an_expired_token() {
        Applicant ana = Applicant.register();
        long past = System.currentTimeMillis() / 1000 - 3600;
        refused(Tokens.sign(Tokens.valid(idOf(ana)).issuedAt(past - 900).expiresAt(past)));
    }

    @Test
    void v9_2_1_allows_at_most_sixty_seconds_of_clock_skew() {
        Applicant ana = Applicant.register();
        long now = System.currentTimeMillis() / 1000;
        refused(Tokens.sign(Tokens.valid(idOf(ana)).issuedAt(now - 1000).expiresAt(now - 90)));
        given().auth()
                .oauth2(Tokens.sign(Tokens.valid(idOf(ana)).issuedAt(now - 900).expiresAt(now - 20)))
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void v9_2_2_rejects_a_token_from_another_issuer() {
        Applicant ana = Applicant.register();
        refused(Tokens.sign(Tokens.valid(idOf(ana)).issuer("https://elsewhere.example/issuer")));
    }

    @Test
    void v9_2_3_rejects_token_with_wrong_audience() {
        Applicant ana = Applicant.register();
        refused(Tokens.sign(Tokens.valid(idOf(ana)).audience("another-api")));
    }

    @Test
    void v9_2_1_issued_access_tokens_last_at_most_fifteen_minutes_and_carry_the_required_claims() {
        Applicant ana = Applicant.register();
        String[] parts = ana.accessToken().split("\\.");
        var header = new io.vertx.core.json.JsonObject(
                new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
        var claims = new io.vertx.core.json.JsonObject(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertEquals("RS256", header.getString("alg"));
        org.junit.jupiter.api.Assertions.assertNotNull(header.getString("kid"));
        for (String claim : new String[] {"iss", "aud", "exp", "iat", "jti", "sub"}) {
            org.junit.jupiter.api.Assertions.assertTrue(claims.containsKey(claim), "claim " + claim);
        }
        org.junit.jupiter.api.Assertions.assertTrue(claims.getLong("exp") - claims.getLong("iat") <= 900);
    }
}
