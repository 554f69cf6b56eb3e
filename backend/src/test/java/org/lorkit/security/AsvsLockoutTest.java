package org.lorkit.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.Mailbox;
import org.lorkit.support.Mailbox.Received;

/**
 * OWASP ASVS 5.0 V6.3.1 (brute force), V6.3.5 (the owner told of guessing) and V16.3.1 (authentication
 * logged without flooding the trail): a lockout that cannot be used against the owner. The address
 * that keeps guessing waits longer and longer and is told exactly how long; the owner's address is
 * never refused her right password.
 */
@QuarkusTest
class AsvsLockoutTest {

    /** A Sunday afternoon before interview season. */
    static final Instant SUNDAY = Instant.parse("2027-09-12T15:20:00Z");

    static final String BEING_GUESSED = "Someone is trying to log in to your LORkit account";

    @Inject
    MutableClock clock;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static String someAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "100." + r.nextInt(64, 128) + "." + r.nextInt(0, 256) + "." + r.nextInt(1, 255);
    }

    private static ValidatableResponse login(String email, String from, String password) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", from)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then();
    }

    private static void failFiveTimes(String email, String from) {
        for (int i = 0; i < 5; i++) {
            login(email, from, "summer2027 guess " + i).statusCode(401);
        }
    }

    @Test
    void v6_3_1_the_guessing_address_waits_longer_after_each_failure_and_is_told_the_real_wait() {
        clock.set(SUNDAY);
        Applicant ana = Applicant.register();
        String guesser = someAddress();
        failFiveTimes(ana.email(), guesser);
        int[] waits = {60, 120, 240, 480, 900, 900};
        String[] words = {"1 minute", "2 minutes", "4 minutes", "8 minutes", "15 minutes", "15 minutes"};
        for (int i = 0; i < waits.length; i++) {
            login(ana.email(), guesser, "another guess " + i)
                    .statusCode(429)
                    .header("Retry-After", String.valueOf(waits[i]))
                    .body("detail", equalTo("Too many wrong passwords in a row. Try again in " + words[i] + "."));
            clock.advance(Duration.ofSeconds(waits[i]));
            login(ana.email(), guesser, "another guess " + i).statusCode(401);
        }
        // A quarter of an hour after the last wrong one, the right password works from there too.
        login(ana.email(), guesser, ana.password()).statusCode(429).header("Retry-After", "900");
        clock.advance(Duration.ofMinutes(15));
        login(ana.email(), guesser, ana.password()).statusCode(200);
        // Once the guessing has been quiet for an hour, a wrong try there is only a wrong try.
        clock.advance(Duration.ofHours(1));
        login(ana.email(), guesser, "typo").statusCode(401);
        login(ana.email(), guesser, ana.password()).statusCode(200);
    }

    @Test
    void v6_3_1_the_owner_logs_in_at_once_from_her_phone_while_others_guess_her_account() {
        clock.set(SUNDAY);
        Applicant ana = Applicant.register();
        failFiveTimes(ana.email(), someAddress());
        // A botnet: ten more addresses, one guess each.
        List<String> bots = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String bot = someAddress();
            bots.add(bot);
            login(ana.email(), bot, "Password" + i + "!").statusCode(401);
        }
        // Each address that has failed on her account waits a minute now ...
        login(ana.email(), bots.get(3), "Password99!")
                .statusCode(429)
                .header("Retry-After", "60")
                .body("detail", equalTo("Too many wrong passwords in a row. Try again in 1 minute."));
        // ... and Ana, from her phone, which has not been failing, is let in at once.
        login(ana.email(), someAddress(), ana.password()).statusCode(200);
        clock.advance(Duration.ofMinutes(1));
        login(ana.email(), bots.get(3), "Password99!").statusCode(401);
    }

    @Test
    void v6_3_1_while_a_botnet_guesses_her_account_the_owner_who_mistypes_once_waits_a_minute_and_is_told_so() {
        clock.set(SUNDAY);
        Applicant ana = Applicant.register();
        // Twelve addresses, one or two guesses each: past the account-wide threshold of ten.
        for (int i = 0; i < 12; i++) {
            login(ana.email(), someAddress(), "Winter2027!" + i).statusCode(401);
        }
        String phone = someAddress();
        // Ana's thumb slips once on the train.
        login(ana.email(), phone, ana.password().toUpperCase(java.util.Locale.ROOT))
                .statusCode(401);
        clock.advance(Duration.ofSeconds(20));
        login(ana.email(), phone, ana.password())
                .statusCode(429)
                .header("Retry-After", "40")
                .body("detail", equalTo("Too many wrong passwords in a row. Try again in 40 seconds."));
        clock.advance(Duration.ofSeconds(40));
        login(ana.email(), phone, ana.password()).statusCode(200);
        // The guessing goes on; her phone, which just logged in, is not held up by it.
        for (int i = 0; i < 5; i++) {
            login(ana.email(), someAddress(), "Spring2028!" + i).statusCode(401);
        }
        login(ana.email(), phone, ana.password()).statusCode(200);
    }

    @Test
    void v6_3_8_an_unknown_email_is_slowed_down_with_the_same_words() {
        clock.set(SUNDAY);
        Applicant ana = Applicant.register();
        String guesser = someAddress();
        String nobody = "no-such-applicant-" + UUID.randomUUID() + "@example.org";
        failFiveTimes(ana.email(), guesser);
        failFiveTimes(nobody, guesser);
        String known = login(ana.email(), guesser, "x-guess-6")
                .statusCode(429)
                .extract()
                .asString();
        String unknown =
                login(nobody, guesser, "x-guess-6").statusCode(429).extract().asString();
        assertEquals(known, unknown);
    }

    @Test
    void v6_3_5_the_owner_gets_one_mail_when_her_account_is_being_guessed_however_long_it_goes_on()
            throws InterruptedException {
        clock.set(SUNDAY);
        Applicant ana = Applicant.register();
        failFiveTimes(ana.email(), someAddress());
        Received mail = Mailbox.await(ana.email(), BEING_GUESSED);
        assertTrue(mail.text().contains("typed a wrong password for your LORkit account 5 times"), mail.text());
        assertTrue(mail.text().contains("You can still log in as usual"), mail.text());
        assertTrue(mail.text().contains("Forgot your password?"), mail.text());
        // The guessing goes on from other addresses, slowly, for twenty minutes.
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(2));
            login(ana.email(), someAddress(), "guess number " + i).statusCode(401);
        }
        Thread.sleep(1500);
        long mails = Mailbox.of(ana.email()).stream()
                .filter(m -> m.subject().equals(BEING_GUESSED))
                .count();
        assertEquals(1, mails, "one mail for the whole burst");
    }

    @Test
    void v16_3_1_a_throttled_burst_leaves_one_row_in_the_audit_trail_not_one_per_attempt() {
        clock.set(SUNDAY);
        Applicant ana = Applicant.register();
        String guesser = someAddress();
        failFiveTimes(ana.email(), guesser);
        for (int i = 0; i < 25; i++) {
            login(ana.email(), guesser, "flood " + i).statusCode(429);
        }
        List<String> kinds = ana.request()
                .get("/api/v1/me/security-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.kind");
        assertEquals(5, kinds.stream().filter("LOGIN_FAILED"::equals).count(), kinds.toString());
        assertEquals(1, kinds.stream().filter("LOGIN_THROTTLED"::equals).count(), kinds.toString());
    }

    @Test
    void v6_3_1_right_passwords_are_counted_too_so_logins_are_no_free_bcrypt_work() {
        clock.set(SUNDAY);
        Applicant ana = Applicant.register();
        String from = someAddress();
        // 20 in production; the suite's own value (it logs its admin in often), read from the config.
        int budget = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("lorkit.limits.logins-per-pair", Integer.class);
        for (int i = 0; i < budget; i++) {
            login(ana.email(), from, ana.password()).statusCode(200);
        }
        login(ana.email(), from, ana.password())
                .statusCode(429)
                .header("Retry-After", "900")
                .body("detail", equalTo("Too many attempts in a short time. Try again in 15 minutes."));
        // Another address is not held up by it.
        login(ana.email(), someAddress(), ana.password()).statusCode(200);
    }

    @Test
    void v6_3_1_the_first_half_of_a_two_step_login_is_not_a_wrong_guess() {
        clock.set(SUNDAY);
        Applicant ana = Applicant.register();
        List<String> recoveryCodes = ana.turnOnAuthenticator().recoveryCodes();
        String phone = someAddress();
        // Seven logins in an afternoon, each the way the app makes it: the password, then the code it asks for.
        for (int i = 0; i < 7; i++) {
            login(ana.email(), phone, ana.password())
                    .statusCode(401)
                    .body("type", equalTo("urn:lorkit:problem:second-factor-required"));
            given().contentType(ContentType.JSON)
                    .header("X-Forwarded-For", phone)
                    .body(Map.of(
                            "email", ana.email(), "password", ana.password(), "recoveryCode", recoveryCodes.get(i)))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(200);
        }
    }
}
