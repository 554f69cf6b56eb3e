package org.lorkit.share;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;
import org.lorkit.support.TwoWritersSeason;

/**
 * The issue-13 season (today December 1, 2026, Chicago: Dr Mitchell on the Lakeside externship November
 * 16-29, Dr Okafor November 23 - December 13) with what sharing shows: stories typed on a phone, one each
 * writer saw alone, one they both saw, one with an unreviewed record number; feedback from each; a letter
 * request for each writer. Every text is a constant, so a test can search a whole answer for it.
 */
final class SharingSeason {

    static final String MITCHELL_STORY = "Caught the missed hyperkalemia";
    static final String MITCHELL_STORY_TEXT =
            "pt on lisinopril + spironolactone, k 6.1 on am labs, i flagged it before rounds and we held both";
    static final String OKAFOR_STORY = "Family meeting after the code";
    static final String OKAFOR_STORY_TEXT =
            "stayed w/ the daughter after the code, explained dnr options slowly, dr o said it was well done";
    static final String SHARED_STORY = "Sepsis bundle under an hour";
    static final String SHARED_STORY_TEXT =
            "lactate 4.2 at triage, cultures + abx in 38 min, both attendings on the team";
    static final String PHI_STORY = "Night admission for dka";
    static final String PHI_STORY_TEXT = "admitted mr k, MRN 00482913, ran the insulin drip protocol overnight";
    static final String MITCHELL_FEEDBACK = "your presentations are crisp, lead with the assessment";
    static final String MITCHELL_TO_IMPROVE = "read up on the patients the night before";
    static final String OKAFOR_FEEDBACK = "great rapport with families, keep doing the teach-back";
    static final String OKAFOR_TO_IMPROVE = "commit to a plan on rounds instead of listing options";

    final TwoWritersSeason season;
    final Applicant ana;
    final String mitchellLetter;
    final String okaforLetter;

    private SharingSeason(TwoWritersSeason season, String mitchellLetter, String okaforLetter) {
        this.season = season;
        this.ana = season.ana;
        this.mitchellLetter = mitchellLetter;
        this.okaforLetter = okaforLetter;
    }

    static SharingSeason start(MutableClock clock) {
        TwoWritersSeason season = TwoWritersSeason.start(clock);
        TwoWritersSeason.targetSheet(
                season.ana,
                "Internal Medicine",
                Map.of(
                        "erasOpensOn",
                        TwoWritersSeason.ERAS_OPENS.toString(),
                        "strengths",
                        List.of("CLINICAL_REASONING"),
                        "cvReady",
                        true,
                        "personalStatementStatus",
                        "DRAFT"));
        story(season, MITCHELL_STORY, MITCHELL_STORY_TEXT, "2026-11-18", season.mitchell);
        story(season, OKAFOR_STORY, OKAFOR_STORY_TEXT, "2026-11-30", season.okafor);
        story(season, SHARED_STORY, SHARED_STORY_TEXT, "2026-11-25", season.mitchell, season.okafor);
        story(season, PHI_STORY, PHI_STORY_TEXT, "2026-11-20", season.mitchell);
        feedback(season, season.mitchell, "2026-11-27", MITCHELL_FEEDBACK, MITCHELL_TO_IMPROVE);
        feedback(season, season.okafor, "2026-11-30", OKAFOR_FEEDBACK, OKAFOR_TO_IMPROVE);
        return new SharingSeason(
                season, Lor.letter(season.ana, season.mitchell), Lor.letter(season.ana, season.okafor));
    }

    private static void story(TwoWritersSeason s, String title, String summary, String on, String... witnesses) {
        Lor.create(
                s.ana,
                "/api/v1/stories",
                Map.of(
                        "title",
                        title,
                        "summary",
                        summary,
                        "occurredOn",
                        on,
                        "rotationId",
                        s.rotation,
                        "witnessAttendingIds",
                        List.of(witnesses)));
    }

    private static void feedback(TwoWritersSeason s, String writer, String on, String wentWell, String toImprove) {
        Lor.create(
                s.ana,
                "/api/v1/feedback",
                Map.of(
                        "attendingId",
                        writer,
                        "rotationId",
                        s.rotation,
                        "kind",
                        "SUMMATIVE",
                        "enthusiasm",
                        "POSITIVE",
                        "receivedOn",
                        on,
                        "wentWell",
                        wentWell,
                        "toImprove",
                        toImprove));
    }

    /** POST /api/v1/share-links as the applicant; the raw answer. */
    static Response make(Applicant who, Map<String, Object> body) {
        return who.request().body(body).post("/api/v1/share-links");
    }

    /** A writer's page for the letter: the 201 answer. */
    JsonPath writerLink(String letterId) {
        return make(ana, Map.of("kind", "WRITER", "letterId", letterId))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** An adviser's view with these settings: the 201 answer. */
    JsonPath adviserLink(boolean stories, boolean feedback) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "ADVISER", "label", "dr adeyemi (school adviser)"));
        body.put("showStories", stories);
        body.put("showFeedback", feedback);
        return make(ana, body).then().statusCode(201).extract().jsonPath();
    }

    /** The token at the end of a share url ({@code <public url>/#/s/<token>}). */
    static String token(JsonPath created) {
        String url = created.getString("url");
        return url.substring(url.indexOf("/#/s/") + "/#/s/".length());
    }

    /** The public page, as a browser without an account opens it. */
    static Response open(String token) {
        return given().accept(ContentType.JSON).get("/api/v1/shared/" + token);
    }

    static Response answer(String token, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/shared/" + token + "/answers");
    }
}
