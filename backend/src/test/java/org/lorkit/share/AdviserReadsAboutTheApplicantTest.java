package org.lorkit.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lorkit.auth.AppUser;
import org.lorkit.support.TwoWritersSeason;

/**
 * An adviser reads the applicant's findings, next steps and dates about her, by her first name: never "your
 * target specialty" or "Submit your ERAS application", which would read as if they were the adviser's.
 */
@QuarkusTest
class AdviserReadsAboutTheApplicantTest extends OnASharingSeason {

    /** "you" or "your" as a word of its own ("thank-you" is not one). */
    static final Pattern SECOND_PERSON = Pattern.compile("(?i)(?<![\\w-])(you|your|yours|yourself)(?![\\w-])");

    /** Her name as she registered it, with the spaces a phone keyboard leaves. */
    @BeforeEach
    void anaLima() {
        QuarkusTransaction.requiringNew()
                .run(() -> AppUser.update("displayName = ?1 where email = ?2", " Ana  Lima ", s.ana.email()));
    }

    private JsonPath adviserPage() {
        return SharingSeason.open(SharingSeason.token(s.adviserLink(false, false)))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> sentences(JsonPath p) {
        List<String> all = new ArrayList<>();
        all.addAll(p.getList("adviser.portfolio.checks.message"));
        all.addAll(p.getList("adviser.portfolio.specialties.checks.flatten().message"));
        all.addAll(p.getList("adviser.plan.next"));
        all.addAll(p.getList("adviser.deadlines.what"));
        return all;
    }

    @Test
    void noFindingStepOrDateSpeaksToTheAdviserAsIfItWereTheirs() {
        // No target specialty yet, a ResidencyCAS second specialty, a received letter no program gets:
        // the findings that name "your target specialty", "give you choice" and "you assign" by hand.
        s.ana.request()
                .header("If-Match", org.lorkit.support.Lor.etag(s.ana, "/api/v1/profile"))
                .body(Map.of("timeZone", "America/Chicago", "season", 2028))
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
        JsonPath p = adviserPage();
        List<String> sentences = sentences(p);
        assertTrue(sentences.size() > 10, sentences.toString());
        for (String sentence : sentences) {
            assertFalse(SECOND_PERSON.matcher(sentence).find(), sentence);
        }
        assertTrue(
                sentences.contains("No letter yet from core or academic faculty in Ana's target specialty: that is the "
                        + "one programs look for first."),
                sentences.toString());
        assertTrue(
                p.getList("adviser.plan.next").contains("Fill in Ana's target sheet"),
                p.getList("adviser.plan.next").toString());

        // Her own screen still speaks to her.
        List<String> hers = s.ana.request()
                .get("/api/v1/portfolio")
                .then()
                .extract()
                .jsonPath()
                .getList("checks.message");
        assertTrue(
                hers.contains("No letter yet from core or academic faculty in your target specialty: that is the one "
                        + "programs look for first."),
                hers.toString());
    }

    @Test
    void anApplicantWithATargetSpecialtyIsStillNamedInHerSteps() {
        TwoWritersSeason.targetSheet(s.ana, "Obstetrics & Gynecology", Map.of());
        JsonPath p = adviserPage();
        for (String sentence : sentences(p)) {
            assertFalse(SECOND_PERSON.matcher(sentence).find(), sentence);
        }
        assertEquals(
                List.of(List.of("RESIDENCYCAS"), List.of("RESIDENCYCAS")),
                p.getList("adviser.letters.services"),
                "OB/GYN letters go through ResidencyCAS");
    }
}
