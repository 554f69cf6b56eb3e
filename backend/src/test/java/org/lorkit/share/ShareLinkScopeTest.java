package org.lorkit.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lorkit.share.SharingSeason.MITCHELL_FEEDBACK;
import static org.lorkit.share.SharingSeason.MITCHELL_STORY;
import static org.lorkit.share.SharingSeason.MITCHELL_STORY_TEXT;
import static org.lorkit.share.SharingSeason.MITCHELL_TO_IMPROVE;
import static org.lorkit.share.SharingSeason.OKAFOR_FEEDBACK;
import static org.lorkit.share.SharingSeason.OKAFOR_STORY;
import static org.lorkit.share.SharingSeason.OKAFOR_STORY_TEXT;
import static org.lorkit.share.SharingSeason.OKAFOR_TO_IMPROVE;
import static org.lorkit.share.SharingSeason.PHI_STORY;
import static org.lorkit.share.SharingSeason.PHI_STORY_TEXT;
import static org.lorkit.share.SharingSeason.SHARED_STORY;
import static org.lorkit.share.SharingSeason.SHARED_STORY_TEXT;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every field of every shared page under every scope, and the texts that must not be there: a writer sees
 * the stories they witnessed that passed the privacy review and nobody else's; an adviser sees no story or
 * feedback text unless the applicant ticked it in for that link. The whole answer is searched, as text.
 */
@QuarkusTest
class ShareLinkScopeTest extends OnASharingSeason {

    static final Set<String> PAGE = Set.of("kind", "applicantName", "expiresOn", "writer", "adviser");
    static final Set<String> WRITER = Set.of(
            "writerName",
            "greeting",
            "letterType",
            "forSpecialty",
            "service",
            "services",
            "softDeadline",
            "uploadSteps",
            "standardizedForm",
            "packet",
            "cvReady",
            "personalStatementReady",
            "writerWord",
            "answers");
    static final Set<String> ADVISER = Set.of("letters", "portfolio", "plan", "deadlines", "stories", "feedback");
    static final Set<String> LETTER_LINE =
            Set.of("writerName", "letterType", "status", "services", "softDeadline", "receivedOn", "writerWord");

    /** Story and feedback texts no adviser sees unless ticked in. */
    static final List<String> STORY_TEXTS = List.of(
            MITCHELL_STORY,
            MITCHELL_STORY_TEXT,
            OKAFOR_STORY,
            OKAFOR_STORY_TEXT,
            SHARED_STORY,
            SHARED_STORY_TEXT,
            PHI_STORY,
            PHI_STORY_TEXT,
            "00482913");

    static final List<String> FEEDBACK_TEXTS =
            List.of(MITCHELL_FEEDBACK, MITCHELL_TO_IMPROVE, OKAFOR_FEEDBACK, OKAFOR_TO_IMPROVE);

    private static Response page(JsonPath made) {
        Response r = SharingSeason.open(SharingSeason.token(made));
        r.then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer");
        assertNull(r.getHeader("Set-Cookie"));
        return r;
    }

    private static Set<String> keys(JsonPath json, String path) {
        Map<String, Object> map = json.getMap(path);
        assertNotNull(map, path);
        return new TreeSet<>(map.keySet());
    }

    private static void absent(String json, List<String> texts, String why) {
        for (String text : texts) {
            assertFalse(json.contains(text), why + ": \"" + text + "\" in " + json);
        }
    }

