package org.lorkit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.Authenticator;

/**
 * Login delays and authenticator steps run on the application clock, so a test walks through a
 * login delay or a 30-second TOTP step in no time, instead of sleeping or trusting the wall clock.
 */
@QuarkusTest
class SecurityOnTheAppClockTest {

    /** A Tuesday night shift, 5 s into a TOTP step (steps start on multiples of 30 s). */
    static final Instant NIGHT_SHIFT = Instant.parse("2027-03-09T23:40:05Z");

    @Inject
    MutableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static ValidatableResponse login(Applicant a, String from, String password, String totpCode) {
        Map<String, String> body = new HashMap<>(Map.of("email", a.email(), "password", password));
        if (totpCode != null) {
            body.put("totpCode", totpCode);
        }
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", from)
                .body(body)
                .post("/api/v1/auth/login")
                .then();
    }

    @Test
    void aSlowedAddressMayTryAgainTheMinuteItWasToldAndNotASecondBefore() {
        clock.set(NIGHT_SHIFT);
        Applicant ana = Applicant.register();
        // Tired thumbs on a phone keyboard: five wrong tries within a minute.
        for (int i = 0; i < 5; i++) {
            login(ana, "203.0.113.41", "rounds at 7 every day " + i, null).statusCode(401);
            clock.advance(Duration.ofSeconds(10));
        }
        // The fifth failure was 10 s ago: 50 s of the minute are left.
        login(ana, "203.0.113.41", ana.password(), null)
                .statusCode(429)
                .header("Retry-After", "50")
                .body("detail", equalTo("Too many wrong passwords in a row. Try again in 50 seconds."));

        clock.advance(Duration.ofSeconds(49));
        login(ana, "203.0.113.41", ana.password(), null).statusCode(429).header("Retry-After", "1");

        clock.advance(Duration.ofSeconds(1));
        login(ana, "203.0.113.41", ana.password(), null).statusCode(200);
    }

    @Test
    void anAuthenticatorCodeWorksInItsOwnStepOnceAndNotMinutesLater() {
        clock.set(NIGHT_SHIFT);
        Applicant ana = Applicant.register();
        Authenticator app = ana.turnOnAuthenticator();
        String confirmed = app.codeNow();

        // The code that turned the factor on cannot log in: a code counts once.
        login(ana, "203.0.113.42", ana.password(), confirmed)
                .statusCode(401)
                .body("type", equalTo("urn:lorkit:problem:second-factor-required"));

        // The next step's code, in the next step.
        clock.advance(Duration.ofSeconds(30));
        String next = app.codeNow();
        login(ana, "203.0.113.42", ana.password(), next).statusCode(200);

        // Five minutes on, a code read off the phone before the pager went off is refused,
        // and the one the app shows now works.
        clock.advance(Duration.ofMinutes(5));
        String stale = app.codeInSteps(-8);
        login(ana, "203.0.113.43", ana.password(), stale).statusCode(401);
        login(ana, "203.0.113.43", ana.password(), app.codeNow()).statusCode(200);
    }
}
