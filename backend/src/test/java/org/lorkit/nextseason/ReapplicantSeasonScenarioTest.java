package org.lorkit.nextseason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Admin;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;
import org.lorkit.support.Lor;
import org.lorkit.support.OnTheTestClock;

/**
 * One IMG through the 2027 season without matching and into the 2028 season, on the test clock:
 * Internal Medicine plus Family Medicine, two writers on one externship of odd length, names typed in
 * lower case. Starting the next season marks her letters for import, keeps her stories and feedback,
 * and the plan, Today and reminders follow the ERAS 2028 season record.
 */
@QuarkusTest
class ReapplicantSeasonScenarioTest extends OnTheTestClock {

    static final String ERAS_2028 = "/api/v1/seasons/7d0c2a4e-2028-4e5a-9a11-000000002028";

    Applicant ana;

    private Response startNextSeason() {
        return ana.request().post("/api/v1/profile/next-season");
    }

    private JsonPath letter(String id) {
        return Coaching.get(ana, "/api/v1/letters/" + id);
    }

    @Test
    void aReappliedSeasonKeepsStoriesAndMarksLettersForImport() {
        on("2026-01-05");
        ana = Applicant.register();
        ana.request()
                .header("If-Match", Lor.etag(ana, "/api/v1/profile"))
                .body(Map.of(
                        "targetSpecialty", "internal medicine",
                        "secondSpecialty", "family med",
                        "season", 2026,
                        "submissionTargetOn", "2026-09-16",
                        "timeZone", "America/New_York"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
        // A 26-day externship with two writers on it, then a 19-day family medicine clinic.
        String stLukes = stLukesExternship();
        String clinic = Coaching.rotation(
                ana, "riverside fam clinic", "family med", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 20));
        String raman = Coaching.attending(ana, "dr priya raman", "CORE_FACULTY", "internal medicine", stLukes);
        String okafor = Coaching.attending(ana, "james okafor", "PROGRAM_DIRECTOR", "internal medicine", stLukes);
        String park = Coaching.attending(ana, "lena park", "CORE_FACULTY", "family med", clinic);
        on("2026-01-30");
        Lor.create(
                ana,
                "/api/v1/stories",
                Map.of(
                        "title", "copd exacerbation",
                        "summary", "pt w/ copd, pres on rounds, f/u abg",
                        "occurredOn", "2026-01-14",
                        "rotationId", stLukes,
                        "witnessAttendingIds", List.of(raman, okafor)));
        on("2026-01-30");
        Lor.create(
                ana,
                "/api/v1/feedback",
                Map.of(
                        "attendingId",
                        raman,
                        "kind",
                        "SUMMATIVE",
                        "receivedOn",
                        "2026-01-30",
                        "enthusiasm",
                        "ENTHUSIASTIC_WITH_SPECIFICS"));

        // The 2027 season: Dr Raman's General letter and Dr Park's for family medicine arrive; Okafor's never does.
        String ramans = Lor.create(ana, "/api/v1/letters", Map.of("attendingId", raman));
        String parks = Lor.create(ana, "/api/v1/letters", Map.of("attendingId", park, "forSpecialty", "FAMILY MED"));
        String okafors = Lor.letter(ana, okafor);
        assertEquals("family med", letter(parks).getString("forSpecialty"));
        on("2026-06-10");
        for (String id : List.of(ramans, parks, okafors)) {
            Lor.moveLetter(ana, id, "ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS");
        }
        on("2026-08-20");
        Lor.moveLetter(ana, ramans, "RECEIVED");
        Lor.moveLetter(ana, parks, "RECEIVED");

        JsonPath portfolio = Coaching.get(ana, "/api/v1/portfolio");
        assertEquals(List.of("internal medicine", "family med"), portfolio.getList("specialties.specialty"));
        assertEquals(List.of("ERAS", "ERAS"), portfolio.getList("specialties.service"));
        // Internal medicine: Raman (General) and Okafor; Park's letter is for family medicine only.
        assertEquals(2, portfolio.getInt("specialties[0].secured"));
        // Family medicine: Park's own letter, and the General ones of the two internists as letters from
        // another US specialty.
        assertEquals(3, portfolio.getInt("specialties[1].secured"));
        assertEquals(
                "1 letter from core or academic faculty in family med.",
                portfolio.getString("specialties[1].checks.find { it.code == 'CORE_IN_SPECIALTY' }.message"));
        assertEquals(
                "2 letters from another US specialty.",
                portfolio.getString("specialties[1].checks.find { it.code == 'OTHER_US_SPECIALTY' }.message"));
        assertEquals(portfolio.getList("specialties[0].checks"), portfolio.getList("checks"));

        // Not matched: before Match Day the next season cannot start yet.
        on("2027-03-01");
        Response early = startNextSeason();
        assertEquals(409, early.statusCode());
        assertTrue(
                early.jsonPath().getString("detail").contains("from its Match Day, March 19, 2027"), early.asString());

        on("2027-03-22");
        Response started = startNextSeason();
        assertEquals(200, started.statusCode(), started.asString());
        JsonPath next = started.jsonPath();
        assertEquals("ERAS 2027 season", next.getString("from"));
        assertEquals("ERAS 2028 season", next.getString("into"));
        assertEquals(2027, next.getInt("season"));
        assertEquals("2027-09-16", next.getString("submissionTargetOn"));
        assertEquals(Set.of(ramans, parks), Set.copyOf(next.getList("imported.letterId")));
        assertEquals(List.of("2026-08-20", "2026-08-20"), next.getList("imported.letterDatedOn"));
        assertEquals(List.of(okafors), next.getList("inFlight.letterId"));
        assertTrue(next.getString("inFlight[0].sentence").contains("requested in the ERAS 2027 season"));
        assertEquals(1, next.getLong("storiesKept"));
        assertEquals(1, next.getLong("feedbackKept"));
        assertTrue(
                next.getList("summary", String.class)
                        .contains("You now follow the ERAS 2028 season: ERAS opens on June 2, 2027 (not confirmed yet)"
                                + " and Match Day is March 17, 2028 (not confirmed yet)."),
                next.getList("summary").toString());

        // A second tap starts nothing.
        Response again = startNextSeason();
        assertEquals(409, again.statusCode());
        assertTrue(
                again.jsonPath().getString("detail").startsWith("You already started the ERAS 2028 season"),
                again.asString());

        JsonPath imported = letter(ramans);
        assertEquals("IMPORTED", imported.getString("status"));
        assertEquals("2026-08-20", imported.getString("letterDatedOn"));
        assertEquals("RECEIVED", imported.getString("history[-1].from"));
        assertEquals("REQUESTED_IN_ERAS", letter(okafors).getString("status"));
        assertEquals(1, Coaching.get(ana, "/api/v1/stories").getInt("total"));
        assertEquals(1, Coaching.get(ana, "/api/v1/feedback").getInt("total"));

        // The plan and Today follow the 2028 season record and suggest updated letters.
        assertEquals("ERAS 2028 season", Coaching.get(ana, "/api/v1/plan").getString("season.label"));
        JsonPath today = Coaching.get(ana, "/api/v1/today");
        assertEquals("ERAS 2028 season", today.getString("season.label"));
        String ask = "updated-letter:" + ramans;
        assertEquals(
                "Ask dr priya raman for an updated letter",
                today.getString("actions.find { it.id == '" + ask + "' }.title"));
        assertEquals(
                "The letter dated August 20, 2026 is imported into the ERAS 2028 season. An updated one can speak to "
                        + "what you have done since; ERAS takes letter requests from June 2, 2027 (date not confirmed"
                        + " yet).",
                today.getString("actions.find { it.id == '" + ask + "' }.reason"));
        assertEquals(2, Coaching.get(ana, "/api/v1/portfolio").getInt("received"));

        Admin admin = Admin.login();
        JsonPath stored = admin.request().get(ERAS_2028).then().extract().jsonPath();
        Map<String, Object> moved = inputOf(stored);
        moved.put("opensOn", "2027-06-09");
        moved.put("unverified", List.of("submissionOpensOn", "programsReviewOn", "rankListDeadlineOn", "matchDay"));
        try {
            admin.request()
                    .body(moved)
                    .put(ERAS_2028.replace("/seasons/", "/admin/seasons/"))
                    .then()
                    .statusCode(200);
            assertEquals("2027-06-09", Coaching.get(ana, "/api/v1/plan").getString("season.opensOn"));
            JsonPath moving = Coaching.get(ana, "/api/v1/today");
            assertTrue(moving.getString("actions.find { it.id == '" + ask + "' }.reason")
                    .endsWith("ERAS takes letter requests from June 9, 2027."));
            assertEquals("2027-06-09", moving.getString("actions.find { it.id == '" + ask + "' }.dueOn"));
        } finally {
            admin.request().body(inputOf(stored)).put(ERAS_2028.replace("/seasons/", "/admin/seasons/"));
        }

        // Imported letters take their place among the 4 a program can get.
        String lee = Coaching.attending(ana, "sam lee", "COMMUNITY_ATTENDING", "internal medicine", stLukes);
        String cho = Coaching.attending(ana, "ann cho", "CORE_FACULTY", "internal medicine", stLukes);
        String lees = Lor.letter(ana, lee);
        String chos = Lor.letter(ana, cho);
        String program =
                Lor.create(ana, "/api/v1/programs", Map.of("name", "mercy im", "specialty", "internal medicine"));
        assign(program, List.of(ramans, parks, okafors, lees)).then().statusCode(200);
        Response fifth = assign(program, List.of(ramans, parks, okafors, lees, chos));
        assertEquals(422, fifth.statusCode());
        assertTrue(fifth.jsonPath().getString("detail").contains("at most 4 letters can go to one program"));

        // She asks Dr Raman for the updated letter: the suggestion goes, the imported letter stays.
        String updated = Lor.create(ana, "/api/v1/letters", Map.of("attendingId", raman));
        assertFalse(Coaching.get(ana, "/api/v1/today").getList("actions.id").contains(ask));
        assertEquals("IMPORTED", letter(ramans).getString("status"));

        // Reminders of the 2028 season are dated in 2027, and say the year.
        on("2027-06-15");
        Lor.moveLetter(ana, updated, "ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS");
        on("2027-07-01");
        JsonPath reminders = Coaching.get(ana, "/api/v1/reminders");
        assertEquals("ERAS 2028 season", reminders.getString("season.label"));
        assertEquals("2028-03-17", reminders.getString("matchDay"));
        String first = "FIRST_REMINDER:" + updated;
        assertEquals("2027-06-29", reminders.getString("due.find { it.id == '" + first + "' }.dueOn"));
        List<String> upcoming = reminders.getList("upcoming.dueOn");
        assertFalse(upcoming.isEmpty());
        assertTrue(upcoming.stream().allMatch(d -> d.startsWith("2027") || d.startsWith("2028")), upcoming.toString());
    }

    @Test
    void aSecondSpecialtyThroughResidencyCasGetsItsOwnServiceAndStandardizedLetter() {
        ana = Applicant.register();
        Coaching.profile(
                ana,
                LocalDate.of(2027, 9, 15),
                Map.of("season", 2027, "secondSpecialty", "emergency med", "targetSpecialty", "Internal Medicine"));
        JsonPath portfolio = Coaching.get(ana, "/api/v1/portfolio");
        assertEquals(List.of("ERAS", "RESIDENCYCAS"), portfolio.getList("specialties.service"));
        assertEquals(null, portfolio.getString("specialties[0].standardizedLetter"));
        assertEquals("ESLOE_2", portfolio.getString("specialties[1].standardizedLetter"));

        Response same = ana.request()
                .header("If-Match", Lor.etag(ana, "/api/v1/profile"))
                .body(Map.of("targetSpecialty", "internal medicine", "secondSpecialty", "Internal  Medicine"))
                .put("/api/v1/profile");
        assertEquals(400, same.statusCode());
        assertEquals("is the same specialty as targetSpecialty", same.jsonPath().getString("errors[0].message"));

        String rotation = Coaching.rotation(
                ana, "county er", "emergency med", LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 30));
        String writer = Coaching.attending(ana, "dr k. osei", "CORE_FACULTY", "emergency med", rotation);
        Response elsewhere = ana.request()
                .body(Map.of("attendingId", writer, "forSpecialty", "pediatrics"))
                .post("/api/v1/letters");
        assertEquals(422, elsewhere.statusCode());
        assertEquals(
                "your target sheet names Internal Medicine and emergency med; a letter is for one of them, or "
                        + "General (leave it empty)",
                elsewhere.jsonPath().getString("errors[0].message"));
        // One writer, one letter per specialty: an EM letter and an IM letter are two entries.
        Lor.create(ana, "/api/v1/letters", Map.of("attendingId", writer, "forSpecialty", "Emergency Med"));
        Lor.create(ana, "/api/v1/letters", Map.of("attendingId", writer, "forSpecialty", "internal medicine"));
        assertEquals(
                409,
                ana.request()
                        .body(Map.of("attendingId", writer, "forSpecialty", "emergency med"))
                        .post("/api/v1/letters")
                        .statusCode());
    }