    @Test
    void mitchellsPageHoldsHerLetterHerPacketAndOnlyStoriesSheWitnessedThatPassedPrivacyReview() {
        Response r = page(s.writerLink(s.mitchellLetter));
        String raw = r.asString();
        JsonPath p = r.jsonPath();
        assertEquals(new TreeSet<>(PAGE), keys(p, ""));
        assertEquals("WRITER", p.getString("kind"));
        assertEquals("Test Applicant", p.getString("applicantName"));
        assertNull(p.get("expiresOn"));
        assertNull(p.get("adviser"));

        assertEquals(new TreeSet<>(WRITER), keys(p, "writer"));
        assertEquals("Sarah Mitchell, MD", p.getString("writer.writerName"));
        assertEquals("Dr. Mitchell", p.getString("writer.greeting"));
        assertEquals("TARGET_SPECIALTY", p.getString("writer.letterType"));
        assertNull(p.get("writer.forSpecialty"));
        assertEquals("ERAS", p.getString("writer.service"));
        assertEquals("2027-08-18", p.getString("writer.softDeadline"), "21 days before September 8");
        List<String> steps = p.getList("writer.uploadSteps");
        assertTrue(
                steps.contains("PDF only, at most 1 MB, US Letter size (8.5 x 11 in); not encrypted, "
                        + "password-protected or digitally signed."),
                steps.toString());
        assertTrue(
                steps.contains("Uploaded by you or someone you designate, never by me or an advisor."),
                steps.toString());
        assertTrue(steps.get(0).contains("AAMC Letter Writer Portal"), steps.get(0));
        assertNull(p.get("writer.standardizedForm"), "Internal Medicine: a narrative letter");
        assertEquals(Boolean.TRUE, p.get("writer.cvReady"));
        assertEquals(Boolean.TRUE, p.get("writer.personalStatementReady"), "a draft is there");
        assertNull(p.get("writer.writerWord"));
        assertEquals(List.of("WILL_WRITE", "CANNOT_WRITE", "UPLOADED"), p.getList("writer.answers"));

        // The packet the applicant previews for Dr Mitchell, minus the note meant for her alone.
        JsonPath preview = s.ana.request()
                .accept("application/json")
                .get("/api/v1/attendings/" + s.season.mitchell + "/packet")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(preview.getList("sections"), p.getList("writer.packet.sections"));
        assertEquals(preview.getMap("upload"), p.getMap("writer.packet.upload"));
        assertEquals(steps, p.getList("writer.packet.upload.rules"));
        assertEquals(s.season.mitchell, p.getString("writer.packet.attendingId"));
        assertEquals(1, p.getInt("writer.packet.storiesWithheld"), "the story with the record number");
        assertEquals(2, p.getInt("writer.packet.storiesOwn"));
        assertNull(p.get("writer.packet.applicantNote"));
        assertNotNull(
                preview.get("applicantNote"), "the preview tells her she has only 2 stories; the writer never sees it");

        assertTrue(raw.contains(MITCHELL_STORY), raw);
        assertTrue(raw.contains(SHARED_STORY), "she saw the sepsis bundle too");
        absent(raw, List.of(OKAFOR_STORY, OKAFOR_STORY_TEXT), "Dr Okafor's story on Dr Mitchell's page");
        absent(raw, List.of(PHI_STORY, PHI_STORY_TEXT, "00482913"), "the unreviewed story");
        absent(raw, List.of(OKAFOR_FEEDBACK, OKAFOR_TO_IMPROVE), "Dr Okafor's feedback");
    }

    @Test
    void okaforsPageHasHisStoriesAndNotMitchells() {
        String raw = page(s.writerLink(s.okaforLetter)).asString();
        assertTrue(raw.contains(OKAFOR_STORY), raw);
        assertTrue(raw.contains(SHARED_STORY), raw);
        absent(raw, List.of(MITCHELL_STORY, MITCHELL_STORY_TEXT, PHI_STORY, "00482913"), "not his to see");
        absent(raw, List.of(MITCHELL_FEEDBACK, MITCHELL_TO_IMPROVE), "Dr Mitchell's feedback");
    }

