package org.lorkit.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Coaching;
import org.lorkit.support.Lor;
import org.lorkit.support.TwoWritersSeason;

/**
 * Scripts ready to send: greeted by title and surname, months with their year, reminders only when due
 * and asking for the soft deadline while it lies ahead, the coordinator as recipient or in copy.
 */
@QuarkusTest
class ScriptsReadyToSendTest {

    @Inject
    MutableClock clock;

    TwoWritersSeason season;

    @BeforeEach
    void theSeason() {
        season = TwoWritersSeason.start(clock);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private JsonPath messages(String query) {
        return Coaching.get(season.ana, "/api/v1/messages?" + query);
    }

    private static String body(JsonPath messages, String kind) {
        return messages.getString("messages.find { it.kind == '" + kind + "' }.body");
    }

    @Test
    void salutationsUseTheTitleAndSurnameNeverTheFirstName() {
        assertEquals(
                "Dr. Mitchell",
                Coaching.get(season.ana, "/api/v1/attendings/" + season.mitchell)
                        .getString("greeting"));
        JsonPath hers = messages("attendingId=" + season.mitchell);
        assertTrue(body(hers, "PACKET_EMAIL").startsWith("Dear Dr. Mitchell,\n\n"), body(hers, "PACKET_EMAIL"));
        assertTrue(body(hers, "DIRECT_ASK").startsWith("Dr. Mitchell, "), body(hers, "DIRECT_ASK"));
        for (String b : hers.<String>getList("messages.body")) {
            assertFalse(b.contains("Sarah"), b);
        }
        assertTrue(body(messages("attendingId=" + season.okafor), "THANK_YOU_RECEIVED")
                .startsWith("Dear Dr. Okafor,"));

        String park = TwoWritersSeason.writer(
                season.ana,
                "lena park",
                null,
                "COMMUNITY_ATTENDING",
                "lpark@example.org",
                null,
                season.rotation,
                "2026-11-16",
                "2026-11-20");
        assertTrue(
                body(messages("attendingId=" + park), "PACKET_EMAIL").startsWith("Dear lena park,"), "no Ms. guessed");
    }

    @Test
    void theApplicantSaysHowAWriterIsGreeted() {
        JsonPath okafor = Coaching.get(season.ana, "/api/v1/attendings/" + season.okafor);
        season.ana
                .request()
                .header("If-Match", Lor.etag(season.ana, "/api/v1/attendings/" + season.okafor))
                .body(Map.of(
                        "name",
                        okafor.getString("name"),
                        "degree",
                        "MD",
                        "role",
                        "PROGRAM_DIRECTOR",
                        "addressAs",
                        " Prof. Okafor ",
                        "email",
                        "jokafor@example.org",
                        "rotations",
                        okafor.getList("rotations")))
                .put("/api/v1/attendings/" + season.okafor)
                .then()
                .statusCode(200);
        JsonPath after = Coaching.get(season.ana, "/api/v1/attendings/" + season.okafor);
        assertEquals("Prof. Okafor", after.getString("addressAs"));
        assertEquals("Prof. Okafor", after.getString("greeting"));
        assertTrue(
                body(messages("attendingId=" + season.okafor), "FORMAL_REQUEST").startsWith("Dear Prof. Okafor,"));
    }

    @Test
    void aMonthNextYearCarriesItsYear() {
        String ask = body(messages("attendingId=" + season.mitchell), "DIRECT_ASK");
        assertTrue(ask.contains("residency in September 2027"), ask);
        assertFalse(ask.contains("this September"), ask);
        String expectations = body(messages("attendingId=" + season.mitchell), "EXPECTATIONS_TALK");
        assertTrue(expectations.contains("Internal Medicine in September 2027"), expectations);
    }

    @Test
    void aReminderIsOfferedOnlyWhenDueAndAsksForTheSoftDeadlineWhileItLiesAhead() {
        String letter = Lor.letter(season.ana, season.mitchell);
        Lor.moveLetter(season.ana, letter, "ASKED", "AGREED", "PACKET_SENT");
        // No ERAS request yet: no reminder, whatever is asked for.
        assertFalse(messages("letterId=" + letter).getList("messages.kind").contains("REMINDER"));
        assertEquals(List.of(), messages("kind=REMINDER&letterId=" + letter).getList("messages"));

        clock.setDay(LocalDate.of(2027, 6, 3));
        Lor.moveLetter(season.ana, letter, "REQUESTED_IN_ERAS");
        clock.setDay(LocalDate.of(2027, 6, 10));
        assertEquals(
                List.of(),
                messages("kind=REMINDER&letterId=" + letter).getList("messages"),
                "a week after the request: too soon");

        clock.setDay(LocalDate.of(2027, 6, 18));
        String reminder = body(messages("letterId=" + letter), "REMINDER");
        assertTrue(reminder.startsWith("Dear Dr. Mitchell,"), reminder);
        assertTrue(reminder.contains("so an upload by August 18, 2027 would help"), reminder);
        assertFalse(reminder.contains("June 25, 2027"), "never a week from today: " + reminder);

        clock.setDay(LocalDate.of(2027, 8, 25));
        String last = body(messages("kind=REMINDER&letterId=" + letter), "REMINDER");
        assertFalse(last.contains("August 18, 2027"), "never a day already past: " + last);
        assertTrue(
                last.contains("an upload in the next few days, before I submit on September 8, 2027, would help"),
                last);
    }

    @Test
    void theCoordinatorIsTheRecipientWithoutTheWritersEmailAndInCopyWithIt() {
        JsonPath his = messages("kind=PACKET_EMAIL&attendingId=" + season.okafor);
        assertEquals("jokafor@example.org", his.getString("messages[0].to"));
        assertEquals("im-office@example.org", his.getString("messages[0].cc"));
        assertTrue(his.getString("messages[0].mailto").startsWith("mailto:jokafor@example.org?"));
        assertTrue(his.getString("messages[0].mailto").contains("&cc=im-office@example.org"));

        String reyes = TwoWritersSeason.writer(
                season.ana,
                "Dr. Ana Reyes",
                null,
                "CLERKSHIP_DIRECTOR",
                null,
                "peds-coord@example.org",
                season.rotation,
                "2026-11-16",
                "2026-11-27");
        JsonPath hers = messages("kind=PACKET_EMAIL&attendingId=" + reyes);
        assertEquals("peds-coord@example.org", hers.getString("messages[0].to"));
        assertNull(hers.getString("messages[0].cc"));
        assertTrue(hers.getString("messages[0].mailto").startsWith("mailto:peds-coord@example.org?"));
        assertTrue(hers.getString("messages[0].tip")
                .startsWith("Addressed to the coordinator, since Dr. Reyes has no email"));

        String nobody = TwoWritersSeason.writer(
                season.ana, "Dr Tom Ng", null, "CORE_FACULTY", null, null, season.rotation, "2026-11-16", "2026-11-27");
        JsonPath none = messages("kind=PACKET_EMAIL&attendingId=" + nobody);
        assertNull(none.getString("messages[0].to"));
        assertTrue(none.getString("messages[0].tip").startsWith("No email for Dr. Ng or a coordinator yet"));
    }
}
