package org.lorkit.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Coaching;
import org.lorkit.support.TwoWritersSeason;

/**
 * A writer's material is that writer's: packet (Markdown, HTML, PDF), packet email, direct ask and every
 * other script for a writer draw only on the stories that writer witnessed and the feedback they gave.
 */
@QuarkusTest
class WritersOwnMaterialTest {

    static final List<String> MITCHELL_ONLY =
            List.of("Caught the missed hyperkalemia", "Family meeting in spanish", "Sepsis bundle at 3am");
    static final String OKAFOR_ONLY = "Presented CHF admit to the PD";
    static final String BOTH = "Code blue debrief";
    static final String NOBODY = "Night float handoff";

    @Inject
    MutableClock clock;

    TwoWritersSeason season;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @BeforeEach
    void storiesWitnessedByOneTheOtherBothAndNone() {
        season = TwoWritersSeason.start(clock);
        season.story(MITCHELL_ONLY.get(0), "2026-11-17", season.mitchell);
        season.story(MITCHELL_ONLY.get(1), "2026-11-19", season.mitchell);
        season.story(MITCHELL_ONLY.get(2), "2026-11-24", season.mitchell);
        season.story(OKAFOR_ONLY, "2026-11-30", season.okafor);
        season.story(BOTH, "2026-11-25", season.mitchell, season.okafor);
        season.story(NOBODY, "2026-11-26");
        season.ana
                .request()
                .body(Map.of(
                        "attendingId",
                        season.mitchell,
                        "kind",
                        "FORMATIVE",
                        "receivedOn",
                        "2026-11-20",
                        "toImprove",
                        "shorter oral presentations",
                        "whatIChanged",
                        "rehearsed w/ the intern before rounds"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(201);
        season.ana
                .request()
                .body(Map.of(
                        "attendingId",
                        season.okafor,
                        "kind",
                        "FORMATIVE",
                        "receivedOn",
                        "2026-11-27",
                        "toImprove",
                        "commit to a diagnosis",
                        "whatIChanged",
                        "lead w/ my top ddx"))
                .post("/api/v1/feedback")
                .then()
                .statusCode(201);
    }

    private Response packet(String attending, String accept) {
        Response packet = season.ana.request().accept(accept).get("/api/v1/attendings/" + attending + "/packet");
        assertEquals(200, packet.statusCode(), packet.asString());
        return packet;
    }

    private String pdfText(String attending) throws Exception {
        try (PDDocument doc =
                Loader.loadPDF(packet(attending, "application/pdf").asByteArray())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theProgramDirectorsPacketNeverCitesTheCoreFacultysStories() throws Exception {
        String markdown = packet(season.okafor, "text/markdown").asString();
        String html = packet(season.okafor, "text/html").asString();
        String pdf = pdfText(season.okafor);
        for (String document : List.of(markdown, html, pdf)) {
            assertTrue(document.contains(OKAFOR_ONLY), document);
            assertTrue(document.contains(BOTH), document);
            for (String hers : MITCHELL_ONLY) {
                assertFalse(document.contains(hers), "her story in his packet: " + document);
            }
            assertFalse(document.contains(NOBODY), "a story nobody witnessed: " + document);
            assertFalse(document.contains("shorter oral presentations"), "her feedback in his packet: " + document);
            assertTrue(document.contains("commit to a diagnosis"), document);
        }
    }

    @Test
    void theCoreFacultysPacketHoldsHerOwnStoriesAndNotHis() throws Exception {
        for (String document : List.of(
                packet(season.mitchell, "text/markdown").asString(),
                packet(season.mitchell, "text/html").asString(),
                pdfText(season.mitchell))) {
            MITCHELL_ONLY.forEach(hers -> assertTrue(document.contains(hers), document));
            assertTrue(document.contains(BOTH), document);
            assertFalse(document.contains(OKAFOR_ONLY), document);
            assertFalse(document.contains(NOBODY), document);
            assertFalse(document.contains("commit to a diagnosis"), document);
            assertFalse(
                    document.contains("For you, not on the PDF"), "four stories of her own are enough: " + document);
        }
        Response headers = packet(season.mitchell, "text/markdown");
        assertEquals("4", headers.header("LORkit-Stories-Own"));
        assertEquals("false", headers.header("LORkit-Stories-Short"));
    }

    @Test
    void withFewerThanThreeOwnStoriesThePreviewSaysSoButThePdfDoesNot() throws Exception {
        Response markdown = packet(season.okafor, "text/markdown");
        assertEquals("true", markdown.header("LORkit-Stories-Short"));
        assertEquals("2", markdown.header("LORkit-Stories-Own"));
        assertTrue(
                markdown.asString()
                        .startsWith("> For you, not on the PDF: Only 2 stories marked for packets name "
                                + "Dr. Okafor as a witness."),
                markdown.asString());
        assertTrue(packet(season.okafor, "text/html")
                .asString()
                .contains("Only 2 stories marked for packets name Dr. Okafor"));
        String pdf = pdfText(season.okafor);
        assertFalse(pdf.contains("For you"), pdf);
        assertFalse(pdf.contains("witness"), pdf);
    }

    @Test
    void aWriterWhoWitnessedNothingGetsNoBorrowedStories() throws Exception {
        String kim = TwoWritersSeason.writer(
                season.ana,
                "Grace Kim",
                "DO",
                "COMMUNITY_ATTENDING",
                "gkim@example.org",
                null,
                season.rotation,
                "2026-11-16",
                "2026-12-13");
        String markdown = packet(kim, "text/markdown").asString();
        assertTrue(markdown.contains("No story marked for packets names Dr. Kim as a witness yet"), markdown);
        String pdf = pdfText(kim);
        for (String document : List.of(markdown, pdf)) {
            for (String title : List.of(MITCHELL_ONLY.get(0), OKAFOR_ONLY, BOTH, NOBODY)) {
                assertFalse(document.contains(title), document);
            }
        }
        assertFalse(pdf.contains("Cases and moments"), "no empty cases section for the writer: " + pdf);
    }

    @Test
    void everyScriptForTheProgramDirectorQuotesOnlyHisStories() {
        String letter = org.lorkit.support.Lor.letter(season.ana, season.okafor);
        JsonPath messages = Coaching.get(season.ana, "/api/v1/messages?letterId=" + letter);
        List<String> bodies = messages.getList("messages.body");
        assertFalse(bodies.isEmpty());
        for (String body : bodies) {
            for (String hers : MITCHELL_ONLY) {
                assertFalse(body.contains(hers), "her story in his script: " + body);
            }
            assertFalse(body.contains(NOBODY), body);
        }
        String ask = messages.getString("messages.find { it.kind == 'DIRECT_ASK' }.body");
        assertTrue(ask.contains(OKAFOR_ONLY), ask);
        String email = messages.getString("messages.find { it.kind == 'PACKET_EMAIL' }.body");
        assertTrue(email.contains(OKAFOR_ONLY) && email.contains(BOTH), email);
    }
}
