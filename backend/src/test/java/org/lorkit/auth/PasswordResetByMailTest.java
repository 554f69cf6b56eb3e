package org.lorkit.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.Fixture;
import org.lorkit.support.Mailbox;
import org.lorkit.support.Mailbox.Received;

/** Password reset by a mailed link, through the tests' real SMTP server (support/TestMailServer). */
@QuarkusTest
class PasswordResetByMailTest {

    private static final String SUBJECT = "Choose a new LORkit password";
    private static final String NEW_PASSWORD = "night float again, more coffee";

    @Inject
    MutableClock clock;

    /** Each test asks from its own client address, so the per-client limit counts only its own requests. */
    private final String client = "198.18." + ThreadLocalRandom.current().nextInt(1, 255) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private ValidatableResponse askForReset(String email) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", client)
                .body(Map.of("email", email))
                .post("/api/v1/auth/password-reset")
                .then();
    }

    private ValidatableResponse complete(String token, String newPassword) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", client)
                .body(Map.of("token", token, "newPassword", newPassword))
                .post("/api/v1/auth/password-reset/complete")
                .then();
    }

    private ValidatableResponse login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", client)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then();
    }

    private static ValidatableResponse refresh(String refreshToken) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("refreshToken", refreshToken))
                .post("/api/v1/auth/refresh")
                .then();
    }

    @Test
    void aResetEndsEverySessionRefusesTheOldPasswordAndTellsTheOwner() {
        Applicant ana = Applicant.register();
        // A phone keyboard capitalised the address and added a space.
        askForReset(" " + ana.email().toUpperCase() + " ")
                .statusCode(202)
                .body("message", startsWith("If an account uses this address, we sent it a link"));
        Received mail = Mailbox.await(ana.email(), SUBJECT);
        assertTrue(mail.link().startsWith("https://lorkit.test/#/reset-password?token="), mail.link());
        assertTrue(mail.from().contains("no-reply@lorkit.test"), mail.from());
        assertTrue(mail.text().startsWith("Hello Test Applicant,"), mail.text());
        assertTrue(mail.html().contains("href=\"" + mail.link() + "\""), mail.html());

        complete(mail.token(), NEW_PASSWORD).statusCode(200).body("email", equalTo(ana.email()));

        login(ana.email(), ana.password()).statusCode(401);
        refresh(ana.refreshToken()).statusCode(401);
        ana.request().get("/api/v1/me").then().statusCode(401);
        String access =
                login(ana.email(), NEW_PASSWORD).statusCode(200).extract().path("accessToken");
        given().auth()
                .oauth2(access)
                .get("/api/v1/me/security-events")
                .then()
                .statusCode(200)
                .body("items.kind", hasItems("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET"));
        Received notice = Mailbox.await(ana.email(), "Your LORkit password was changed");
        assertTrue(notice.text().contains("every device that was logged in has been logged out"), notice.text());
    }

    @Test
    void aResetLinkWorksOnce() {
        Applicant ana = Applicant.register();
        askForReset(ana.email()).statusCode(202);
        String token = Mailbox.await(ana.email(), SUBJECT).token();
        complete(token, NEW_PASSWORD).statusCode(200);

        complete(token, "a second try with the same link")
                .statusCode(400)
                .body("type", equalTo("urn:lorkit:problem:validation"))
                .body("errors[0].field", equalTo("token"))
                .body("detail", startsWith("token: this link no longer works: it was used already"));
        login(ana.email(), "a second try with the same link").statusCode(401);
        login(ana.email(), NEW_PASSWORD).statusCode(200);
    }

    @Test
    void aNewerLinkVoidsTheOlderOne() {
        Applicant ana = Applicant.register();
        askForReset(ana.email()).statusCode(202);
        askForReset(ana.email()).statusCode(202);
        List<Received> mails = Mailbox.awaitCount(ana.email(), m -> m.subject().equals(SUBJECT), 2);
        String older = mails.get(0).token();
        String newer = mails.get(1).token();
        assertFalse(older.equals(newer));

        complete(older, NEW_PASSWORD).statusCode(400).body("errors[0].field", equalTo("token"));
        complete(newer, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void aResetLinkExpiresAfterSixtyMinutes() {
        clock.set(java.time.Instant.parse("2027-06-14T05:50:00Z"));
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        askForReset(ana.email()).statusCode(202);
        askForReset(ben.email()).statusCode(202);
        String anasToken = Mailbox.await(ana.email(), SUBJECT).token();
        String bensToken = Mailbox.await(ben.email(), SUBJECT).token();

        clock.advance(Duration.ofMinutes(59));
        complete(bensToken, NEW_PASSWORD).statusCode(200);
        clock.advance(Duration.ofMinutes(1));
        complete(anasToken, NEW_PASSWORD).statusCode(400).body("errors[0].field", equalTo("token"));
        login(ana.email(), ana.password()).statusCode(200);
    }

    @Test
    void changingThePasswordVoidsResetLinksSentBefore() {
        Applicant ana = Applicant.register();
        askForReset(ana.email()).statusCode(202);
        String token = Mailbox.await(ana.email(), SUBJECT).token();
        ana.request()
                .body(Map.of("currentPassword", ana.password(), "newPassword", "changed it myself after rounds"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(200);

        complete(token, NEW_PASSWORD).statusCode(400).body("errors[0].field", equalTo("token"));
        login(ana.email(), "changed it myself after rounds").statusCode(200);
    }

    @Test
    void aRefusedNewPasswordLeavesTheLinkUsable() {
        Applicant ana = Applicant.register();
        askForReset(ana.email()).statusCode(202);
        String token = Mailbox.await(ana.email(), SUBJECT).token();

        complete(token, "rounds")
                .statusCode(400)
                .body("errors[0].field", equalTo("newPassword"))
                .body("errors[0].message", startsWith("must be at least 8 characters"));
        complete(token, "Password1")
                .statusCode(400)
                .body("errors[0].message", startsWith("is one of the most common passwords"));
        complete(token, NEW_PASSWORD).statusCode(200);
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        Applicant ana = Applicant.register();
        String nobody = "nobody-" + ana.email();
        String forNobody = askForReset(nobody).statusCode(202).extract().asString();
        String forAna = askForReset(ana.email()).statusCode(202).extract().asString();
        assertEquals(forAna, forNobody);

        // Both mails would leave through the same queue; Ana's arrived, so nobody's would have too.
        Mailbox.await(ana.email(), SUBJECT);
        assertEquals(List.of(), Mailbox.of(nobody));
    }

    @Test
    void askingTooOftenForOneAddressAnswers429WithRetryAfter() {
        Applicant ana = Applicant.register();
        for (int i = 0; i < 5; i++) {
            askForReset(ana.email()).statusCode(202);
        }
        askForReset(ana.email())
                .statusCode(429)
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.greaterThan(3500))
                .body("type", equalTo("urn:lorkit:problem:rate-limited"));
        // An unknown address is counted the same way, so the 429 tells nothing either.
        String nobody = "nobody-" + ana.email();
        for (int i = 0; i < 5; i++) {
            askForReset(nobody).statusCode(202);
        }
        askForReset(nobody).statusCode(429);
        assertEquals(
                5,
                Mailbox.awaitCount(ana.email(), m -> m.subject().equals(SUBJECT), 5)
                        .size());
    }

    @Test
    void accountMailsCarryNothingFromTheAccountButTheName() {
        Applicant ana = Applicant.register();
        Fixture kept = Fixture.create(ana, true);
        askForReset(ana.email()).statusCode(202);
        Received reset = Mailbox.await(ana.email(), SUBJECT);
        complete(reset.token(), NEW_PASSWORD).statusCode(200);
        Received notice = Mailbox.await(ana.email(), "Your LORkit password was changed");
        Received confirm = Mailbox.await(ana.email(), "Confirm your address for LORkit");

        for (Received mail : List.of(reset, notice, confirm)) {
            assertFalse(mail.text().contains(kept.marker()), mail.text());
            assertFalse(mail.html().contains(kept.marker()), mail.html());
        }
    }
}
