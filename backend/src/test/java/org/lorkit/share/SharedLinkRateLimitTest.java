package org.lorkit.share;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lorkit.security.RateLimiter;
import org.lorkit.support.OnTheTestClock;

/**
 * Shared links are rate-limited on the application clock: 30 requests a minute for one link, 60 a minute
 * from one address over every link (so that guessing tokens gets nowhere); then 429 with Retry-After, as
 * problem+json with the shared page's headers.
 */
@QuarkusTest
class SharedLinkRateLimitTest extends OnTheTestClock {

    @Inject
    RateLimiter limiter;

    SharingSeason s;

    @BeforeEach
    void theSeason() {
        s = SharingSeason.start(clock);
        // A minute boundary: the windows start with the first request of the test.
        clock.set(Instant.parse("2026-12-01T18:00:00Z"));
        limiter.reset(SharedPageService.clientKey("127.0.0.1"));
    }

    @Test
    void theThirtyFirstRequestForOneLinkWithinAMinuteIsRefusedUntilTheMinuteIsOver() {
        String token = SharingSeason.token(s.writerLink(s.mitchellLetter));
        for (int i = 0; i < 30; i++) {
            SharingSeason.open(token).then().statusCode(200);
        }
        clock.advance(Duration.ofSeconds(20));
        Response refused = SharingSeason.open(token);
        refused.then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "40")
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex, nofollow")
                .body("type", equalTo("urn:lorkit:problem:rate-limited"))
                .body("detail", equalTo("Too many attempts in a short time. Try again in 40 seconds."));
        assertNull(refused.getHeader("Set-Cookie"));
        // Answers count towards the same link.
        SharingSeason.answer(token, java.util.Map.of("answer", "UPLOADED"))
                .then()
                .statusCode(429);

        clock.advance(Duration.ofSeconds(40));
        SharingSeason.open(token).then().statusCode(200);
    }

    @Test
    void theSixtyFirstRequestFromOneAddressOverAnyLinksIsRefusedAndGuessingCountsToo() {
        List<String> tokens = List.of(
                SharingSeason.token(s.writerLink(s.mitchellLetter)),
                SharingSeason.token(s.writerLink(s.okaforLetter)),
                SharingSeason.token(s.adviserLink(false, false)));
        for (int i = 0; i < 50; i++) {
            SharingSeason.open(tokens.get(i % 3)).then().statusCode(200);
        }
        for (int i = 0; i < 10; i++) {
            SharingSeason.open("guess" + i + "x".repeat(38)).then().statusCode(404);
        }
        SharingSeason.open(tokens.get(0)).then().statusCode(429).header("Retry-After", "60");
        clock.advance(Duration.ofMinutes(1));
        SharingSeason.open(tokens.get(0)).then().statusCode(200);
        assertEquals(
                "ACTIVE",
                s.ana.request()
                        .get("/api/v1/share-links")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("items[0].state"));
    }
}