    @Test
    void anAdviserSeesTheBoardPortfolioPlanAndDeadlinesButNoStoryOrFeedbackText() {
        String mitchellToken = SharingSeason.token(s.writerLink(s.mitchellLetter));
        SharingSeason.answer(mitchellToken, Map.of("answer", "WILL_WRITE", "note", "happy to, send me your cv"))
                .then()
                .statusCode(201);
        Response r = page(s.adviserLink(false, false));
        String raw = r.asString();
        JsonPath p = r.jsonPath();
        assertEquals(new TreeSet<>(PAGE), keys(p, ""));
        assertEquals("ADVISER", p.getString("kind"));
        assertEquals("Test Applicant", p.getString("applicantName"));
        assertEquals("2026-12-31", p.getString("expiresOn"));
        assertNull(p.get("writer"));
        assertEquals(new TreeSet<>(ADVISER), keys(p, "adviser"));

        assertEquals(2, p.getList("adviser.letters").size());
        for (int i = 0; i < 2; i++) {
            assertEquals(new TreeSet<>(LETTER_LINE), keys(p, "adviser.letters[" + i + "]"));
        }
        assertEquals(
                new TreeSet<>(List.of("Dr Sarah Mitchell, MD", "Dr James Okafor")),
                new TreeSet<>(p.getList("adviser.letters.writerName")));
        assertEquals(List.of("CANDIDATE", "CANDIDATE"), p.getList("adviser.letters.status"));
        assertEquals(List.of(List.of("ERAS"), List.of("ERAS")), p.getList("adviser.letters.services"));
        assertEquals(List.of("2027-08-18", "2027-08-18"), p.getList("adviser.letters.softDeadline"));
        assertEquals(java.util.Arrays.asList(null, null), p.getList("adviser.letters.receivedOn"));
        Map<String, Object> mitchellLine =
                p.getMap("adviser.letters.find { it.writerName == 'Dr Sarah Mitchell, MD' }");
        assertEquals(
                Map.of(
                        "answer",
                        "WILL_WRITE",
                        "note",
                        "happy to, send me your cv",
                        "saidAt",
                        clock.instant().toString()),
                mitchellLine.get("writerWord"));
        assertNull(p.get("adviser.letters.find { it.writerName == 'Dr James Okafor' }.writerWord"));

        // Her own screens' findings, steps and dates, said about her ("Test" is her first name).
        ToAnAdviser aboutHer = new ToAnAdviser("Test Applicant");
        JsonPath portfolio =
                s.ana.request().get("/api/v1/portfolio").then().extract().jsonPath();
        Map<String, Object> hers = portfolio.getMap("");
        Map<String, Object> shown = p.getMap("adviser.portfolio");
        for (String same : List.of("today", "byStatus", "byCommitment", "secured", "received")) {
            assertEquals(hers.get(same), shown.get(same), same);
        }
        assertEquals(
                portfolio.getList("checks.message").stream()
                        .map(m -> aboutHer.say((String) m))
                        .toList(),
                p.getList("adviser.portfolio.checks.message"));
        assertEquals(portfolio.getList("checks.code"), p.getList("adviser.portfolio.checks.code"));
        assertEquals(portfolio.getList("checks.status"), p.getList("adviser.portfolio.checks.status"));

        JsonPath plan = s.ana.request().get("/api/v1/plan").then().extract().jsonPath();
        List<Map<String, Object>> checkpoints = plan.getList("checkpoints");
        long done =
                checkpoints.stream().filter(c -> "DONE".equals(c.get("status"))).count();
        assertEquals(Set.of("done", "total", "next"), keys(p, "adviser.plan"));
        assertEquals(done, p.getInt("adviser.plan.done"));
        assertEquals(checkpoints.size(), p.getInt("adviser.plan.total"));
        assertEquals(
                checkpoints.stream()
                        .filter(c -> !"DONE".equals(c.get("status")))
                        .limit(3)
                        .map(c -> aboutHer.say((String) c.get("title")))
                        .toList(),
                p.getList("adviser.plan.next"));

        List<Map<String, Object>> deadlines = p.getList("adviser.deadlines");
        assertFalse(deadlines.isEmpty());
        assertTrue(deadlines.size() <= 10);
        for (Map<String, Object> d : deadlines) {
            assertEquals(Set.of("on", "what"), d.keySet());
            assertTrue(d.get("on").toString().compareTo("2026-12-01") >= 0, d.toString());
        }
        List<String> days = deadlines.stream().map(d -> d.get("on").toString()).toList();
        assertEquals(days.stream().sorted().toList(), days, "soonest first");
        assertTrue(deadlines.contains(Map.of("on", "2027-09-08", "what", "Submission target")), deadlines.toString());
        // The same steps as her Today screen, which shows the first five.
        List<Map<String, Object>> today =
                s.ana.request().get("/api/v1/today").then().extract().jsonPath().getList("nextDeadlines");
        assertEquals(5, today.size());
        assertEquals(
                today.stream()
                        .map(d -> Map.of("on", d.get("on"), "what", aboutHer.say((String) d.get("title"))))
                        .toList(),
                deadlines.subList(0, 5));

        assertNull(p.get("adviser.stories"));
        assertNull(p.get("adviser.feedback"));
        absent(raw, STORY_TEXTS, "a story on an adviser's view without showStories");
        absent(raw, FEEDBACK_TEXTS, "feedback on an adviser's view without showFeedback");
    }