    /** Three 2027-season requests on the target sheet of an IM applicant who did not match. */
    record OldSeason(String okafor, String haddads, String okafors, String lees) {}

    /**
     * Dr Haddad's letter, written during her 2020 research year, reaches ERAS in August 2026; Dr Okafor's was
     * requested and never came; Dr Lee declined. Three community attendings: no core faculty, so the portfolio
     * falls short and Dr Lee's decline advises a backup writer.
     */
    private OldSeason oldSeason() {
        on("2026-01-05");
        ana = Applicant.register();
        Coaching.profile(ana, LocalDate.of(2026, 9, 16), Map.of("season", 2026, "timeZone", "America/New_York"));
        String stLukes = stLukesExternship();
        String haddad = Coaching.attending(ana, "dr m. haddad", "COMMUNITY_ATTENDING", "internal medicine", stLukes);
        String okafor = Coaching.attending(ana, "james okafor", "COMMUNITY_ATTENDING", "internal medicine", stLukes);
        String lee = Coaching.attending(ana, "sam lee", "COMMUNITY_ATTENDING", "internal medicine", stLukes);
        on("2026-06-10");
        String haddads = Lor.letter(ana, haddad);
        String okafors = Lor.letter(ana, okafor);
        String lees = Lor.letter(ana, lee);
        Lor.moveLetter(ana, haddads, "ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS");
        Lor.moveLetter(ana, okafors, "ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS");
        Lor.moveLetter(ana, lees, "ASKED", "DECLINED");
        on("2026-08-20");
        Lor.moveLetter(ana, haddads, "RECEIVED");
        Coaching.putLetter(ana, haddads, Map.of("letterDatedOn", "2020-05-01"));
        return new OldSeason(okafor, haddads, okafors, lees);
    }

