package org.lorkit.packet;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lorkit.coaching.MessageKind;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;
import org.lorkit.support.Lor;

/** Scripts rendered from the applicant's data, recorded messages feeding the letter, and the one-sheet packet. */
@QuarkusTest
class MessagesAndPacketTest {

    static final LocalDate S = LocalDate.of(2026, 9, 30);

    @Inject
    MutableClock clock;

    Applicant ana;
    String rotation;
    String maria;
    String letter;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private void anaWithMaria() {
        clock.setDay(LocalDate.of(2026, 5, 1));
        ana = Applicant.register();
        Coaching.profile(
                ana,
                S,
                Map.of("erasOpensOn", "2026-06-03", "strengths", List.of("CLINICAL_REASONING", "COMMUNICATION")));
        rotation = Coaching.rotation(
                ana, "Mercy Hospital", "Internal Medicine", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29));
        maria = Coaching.attending(ana, "Maria Hernandez", "CORE_FACULTY", "Internal Medicine", rotation);
        letter = Lor.letter(ana, maria);
    }

    @Test
    void anUnknownKindIsA400NamingTheAllowedOnes() {
        anaWithMaria();
        ana.request()
                .queryParam("kind", "LOVE_LETTER")
                .queryParam("letterId", letter)
                .get("/api/v1/messages")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("kind"))
                .body("detail", containsString("FORMAL_REQUEST"));
        ana.request().get("/api/v1/messages").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anotherApplicantsLetterOrAttendingIsNotFound() {
        anaWithMaria();
        Applicant ben = Applicant.register();
        ben.request()
                .queryParam("letterId", letter)
                .get("/api/v1/messages")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        ben.request()
                .queryParam("attendingId", maria)
                .get("/api/v1/messages")
                .then()
                .statusCode(404);
        ben.request()
                .body(Map.of("kind", "REMINDER", "letterId", letter))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(404);
        ben.request()
                .accept("application/pdf")
                .get("/api/v1/attendings/" + maria + "/packet")
                .then()
                .statusCode(404);
    }

    @Test
    void theFormalRequestCarriesTheSoftDeadlineAndAMailtoLink() {
        anaWithMaria();
        Coaching.putLetter(ana, letter, Map.of("softDeadline", "2026-09-04", "erasLetterId", "L-2026-0001"));
        JsonPath messages = ana.request()
                .queryParam("kind", "FORMAL_REQUEST")
                .queryParam("letterId", letter)
                .get("/api/v1/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, messages.getList("messages").size());
        String body = messages.getString("messages[0].body");
        assertTrue(body.contains("Dear Dr. Hernandez,"), body);
        assertTrue(body.contains("September 4, 2026"), body);
        assertTrue(body.contains("September 30, 2026"), body);
        assertTrue(body.contains("L-2026-0001"), body);
        assertTrue(body.contains("Test Applicant"), body);
        String mailto = messages.getString("messages[0].mailto");
        assertTrue(mailto.startsWith("mailto:mariahernandez@example.org?subject=ERAS%20letter%20request"), mailto);
        assertFalse(mailto.contains(" "), mailto);
        assertTrue(mailto.contains("%0D%0A"), mailto);

        JsonPath all = ana.request()
                .queryParam("attendingId", maria)
                .get("/api/v1/messages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // Every kind but REMINDER: no reminder is due before the letter is even requested.
        assertEquals(MessageKind.values().length - 1, all.getList("messages").size());
        assertFalse(all.getList("messages.kind").contains("REMINDER"));
        assertEquals(true, all.getBoolean("messages.find { it.kind == 'DIRECT_ASK' }.inPerson"));
        assertEquals(null, all.getString("messages.find { it.kind == 'DIRECT_ASK' }.mailto"));
    }

    @Test
    void recordedMessagesMoveTheLetterAndFeedTheReminders() {
        anaWithMaria();
        ana.request()
                .body(Map.of("kind", "DIRECT_ASK", "attendingId", maria))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200)
                .body("letterStatus", equalTo("ASKED"));
        Lor.moveLetter(ana, letter, "AGREED");
        clock.setDay(LocalDate.of(2026, 5, 2));
        ana.request()
                .body(Map.of("kind", "PACKET_EMAIL", "letterId", letter))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200)
                .body("letterStatus", equalTo("PACKET_SENT"))
                .body("replayed", equalTo(false))
                // Sentences for the applicant name states and days in words, not as codes.
                .body("effect", equalTo("The letter is now at packet sent."));
        ana.request()
                .body(Map.of("kind", "PACKET_EMAIL", "letterId", letter))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200)
                .body("replayed", equalTo(true));
        // ERAS opens on June 3, 2026: the formal request goes out then.
        clock.setDay(LocalDate.of(2026, 6, 3));
        ana.request()
                .body(Map.of("kind", "FORMAL_REQUEST", "letterId", letter))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200)
                .body("letterStatus", equalTo("REQUESTED_IN_ERAS"));
        JsonPath history = Coaching.get(ana, "/api/v1/letters/" + letter);
        assertEquals(List.of("ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS"), history.getList("history.to"));

        clock.setDay(LocalDate.of(2026, 6, 17));
        assertEquals(List.of("FIRST_REMINDER"), Coaching.dueRules(ana));
        ana.request()
                .body(Map.of("kind", "REMINDER", "letterId", letter))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(200)
                .body("effect", equalTo("Added June 17, 2026 to the reminders sent."));
        assertEquals(
                List.of("2026-06-17"),
                Coaching.get(ana, "/api/v1/letters/" + letter).getList("remindersSent"));
        assertEquals(List.of(), Coaching.dueRules(ana));
    }

    @Test
    void aMessageThatNeedsALetterIsA409WithoutOne() {
        anaWithMaria();
        String ken = Coaching.attending(ana, "Ken Lee", "CORE_FACULTY", "Internal Medicine", rotation);
        ana.request()
                .body(Map.of("kind", "REMINDER", "attendingId", ken))
                .post("/api/v1/messages/sent")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void thePacketPdfIsOneSheetWithFiveStoriesAndTheWritersName() throws Exception {
        anaWithMaria();
        String longText =
                "We reviewed the whole medication list together and found a dangerous interaction; ".repeat(6);
        for (int i = 1; i <= 6; i++) {
            Lor.create(
                    ana,
                    "/api/v1/stories",
                    Map.of(
                            "title",
                            "Story number " + i,
                            "summary",
                            longText,
                            "whatIDid",
                            "I presented the plan on rounds and followed up with the pharmacist.",
                            "whatItShows",
                            "Clinical reasoning and ownership.",
                            "occurredOn",
                            LocalDate.of(2026, 3, 2 + i).toString(),
                            "rotationId",
                            rotation,
                            "witnessAttendingIds",
                            List.of(maria)));
        }
        Lor.create(
                ana,
                "/api/v1/stories",
                Map.of("title", "Not for packets", "includeInPacket", false, "witnessAttendingIds", List.of(maria)));
        ana.request()
                .body(Map.of(
                        "attendingId",
                        maria,
                        "kind",
                        "FORMATIVE",
                        "receivedOn",
                        "2026-03-12",
                        "toImprove",
                        "Tighter oral presentations",
                        "whatIChanged",
                        "I rehearsed them before rounds"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(201);

        Response pdf = ana.request().accept("application/pdf").get("/api/v1/attendings/" + maria + "/packet");
        assertEquals(200, pdf.statusCode(), pdf.asString());
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("0", pdf.header("LORkit-Stories-Withheld"));
        try (PDDocument doc = Loader.loadPDF(pdf.asByteArray())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Dr. Hernandez"), text);
            for (int i = 2; i <= 6; i++) {
                assertTrue(text.contains("Story number " + i), "newest five stories: " + text);
            }
            assertFalse(text.contains("Story number 1"), "only five stories");
            assertFalse(text.contains("Not for packets"));
            assertTrue(text.contains("1 MB"), text);
        }

        String markdown = ana.request()
                .accept("text/markdown")
                .get("/api/v1/attendings/" + maria + "/packet")
                .then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\""))
                .extract()
                .asString();
        assertTrue(markdown.startsWith("# Talking points for Dr. Hernandez"), markdown);
        assertTrue(markdown.contains("Tighter oral presentations"), markdown);
        assertTrue(markdown.contains("September 9, 2026"), "soft deadline 21 days before submission: " + markdown);
        assertTrue(markdown.contains("never by me"), markdown);
        String html = ana.request()
                .accept("text/html")
                .get("/api/v1/attendings/" + maria + "/packet")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertTrue(html.contains("<h1>Talking points for Dr. Hernandez</h1>"), html);
        assertTrue(html.contains("Clinical reasoning"), html);
    }

    @Test
    void theApplicantsWordsAreLiteralTextInTheMarkdownPacket() {
        anaWithMaria();
        Lor.create(
                ana,
                "/api/v1/stories",
                Map.of(
                        "title",
                        "Ran the *sepsis* bundle_review [early](x)",
                        "summary",
                        "Two lines\n- not a new bullet",
                        "witnessAttendingIds",
                        List.of(maria)));
        String markdown = ana.request()
                .accept("text/markdown")
                .get("/api/v1/attendings/" + maria + "/packet")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(markdown.contains("Ran the \\*sepsis\\* bundle\\_review \\[early\\](x)"), markdown);
        assertTrue(markdown.contains("Two lines - not a new bullet"), markdown);
        assertFalse(markdown.contains("\n- not a new bullet"), markdown);
    }

    @Test
    void aStoryWithUnresolvedPhiWarningsStaysOutOfThePacketUntilReviewed() {
        anaWithMaria();
        String mrn = "Presented the DKA admission, MRN 00482913, on rounds.";
        String id = Lor.create(
                ana,
                "/api/v1/stories",
                Map.of("title", "DKA on rounds", "summary", mrn, "witnessAttendingIds", List.of(maria)));
        Response first = ana.request().accept("text/markdown").get("/api/v1/attendings/" + maria + "/packet");
        assertEquals(200, first.statusCode());
        assertEquals("1", first.header("LORkit-Stories-Withheld"));
        assertFalse(first.asString().contains("00482913"));
        // Dr Hernandez is an attending: her name in a story is not a patient's.
        Lor.create(
                ana,
                "/api/v1/stories",
                Map.of(
                        "title",
                        "Taught the team about DKA fluids",
                        "summary",
                        "Dr Hernandez asked me to teach the interns.",
                        "witnessAttendingIds",
                        List.of(maria)));
        ana.request()
                .body(Map.of(
                        "title",
                        "DKA on rounds",
                        "summary",
                        mrn,
                        "witnessAttendingIds",
                        List.of(maria),
                        "phiReviewed",
                        true))
                .put("/api/v1/stories/" + id)
                .then()
                .statusCode(200);
        Response after = ana.request().accept("text/markdown").get("/api/v1/attendings/" + maria + "/packet");
        assertEquals("0", after.header("LORkit-Stories-Withheld"));
        assertTrue(after.asString().contains("DKA on rounds"));
        assertTrue(after.asString().contains("Taught the team about DKA fluids"));
    }
}
