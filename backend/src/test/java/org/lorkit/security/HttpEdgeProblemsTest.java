package org.lorkit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/**
 * Answers the HTTP layer gives before REST are problem+json too (found by the hostile-input
 * run as empty 403/413/414/431 bodies, and a 500 after a streamed oversized body).
 */
@QuarkusTest
class HttpEdgeProblemsTest {

    @Test
    void aChunkedBodyOverTheLimitIsA413Problem() throws Exception {
        byte[] body = ("{\"title\":\"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = sendChunked(Applicant.register().accessToken(), body);
        assertEquals(413, answer.statusCode());
        assertEquals(
                "application/problem+json",
                answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("\"status\":413"), answer.body());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsStillStored() throws Exception {
        byte[] body = "{\"title\":\"Sent in chunks\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = sendChunked(Applicant.register().accessToken(), body);
        assertEquals(201, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Sent in chunks"), answer.body());
    }

    @Test
    void anAddressOverTheLimitIsA414Problem() {
        given().queryParam("q", "x".repeat(5000))
                .get("/api/v1/stories")
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414));
    }

    @Test
    void headersOverTheLimitAreA431Problem() {
        given().header("X-Big", "z".repeat(25_000))
                .get("/api/v1/me")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("status", equalTo(431));
    }

    @Test
    void aWebOriginCorsDoesNotAllowIsA403ProblemWithTheSecurityHeaders() {
        given().header("Origin", "https://evil.example")
                .get("/api/v1/me")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .header("X-Content-Type-Options", "nosniff")
                .header("Vary", "Origin");
    }

    @Test
    void anAllowedWebOriginStillReachesTheApi() {
        given().auth()
                .oauth2(Applicant.register().accessToken())
                .header("Origin", "http://localhost:5173")
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
    }

    /** REST Assured always sends a length; java.net.http streams a body of unknown length in chunks. */
    private static HttpResponse<String> sendChunked(String token, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/v1/stories"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }
}