    /** The ids of every reminder (due and upcoming) and every Today action: each names its letter. */
    private List<String> remindersAndActions() {
        JsonPath reminders = Coaching.get(ana, "/api/v1/reminders");
        List<String> ids = new ArrayList<>(reminders.getList("due.id", String.class));
        ids.addAll(reminders.getList("upcoming.id", String.class));
        ids.addAll(Coaching.get(ana, "/api/v1/today").getList("actions.id", String.class));
        return ids;
    }

    private static List<String> naming(List<String> ids, String... letters) {
        return ids.stream()
                .filter(id -> List.of(letters).stream().anyMatch(id::contains))
                .sorted()
                .toList();
    }

    @Test
    void aLetterTooOldToImportKeepsItsStatusAndTheAnswerSaysItsDate() {
        OldSeason old = oldSeason();
        on("2027-03-22");
        Response started = startNextSeason();
        assertEquals(200, started.statusCode(), started.asString());
        JsonPath next = started.jsonPath();
        assertEquals(List.of(), next.getList("imported"));
        assertEquals(List.of(old.haddads()), next.getList("notImported.letterId"));
        assertEquals("RECEIVED", next.getString("notImported[0].status"));
        assertEquals("2020-05-01", next.getString("notImported[0].letterDatedOn"));
        // Typed in lower case ("dr m. haddad"), named with its capital. Seven years back from the day the new season
        // opens, not from today: on March 22 it would still pass.
        String sentence = "Dr. Haddad's letter is too old to import: dated May 1, 2020, more than 7 years before the "
                + "ERAS 2028 season opens on June 2, 2027, and ERAS imports letters up to 7 years back. It stays in "
                + "the ERAS 2027 season as it was and no longer counts. Ask Dr. Haddad for an updated letter or "
                + "choose another writer.";
        assertEquals(sentence, next.getString("notImported[0].sentence"));
        assertTrue(
                next.getList("summary").contains(sentence),
                next.getList("summary").toString());

        JsonPath letter = letter(old.haddads());
        assertEquals("RECEIVED", letter.getString("status"), "not withdrawn: nobody withdrew it");
        assertEquals(2027, letter.getInt("leftInSeason"));
        assertEquals(List.of(), letter.getList("allowedNext"));
        assertEquals(
                List.of("ASKED", "AGREED", "PACKET_SENT", "REQUESTED_IN_ERAS", "RECEIVED"),
                letter.getList("history.to"));
        JsonPath portfolio = Coaching.get(ana, "/api/v1/portfolio");
        assertEquals(0, portfolio.getInt("received"));
        assertEquals(0, portfolio.getInt("byStatus.RECEIVED"));
    }

