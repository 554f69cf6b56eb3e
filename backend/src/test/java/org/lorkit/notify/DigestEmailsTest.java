package org.lorkit.notify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;
import org.lorkit.support.Mailbox;
import org.lorkit.support.TwoWritersSeason;

/**
 * Digests by email, through the tests' real SMTP server: to a confirmed address only, with Today's steps and
 * never a story's text, saying why they were sent, and with a one-click unsubscribe (RFC 8058) that sticks.
 */
@QuarkusTest
class DigestEmailsTest {

    private static final String CONFIRM = "Confirm your address for LORkit";

    @Inject
    MutableClock clock;

    @Inject
    NotificationRun run;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static void confirmAddress(Applicant who) {
        String token = Mailbox.await(who.email(), CONFIRM).token();
        given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post("/api/v1/auth/email-verification/complete")
                .then()
                .statusCode(204);
    }

    private static void dailyEmail(Applicant who) {
        Map<String, Object> body = new HashMap<>(Map.of("digest", "DAILY", "digestAt", "07:30", "emailEnabled", true));
        who.request()
                .header("If-Match", Lor.etag(who, "/api/v1/me/notifications"))
                .body(body)
                .put("/api/v1/me/notifications")
                .then()
                .statusCode(200);
    }

    /** Confirms the address, asks for a daily digest at 07:30 in Chicago, and reads the one of Dec 1. */
    private Mailbox.Received firstDailyDigest(Applicant who) {
        confirmAddress(who);
        dailyEmail(who);
        clock.set(Instant.parse("2026-12-01T13:31:00Z"));
        run.runOnce(clock.instant());
        return Mailbox.awaitCount(who.email(), m -> m.subject().startsWith("Today in LORkit"), 1)
                .get(0);
    }

    private static boolean emailsOn(Applicant who) {
        return who.request()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getBoolean("emailEnabled");
    }

    private static List<Mailbox.Received> digests(Applicant who) {
        return Mailbox.of(who.email()).stream()
                .filter(m -> m.subject().startsWith("Today in LORkit"))
                .toList();
    }

    @Test
    void theDailyEmailCarriesTodaysStepsSaysWhyAndNoStoryText() {
        TwoWritersSeason season = TwoWritersSeason.start(clock);
        season.story("pt mrs oyelaran in bed 12, dka, walked team thru anion gap", "2026-11-30", season.mitchell);
        confirmAddress(season.ana);
        dailyEmail(season.ana);
        clock.set(Instant.parse("2026-12-01T13:31:00Z")); // 07:31 in Chicago
        List<String> todaysTitles = season.ana
                .request()
                .get("/api/v1/today")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("actions.title");
        run.runOnce(clock.instant());
        run.runOnce(clock.instant().plusSeconds(60));

        Mailbox.Received mail = Mailbox.awaitCount(
                        season.ana.email(), m -> m.subject().startsWith("Today in LORkit"), 1)
                .get(0);
        assertEquals(1, digests(season.ana).size(), "one digest, however often the run comes by");
        assertEquals("Today in LORkit: " + todaysTitles.size() + " steps (LORkit)", mail.subject());
        for (String title : todaysTitles) {
            assertTrue(mail.text().contains("- " + title), "the step '" + title + "' is in the mail:\n" + mail.text());
        }
        assertTrue(mail.text().contains("Why you got this: You asked for a daily digest at 07:30 (America/Chicago)"));
        assertFalse(mail.text().contains("oyelaran"), "no story text in a mail");
        assertFalse(mail.text().contains("anion gap"), "no story text in a mail");
        assertFalse(mail.html().contains("oyelaran"), "no story text in a mail");
        assertEquals("List-Unsubscribe=One-Click", mail.listHeaders().get("List-Unsubscribe-Post"));
        assertTrue(mail.listHeaders()
                .get("List-Unsubscribe")
                .matches("<http.*/api/v1/notifications/unsubscribe\\?token=[A-Za-z0-9_-]{43}>"));
    }

    @Test
    void oneClickUnsubscribeSticksAndLeavesThePhoneAlone() {
        TwoWritersSeason season = TwoWritersSeason.start(clock);
        String header = firstDailyDigest(season.ana).listHeaders().get("List-Unsubscribe");
        URI target = URI.create(header.substring(1, header.length() - 1));

        // What a mail app does (RFC 8058): a POST with this one form field, no login, no cookie.
        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post(target.getRawPath() + "?" + target.getRawQuery())
                .then()
                .statusCode(204);
        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post(target.getRawPath() + "?" + target.getRawQuery())
                .then()
                .statusCode(204); // a second POST of the same mail is fine
        season.ana
                .request()
                .get("/api/v1/me/notifications")
                .then()
                .statusCode(200)
                .body("emailEnabled", org.hamcrest.Matchers.equalTo(false))
                .body("digest", org.hamcrest.Matchers.equalTo("DAILY"));

        // The next morning: no mail.
        clock.set(Instant.parse("2026-12-02T13:31:00Z"));
        run.runOnce(clock.instant());
        run.runOnce(clock.instant().plusSeconds(60));
        assertEquals(1, digests(season.ana).size(), "no digest after unsubscribing");
    }

    @Test
    void theBodysStopLinkIsTheAppsPageWithTheHeadersTokenAndOpeningLinksChangesNothing() {
        TwoWritersSeason season = TwoWritersSeason.start(clock);
        Mailbox.Received mail = firstDailyDigest(season.ana);
        String header = mail.listHeaders().get("List-Unsubscribe");
        Matcher oneClick = Pattern.compile("<(http[^>]*)/api/v1/notifications/unsubscribe\\?token=([A-Za-z0-9_-]{43})>")
                .matcher(header);
        assertTrue(oneClick.matches(), header);
        String page = oneClick.group(1) + "/#/unsubscribe?token=" + oneClick.group(2);

        assertTrue(
                mail.text().contains("\nStop these emails (no login needed): " + page + "\n"),
                "the plain text names the page with the header's token:\n" + mail.text());
        assertTrue(
                mail.html().contains("<a href=\"" + page + "\">Stop these emails</a>"),
                "the HTML links the page with the header's token:\n" + mail.html());
        assertFalse(mail.text().contains("/api/v1/"), "the body links the app, never the API's one-click address");

        // A mail scanner opens the addresses it finds: neither the page (its #token never reaches the server)
        // nor the API's address turns the emails off.
        given().get("/api/v1/notifications/unsubscribe?token=" + oneClick.group(2))
                .then()
                .statusCode(405);
        assertTrue(emailsOn(season.ana));

        // The page's button: the same POST, with no login.
        given().post("/api/v1/notifications/unsubscribe?token=" + oneClick.group(2))
                .then()
                .statusCode(204);
        assertFalse(emailsOn(season.ana));
    }

    @Test
    void anUnconfirmedAddressGetsNoDigestAndAnUnknownTokenAnswers400() {
        TwoWritersSeason season = TwoWritersSeason.start(clock);
        dailyEmail(season.ana); // address never confirmed: it may be a typo, someone else's inbox
        clock.set(Instant.parse("2026-12-01T13:31:00Z"));
        run.runOnce(clock.instant());
        run.runOnce(clock.instant().plusSeconds(60));
        Mailbox.await(season.ana.email(), CONFIRM); // the mail server has had time to get what was sent
        assertEquals(0, digests(season.ana).size());

        given().contentType(ContentType.URLENC)
                .formParam("List-Unsubscribe", "One-Click")
                .post("/api/v1/notifications/unsubscribe?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("token"));
    }
}
