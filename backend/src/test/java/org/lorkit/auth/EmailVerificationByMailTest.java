package org.lorkit.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.Mailbox;
import org.lorkit.support.Mailbox.Received;

/** Confirming the account's address by a mailed link (support/TestMailServer). */
@QuarkusTest
class EmailVerificationByMailTest {

    private static final String SUBJECT = "Confirm your address for LORkit";

    @Inject
    MutableClock clock;

    private final String client = "198.19." + ThreadLocalRandom.current().nextInt(1, 255) + "."
            + ThreadLocalRandom.current().nextInt(1, 255);

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static ValidatableResponse confirm(String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/auth/email-verification/complete")
                .then();
    }

    private ValidatableResponse resend(Applicant who) {
        return who.request()
                .header("X-Forwarded-For", client)
                .post("/api/v1/auth/email-verification")
                .then();
    }

    @Test
    void theLinkMailedAtRegistrationConfirmsTheAddress() {
        Applicant ana = Applicant.register();
        ana.request().get("/api/v1/me").then().statusCode(200).body("emailVerifiedAt", nullValue());
        Received mail = Mailbox.await(ana.email(), SUBJECT);
        assertTrue(mail.link().startsWith("https://lorkit.test/#/verify-email?token="), mail.link());
        assertTrue(mail.text().contains("works once, for 24 hours"), mail.text());

        confirm(mail.token()).statusCode(204);

        ana.request().get("/api/v1/me").then().statusCode(200).body("emailVerifiedAt", notNullValue());
        ana.request()
                .get("/api/v1/me/security-events")
                .then()
                .body("items.kind", org.hamcrest.Matchers.hasItem("EMAIL_VERIFIED"));
        confirm(mail.token()).statusCode(400).body("errors[0].field", equalTo("token"));
        resend(ana).statusCode(409).body("detail", equalTo("Your address " + ana.email() + " is already confirmed."));
    }

    @Test
    void aResentLinkVoidsTheOneFromRegistration() {
        Applicant ana = Applicant.register();
        Mailbox.await(ana.email(), SUBJECT);
        resend(ana).statusCode(202).body("message", startsWith("We sent a confirmation link to " + ana.email()));
        List<Received> mails = Mailbox.awaitCount(ana.email(), m -> m.subject().equals(SUBJECT), 2);

        confirm(mails.get(0).token())
                .statusCode(400)
                .body("detail", startsWith("token: this confirmation link no longer works"));
        confirm(mails.get(1).token()).statusCode(204);
    }

    @Test
    void aConfirmationLinkExpiresAfterADay() {
        clock.set(Instant.parse("2027-07-01T22:15:00Z"));
        Applicant ana = Applicant.register();
        String token = Mailbox.await(ana.email(), SUBJECT).token();
        clock.advance(Duration.ofHours(24));

        confirm(token).statusCode(400);
        ana.request().get("/api/v1/me").then().body("emailVerifiedAt", nullValue());
    }

    @Test
    void resendingTooOftenAnswers429() {
        Applicant ana = Applicant.register();
        for (int i = 0; i < 5; i++) {
            resend(ana).statusCode(202);
        }
        resend(ana).statusCode(429).header("Retry-After", notNullValue());
        assertEquals(
                6,
                Mailbox.awaitCount(ana.email(), m -> m.subject().equals(SUBJECT), 6)
                        .size());
    }
}
