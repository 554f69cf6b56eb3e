package org.lorkit.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Tokens;

/** Only tokens this API issued, for this API, still in date, are accepted. */
@QuarkusTest
class AccessTokenVerificationTest {

    @Inject
    JWTParser parser;

    /** The rules below hold for RememberedTokens: it is the parser the API verifies tokens with. */
    @Test
    void theApiVerifiesTokensWithTheParserThatRemembersThem() {
        assertInstanceOf(RememberedTokens.class, parser);
    }

    private static void refused(String token) {
        given().auth()
                .oauth2(token)
                .get("/api/v1/stories")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void aRequestWithoutTokenIsRefusedWith401Problem() {
        given().get("/api/v1/stories").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aMintedTokenWithTheRightIssuerAndAudienceIsAccepted() {
        Applicant ana = Applicant.register();
        UUID id =
                UUID.fromString(ana.request().get("/api/v1/me").then().extract().path("id"));
        given().auth()
                .oauth2(Tokens.sign(Tokens.valid(id)))
                .get("/api/v1/me")
                .then()
                .statusCode(200);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minusSeconds(3600);
        refused(Tokens.sign(
                Tokens.valid(UUID.randomUUID()).issuedAt(past.minusSeconds(900)).expiresAt(past)));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refused(Tokens.sign(Tokens.valid(UUID.randomUUID()).issuer("https://elsewhere.example/issuer")));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refused(Tokens.sign(Tokens.valid(UUID.randomUUID()).audience("another-api")));
    }

    @Test
    void aTokenWithoutTheApplicantRoleIsForbidden() {
        given().auth()
                .oauth2(Tokens.sign(Tokens.valid(UUID.randomUUID()).groups(Set.of("visitor"))))
                .get("/api/v1/stories")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = Tokens.sign(Tokens.valid(UUID.randomUUID()));
        refused(token.substring(0, token.length() - 4) + "AAAA");
    }

    @Test
    void garbageInTheAuthorizationHeaderIsRefused() {
        refused("not-a-jwt");
    }
}