    @Test
    void anAdviserWithStoriesTickedSeesTheReviewedStoriesWithTheirWritersAndStillNoFeedback() {
        Response r = page(s.adviserLink(true, false));
        String raw = r.asString();
        JsonPath p = r.jsonPath();
        List<Map<String, Object>> stories = p.getList("adviser.stories");
        assertEquals(
                List.of(OKAFOR_STORY, SHARED_STORY, MITCHELL_STORY),
                stories.stream().map(x -> x.get("title")).toList(),
                "newest first; the unreviewed one left out");
        for (Map<String, Object> story : stories) {
            assertEquals(Set.of("occurredOn", "writerName", "title", "text"), story.keySet());
        }
        assertEquals(
                Map.of(
                        "occurredOn",
                        "2026-11-25",
                        "writerName",
                        "Dr James Okafor and Dr Sarah Mitchell, MD",
                        "title",
                        SHARED_STORY,
                        "text",
                        "(November 25, 2026) " + SHARED_STORY_TEXT + "."),
                stories.get(1));
        assertEquals("Dr James Okafor", stories.get(0).get("writerName"));
        absent(raw, List.of(PHI_STORY, PHI_STORY_TEXT, "00482913"), "the unreviewed story");
        assertNull(p.get("adviser.feedback"));
        absent(raw, FEEDBACK_TEXTS, "feedback without showFeedback");
    }

    @Test
    void anAdviserWithFeedbackTickedSeesTheFeedbackAndStillNoStory() {
        Response r = page(s.adviserLink(false, true));
        String raw = r.asString();
        JsonPath p = r.jsonPath();
        assertNull(p.get("adviser.stories"));
        absent(raw, STORY_TEXTS, "a story without showStories");
        List<Map<String, Object>> feedback = p.getList("adviser.feedback");
        assertEquals(2, feedback.size());
        Map<String, Object> okafor = new java.util.HashMap<>();
        okafor.put("receivedOn", "2026-11-30");
        okafor.put("writerName", "Dr James Okafor");
        okafor.put("wentWell", OKAFOR_FEEDBACK);
        okafor.put("toImprove", OKAFOR_TO_IMPROVE);
        okafor.put("whatIChanged", null);
        assertEquals(okafor, feedback.get(0), "newest first");
        assertEquals(MITCHELL_FEEDBACK, feedback.get(1).get("wentWell"));
        assertEquals("Dr Sarah Mitchell, MD", feedback.get(1).get("writerName"));
    }

    @Test
    void theOwnersScreensNeverShowATokenAfterTheLinkIsMade() {
        JsonPath made = s.writerLink(s.mitchellLetter);
        String token = SharingSeason.token(made);
        assertEquals(43, token.length(), "32 random bytes, base64url");
        assertTrue(made.getString("url").endsWith("/#/s/" + token), made.getString("url"));
        for (String path : List.of("/api/v1/share-links", "/api/v1/share-links/" + made.getString("id"))) {
            String body =
                    s.ana.request().get(path).then().statusCode(200).extract().asString();
            assertFalse(body.contains(token), body);
        }
        String page = SharingSeason.open(token).asString();
        assertFalse(page.contains(token), "the page does not repeat its own token");
    }
}