    @Test
    void requestsLeftInTheSeasonLeftRaiseNoRemindersOrTodayActionsOfIt() {
        OldSeason old = oldSeason();
        // Before she moves on: the old season's nudges and thanks, and a backup in place of Dr Lee.
        on("2027-03-20");
        assertEquals(
                List.of(
                        "BACKUP_WRITER:" + old.okafors(),
                        "BACKUP_WRITER:" + old.okafors(),
                        "MATCH_UPDATE:" + old.haddads(),
                        "MATCH_UPDATE:" + old.haddads(),
                        "THANK_YOU_RECEIVED:" + old.haddads(),
                        "THANK_YOU_RECEIVED:" + old.haddads(),
                        "backup:" + old.lees()),
                naming(remindersAndActions(), old.haddads(), old.okafors(), old.lees()));

        on("2027-03-22");
        JsonPath next = startNextSeason().jsonPath();
        assertEquals(List.of(old.okafors()), next.getList("inFlight.letterId"));
        assertEquals(
                "Dr. Okafor's letter was requested in the ERAS 2027 season but never arrived. A request made for one "
                        + "season's application does not follow you into the next (ERAS removes requests left "
                        + "incomplete when a season opens, as it did for 2027; not confirmed for later seasons), so it "
                        + "stays in the ERAS 2027 season. To ask Dr. Okafor again, add a new letter request for the "
                        + "ERAS 2028 season once it opens.",
                next.getString("inFlight[0].sentence"));
        assertEquals(List.of(old.lees()), next.getList("ended.letterId"));
        assertEquals(
                "Dr. Lee's request ended in the ERAS 2027 season (declined): it stays there as a record and no longer "
                        + "counts in the ERAS 2028 season.",
                next.getString("ended[0].sentence"));
        for (String id : List.of(old.haddads(), old.okafors(), old.lees())) {
            assertEquals(2027, letter(id).getInt("leftInSeason"), id);
        }
        assertEquals(List.of(), naming(remindersAndActions(), old.haddads(), old.okafors(), old.lees()));
        // Once the 2028 season is open, still nothing of 2027: no first reminder of a year-old ERAS request.
        on("2027-07-01");
        assertEquals(List.of(), naming(remindersAndActions(), old.haddads(), old.okafors(), old.lees()));

        // The old request is kept as it was; Dr Okafor is asked again with a new one, which the rules do follow.
        Response moved =
                ana.request().body(Map.of("to", "RECEIVED")).post("/api/v1/letters/" + old.okafors() + "/transitions");
        assertEquals(409, moved.statusCode());
        assertEquals(
                "This letter request stayed in the 2027 season, which you left when you started the next one: it is "
                        + "kept as that season's record and does not change any more. To ask james okafor again, add a "
                        + "new letter request.",
                moved.jsonPath().getString("detail"));
        assertEquals("REQUESTED_IN_ERAS", letter(old.okafors()).getString("status"));
        Response reminded = ana.request()
                .body(Map.of("kind", "REMINDER", "letterId", old.okafors()))
                .post("/api/v1/messages/sent");
        assertEquals(409, reminded.statusCode());
        assertEquals(moved.jsonPath().getString("detail"), reminded.jsonPath().getString("detail"));
        String again = Lor.letter(ana, old.okafor());
        Lor.moveLetter(ana, again, "ASKED", "AGREED");
        assertEquals(
                List.of("letter-" + again + "-packet"),
                naming(Coaching.get(ana, "/api/v1/today").getList("actions.id", String.class), again));
    }

    private Response assign(String program, List<String> letters) {
        return ana.request()
                .header("If-Match", Lor.etag(ana, "/api/v1/programs/" + program))
                .body(Map.of("letterIds", letters))
                .put("/api/v1/programs/" + program + "/letters");
    }

    private static Map<String, Object> inputOf(JsonPath season) {
        Map<String, Object> body = new HashMap<>(season.getMap(""));
        List.of("id", "service", "year", "updatedAt", "version").forEach(body::remove);
        return body;
    }

    /** The 26-day internal medicine externship both seasons start from, typed as on a phone. */
    private String stLukesExternship() {
        return Coaching.rotation(
                ana, "st. luke's", "internal medicine", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 30));
    }
}
