package org.lorkit.attending;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Lor;

@QuarkusTest
class AttendingsTest {

    // ---- letter eligibility: two working weeks together (10 working days), ≥ 1 feedback, has seen you present ----

    @jakarta.inject.Inject
    org.lorkit.platform.MutableClock clock;

    @org.junit.jupiter.api.AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static String rotationOn(Applicant who, String from, String to) {
        return Lor.create(
                who,
                "/api/v1/rotations",
                Map.of("institution", "Mercy Hospital", "kind", "OBSERVERSHIP", "startsOn", from, "endsOn", to));
    }

    @Test
    void anAttendingWithTwoWorkingWeeksTogetherFeedbackAndPresentingIsLetterEligible() {
        Applicant ana = Applicant.register();
        // Monday October 5 to Friday October 16, 2026: 12 calendar days, two working weeks.
        String rotation = rotationOn(ana, "2026-10-05", "2026-10-16");
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", rotation, true);
        Lor.feedback(ana, lee, "FORMATIVE", null, 10);
        ana.request()
                .get("/api/v1/attendings/" + lee)
                .then()
                .statusCode(200)
                .body("daysWorkedTogether", equalTo(10))
                .body("daysWorkedByEnd", equalTo(10))
                .body("twoWeeksReachedOn", equalTo("2026-10-16"))
                .body("feedbackCount", equalTo(1))
                .body("letterEligible.eligible", equalTo(true))
                .body(
                        "letterEligible.reasons.rule",
                        contains("AT_LEAST_14_DAYS_TOGETHER", "AT_LEAST_ONE_FEEDBACK", "HAS_SEEN_YOU_WITH_PATIENTS"))
                .body("letterEligible.reasons.met", contains(true, true, true));
    }

    @Test
    void fewerThanTenWorkingDaysTogetherIsNotLetterEligible() {
        Applicant ana = Applicant.register();
        String rotation = rotationOn(ana, "2026-10-05", "2026-10-15");
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", rotation, true);
        Lor.feedback(ana, lee, "FORMATIVE", null, 10);
        ana.request()
                .get("/api/v1/attendings/" + lee)
                .then()
                .body("daysWorkedTogether", equalTo(9))
                .body("twoWeeksReachedOn", nullValue())
                .body("letterEligible.eligible", equalTo(false))
                .body("letterEligible.reasons.met", contains(false, true, true))
                .body(
                        "letterEligible.reasons[0].detail",
                        equalTo("9 working days together so far: short of two working weeks "
                                + "(10 working days); add the dates you work together."));
    }

    @Test
    void noFeedbackYetIsNotLetterEligible() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", Lor.rotation(ana, -30, -1), true);
        ana.request()
                .get("/api/v1/attendings/" + lee)
                .then()
                .body("feedbackCount", equalTo(0))
                .body("letterEligible.eligible", equalTo(false))
                .body("letterEligible.reasons.met", contains(true, false, true));
    }

    @Test
    void notHavingSeenYouPresentIsNotLetterEligible() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", Lor.rotation(ana, -30, -1), false);
        Lor.feedback(ana, lee, "WEEKLY_MINI", null, 3);
        ana.request()
                .get("/api/v1/attendings/" + lee)
                .then()
                .body("letterEligible.eligible", equalTo(false))
                .body("letterEligible.reasons.met", contains(true, true, false));
    }

    @Test
    void daysWorkedTogetherAreTheWorkingDaysOfTheUnionOfTheDateRanges() {
        Applicant ana = Applicant.register();
        String first = rotationOn(ana, "2026-09-01", "2026-09-30");
        String second = rotationOn(ana, "2026-10-01", "2026-10-20");
        // Sep 7-18 (10 working days) and Sep 14-25 overlap: Sep 7-25 is 15; Oct 5-9 adds 5.
        String lee = Lor.create(
                ana,
                "/api/v1/attendings",
                Map.of(
                        "name",
                        "Dr Lee",
                        "role",
                        "CORE_FACULTY",
                        "rotations",
                        List.of(
                                Map.of("rotationId", first, "from", "2026-09-07", "to", "2026-09-18"),
                                Map.of("rotationId", first, "from", "2026-09-14", "to", "2026-09-25"),
                                Map.of("rotationId", second, "from", "2026-10-05", "to", "2026-10-09"))));
        ana.request()
                .get("/api/v1/attendings/" + lee)
                .then()
                .body("daysWorkedTogether", equalTo(20))
                .body("twoWeeksReachedOn", equalTo("2026-09-18"))
                .body("rotations.from", contains("2026-09-07", "2026-09-14", "2026-10-05"));
    }

    @Test
    void plannedDaysDoNotCountAsWorkedTogetherYet() {
        clock.setDay(java.time.LocalDate.of(2026, 10, 7));
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", rotationOn(ana, "2026-10-05", "2026-10-30"), true);
        ana.request()
                .get("/api/v1/attendings/" + lee)
                .then()
                .body("daysWorkedTogether", equalTo(3))
                .body("daysWorkedByEnd", equalTo(20))
                .body("twoWeeksReachedOn", equalTo("2026-10-16"))
                .body(
                        "letterEligible.reasons[0].detail",
                        equalTo("3 working days together so far, 20 by the end: "
                                + "two working weeks reached on October 16, 2026."));
    }

    @Test
    void linkDatesDefaultToTheRotationAndMustLieWithinItInOrder() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -30, -11);
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", rotation, true);
        ana.request()
                .get("/api/v1/attendings/" + lee)
                .then()
                .body("rotations[0].rotationId", equalTo(rotation))
                .body("rotations[0].from", equalTo(Lor.day(-30)))
                .body("rotations[0].to", equalTo(Lor.day(-11)));
        ana.request()
                .body(Map.of(
                        "name",
                        "Dr Kim",
                        "role",
                        "CORE_FACULTY",
                        "rotations",
                        List.of(
                                Map.of("rotationId", rotation, "from", Lor.day(-12), "to", Lor.day(-20)),
                                Map.of("rotationId", rotation, "from", Lor.day(-40)))))
                .post("/api/v1/attendings")
                .then()
                .statusCode(400)
                .body("errors.field", contains("rotations[0].to", "rotations[1].from"));
    }

    @Test
    void anUnknownOrForeignRotationInTheLinksIsA404NamingTheField() {
        Applicant ana = Applicant.register();
        Applicant ben = Applicant.register();
        String bens = Lor.rotation(ben, -30, -1);
        String anas = Lor.rotation(ana, -30, -1);
        ana.request()
                .body(Map.of(
                        "name",
                        "Dr Lee",
                        "role",
                        "CORE_FACULTY",
                        "rotations",
                        List.of(Map.of("rotationId", anas), Map.of("rotationId", bens))))
                .post("/api/v1/attendings")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("errors.field", contains("rotations[1].rotationId"));
        ana.request().get("/api/v1/attendings").then().body("total", equalTo(0));
    }

    @Test
    void aMissingNameOrRoleOrABadEmailIsA400NamingEachField() {
        Applicant.register()
                .request()
                .body(Map.of("email", "not-an-email"))
                .post("/api/v1/attendings")
                .then()
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("name", "role", "email"));
    }

    // ---- priority tier ----

    @Test
    void eachRoleHasItsPriorityTier() {
        Applicant ana = Applicant.register();
        Map<String, String> expected = Map.of(
                "PROGRAM_DIRECTOR",
                "HIGHEST",
                "ASSOCIATE_PROGRAM_DIRECTOR",
                "HIGHEST",
                "CORE_FACULTY",
                "HIGH",
                "CLERKSHIP_DIRECTOR",
                "HIGH",
                "COMMUNITY_ATTENDING",
                "MEDIUM",
                "RESEARCH_MENTOR",
                "MEDIUM",
                "FELLOW_OR_RESIDENT",
                "LOW");
        expected.forEach((role, tier) -> ana.request()
                .body(Map.of("name", "Dr " + role, "role", role))
                .post("/api/v1/attendings")
                .then()
                .statusCode(201)
                .body("priorityTier.tier", equalTo(tier))
                .body("priorityTier.reason", notNullValue()));
    }

    @Test
    void aFellowOrResidentIsLowTierWithAWarningThatTheyUsuallyCannotBeTheAuthor() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("name", "Dr Resident", "role", "FELLOW_OR_RESIDENT"))
                .post("/api/v1/attendings")
                .then()
                .body("priorityTier.tier", equalTo("LOW"))
                .body("priorityTier.warning", containsString("official author"));
        ana.request()
                .body(Map.of("name", "Dr Director", "role", "PROGRAM_DIRECTOR"))
                .post("/api/v1/attendings")
                .then()
                .body("priorityTier.warning", nullValue());
    }

    // ---- same specialty ----

    @Test
    void sameSpecialtyComparesWithTheTargetSpecialtyIgnoringCase() {
        Applicant ana = Applicant.register();
        String im = Lor.create(
                ana,
                "/api/v1/attendings",
                Map.of("name", "Dr IM", "role", "CORE_FACULTY", "specialty", " internal medicine "));
        String fm = Lor.create(
                ana,
                "/api/v1/attendings",
                Map.of("name", "Dr FM", "role", "CORE_FACULTY", "specialty", "Family Medicine"));
        String none = Lor.create(ana, "/api/v1/attendings", Map.of("name", "Dr None", "role", "CORE_FACULTY"));
        // No target yet: unknown.
        ana.request().get("/api/v1/attendings/" + im).then().body("sameSpecialty", nullValue());
        ana.request()
                .body(Map.of("targetSpecialty", "Internal Medicine"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
        ana.request().get("/api/v1/attendings/" + im).then().body("sameSpecialty", equalTo(true));
        ana.request().get("/api/v1/attendings/" + fm).then().body("sameSpecialty", equalTo(false));
        ana.request().get("/api/v1/attendings/" + none).then().body("sameSpecialty", nullValue());
    }

    // ---- enthusiasm from the latest summative feedback ----

    @Test
    void enthusiasmComesFromTheLatestSummativeFeedback() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        ana.request().get("/api/v1/attendings/" + lee).then().body("enthusiasm", nullValue());
        Lor.feedback(ana, lee, "SUMMATIVE", "LUKEWARM", 30);
        Lor.feedback(ana, lee, "SUMMATIVE", "ENTHUSIASTIC_WITH_SPECIFICS", 10);
        Lor.feedback(ana, lee, "SUMMATIVE", "VAGUE", 20);
        // Later formative feedback does not change it.
        Lor.feedback(ana, lee, "FORMATIVE", null, 1);
        ana.request()
                .get("/api/v1/attendings/" + lee)
                .then()
                .body("enthusiasm", equalTo("ENTHUSIASTIC_WITH_SPECIFICS"))
                .body("feedbackCount", equalTo(4));
    }

    @Test
    void feedbackAndStoryCountsAreDerived() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        String kim = Lor.attending(ana, "Dr Kim", "CORE_FACULTY", null, true);
        Lor.create(ana, "/api/v1/stories", Map.of("title", "one", "witnessAttendingIds", List.of(lee, kim)));
        Lor.create(ana, "/api/v1/stories", Map.of("title", "two", "witnessAttendingIds", List.of(lee)));
        Lor.feedback(ana, kim, "FORMATIVE", null, 2);
        ana.request()
                .get("/api/v1/attendings/" + lee)
                .then()
                .body("storyCount", equalTo(2))
                .body("feedbackCount", equalTo(0));
        ana.request()
                .get("/api/v1/attendings/" + kim)
                .then()
                .body("storyCount", equalTo(1))
                .body("feedbackCount", equalTo(1));
    }

    @Test
    void derivedFieldsSentOnInputAreIgnored() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of(
                        "name",
                        "Dr Lee",
                        "role",
                        "FELLOW_OR_RESIDENT",
                        "daysWorkedTogether",
                        99,
                        "feedbackCount",
                        5,
                        "letterEligible",
                        Map.of("eligible", true),
                        "priorityTier",
                        Map.of("tier", "HIGHEST"),
                        "enthusiasm",
                        "POSITIVE"))
                .post("/api/v1/attendings")
                .then()
                .statusCode(201)
                .body("daysWorkedTogether", equalTo(0))
                .body("feedbackCount", equalTo(0))
                .body("letterEligible.eligible", equalTo(false))
                .body("priorityTier.tier", equalTo("LOW"))
                .body("enthusiasm", nullValue());
    }

    // ---- ranking ----

    @Test
    void rankPutsEligibleFirstThenTierThenSameSpecialtyThenEnthusiasmThenDaysTogether() {
        Applicant ana = Applicant.register();
        ana.request()
                .body(Map.of("targetSpecialty", "Internal Medicine"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
        String longRotation = Lor.rotation(ana, -40, -1);
        String shortRotation = Lor.rotation(ana, -20, -1);
        String notEligiblePd =
                ranked(ana, "Not eligible PD", "PROGRAM_DIRECTOR", "Internal Medicine", longRotation, false, null);
        String pd = ranked(ana, "Eligible PD", "PROGRAM_DIRECTOR", "Surgery", shortRotation, true, null);
        String coreOtherSpecialty =
                ranked(ana, "Core other", "CORE_FACULTY", "Surgery", longRotation, true, "ENTHUSIASTIC_WITH_SPECIFICS");
        String coreLukewarm =
                ranked(ana, "Core lukewarm", "CORE_FACULTY", "Internal Medicine", longRotation, true, "LUKEWARM");
        String coreNoSummative =
                ranked(ana, "Core none", "CORE_FACULTY", "Internal Medicine", longRotation, true, null);
        String corePositiveShort = ranked(
                ana, "Core positive short", "CORE_FACULTY", "Internal Medicine", shortRotation, true, "POSITIVE");
        String corePositiveLong =
                ranked(ana, "Core positive long", "CORE_FACULTY", "Internal Medicine", longRotation, true, "POSITIVE");
        String fellow = ranked(
                ana,
                "Fellow",
                "FELLOW_OR_RESIDENT",
                "Internal Medicine",
                longRotation,
                true,
                "ENTHUSIASTIC_WITH_SPECIFICS");
        ana.request()
                .queryParam("sort", "rank")
                .get("/api/v1/attendings")
                .then()
                .statusCode(200)
                .body("total", equalTo(8))
                .body(
                        "items.id",
                        contains(
                                pd,
                                corePositiveLong,
                                corePositiveShort,
                                coreNoSummative,
                                coreLukewarm,
                                coreOtherSpecialty,
                                fellow,
                                notEligiblePd));
        ana.request()
                .queryParam("sort", "rank")
                .queryParam("size", 3)
                .queryParam("page", 1)
                .get("/api/v1/attendings")
                .then()
                .body("total", equalTo(8))
                .body("items.id", contains(coreNoSummative, coreLukewarm, coreOtherSpecialty));
        ana.request()
                .queryParam("sort", "rank,desc")
                .queryParam("size", 1)
                .get("/api/v1/attendings")
                .then()
                .body("items.id", contains(notEligiblePd));
        ana.request()
                .queryParam("eligible", false)
                .get("/api/v1/attendings")
                .then()
                .body("items.id", contains(notEligiblePd));
        ana.request()
                .queryParam("sort", "rank,sideways")
                .get("/api/v1/attendings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sort"));
    }

    private static String ranked(
            Applicant who,
            String name,
            String role,
            String specialty,
            String rotation,
            boolean eligible,
            String enthusiasm) {
        String id = Lor.create(
                who,
                "/api/v1/attendings",
                Map.of(
                        "name",
                        name,
                        "role",
                        role,
                        "specialty",
                        specialty,
                        "hasSeenMePresent",
                        eligible,
                        "rotations",
                        List.of(Map.of("rotationId", rotation))));
        if (enthusiasm != null) {
            Lor.feedback(who, id, "SUMMATIVE", enthusiasm, 1);
        } else {
            Lor.feedback(who, id, "FORMATIVE", null, 1);
        }
        return id;
    }

    @Test
    void attendingsAreListedByNameAndFilterByRoleAndRotation() {
        Applicant ana = Applicant.register();
        String rotation = Lor.rotation(ana, -30, -1);
        String zed = Lor.attending(ana, "Dr Zed", "CORE_FACULTY", rotation, true);
        String abe = Lor.attending(ana, "Dr Abe", "PROGRAM_DIRECTOR", null, true);
        ana.request().get("/api/v1/attendings").then().body("items.id", contains(abe, zed));
        ana.request()
                .queryParam("role", "PROGRAM_DIRECTOR")
                .get("/api/v1/attendings")
                .then()
                .body("items.id", contains(abe));
        ana.request()
                .queryParam("rotationId", rotation)
                .get("/api/v1/attendings")
                .then()
                .body("items.id", contains(zed));
        ana.request()
                .queryParam("rotationId", "nope")
                .get("/api/v1/attendings")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("rotationId"));
    }

    // ---- delete with references ----

    @Test
    void deletingAnAttendingOthersReferToIsA409NamingThem() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", Lor.rotation(ana, -30, -1), true);
        Lor.feedback(ana, lee, "FORMATIVE", null, 2);
        Lor.letter(ana, lee);
        Lor.create(ana, "/api/v1/stories", Map.of("title", "seen by Lee", "witnessAttendingIds", List.of(lee)));
        ana.request()
                .delete("/api/v1/attendings/" + lee)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:lorkit:problem:referenced"))
                .body("references.resource", contains("feedback", "letters", "stories"))
                .body("detail", containsString("Nothing was deleted"));
        ana.request().get("/api/v1/attendings/" + lee).then().statusCode(200);
    }

    @Test
    void deletingAnAttendingWithCascadeDeletesFeedbackAndLetterButKeepsStories() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", Lor.rotation(ana, -30, -1), true);
        String kim = Lor.attending(ana, "Dr Kim", "CORE_FACULTY", null, true);
        String feedback = Lor.feedback(ana, lee, "FORMATIVE", null, 2);
        String letter = Lor.letter(ana, lee);
        String program =
                Lor.create(ana, "/api/v1/programs", Map.of("name", "UIC IM", "specialty", "Internal Medicine"));
        ana.request()
                .body(Map.of("letterIds", List.of(letter)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200);
        String story = Lor.create(
                ana, "/api/v1/stories", Map.of("title", "seen by both", "witnessAttendingIds", List.of(lee, kim)));
        ana.request()
                .queryParam("cascade", true)
                .delete("/api/v1/attendings/" + lee)
                .then()
                .statusCode(204);
        ana.request().get("/api/v1/attendings/" + lee).then().statusCode(404);
        ana.request().get("/api/v1/feedback/" + feedback).then().statusCode(404);
        ana.request().get("/api/v1/letters/" + letter).then().statusCode(404);
        ana.request()
                .get("/api/v1/programs/" + program)
                .then()
                .statusCode(200)
                .body("assignedLetters", org.hamcrest.Matchers.empty());
        ana.request().get("/api/v1/stories/" + story).then().statusCode(200).body("witnessAttendingIds", contains(kim));
    }

    @Test
    void anAttendingWhoseLetterWentToASubmittedProgramCannotBeDeletedEvenWithCascade() {
        Applicant ana = Applicant.register();
        String lee = Lor.attending(ana, "Dr Lee", "CORE_FACULTY", null, true);
        String letter = Lor.letter(ana, lee);
        String program =
                Lor.create(ana, "/api/v1/programs", Map.of("name", "UIC IM", "specialty", "Internal Medicine"));
        ana.request()
                .body(Map.of("letterIds", List.of(letter)))
                .put("/api/v1/programs/" + program + "/letters")
                .then()
                .statusCode(200);
        ana.request()
                .body(Map.of("name", "UIC IM", "specialty", "Internal Medicine", "locked", true))
                .put("/api/v1/programs/" + program)
                .then()
                .statusCode(200);
        ana.request()
                .queryParam("cascade", true)
                .delete("/api/v1/attendings/" + lee)
                .then()
                .statusCode(409)
                .body("references.resource", contains("programs"));
        ana.request().get("/api/v1/letters/" + letter).then().statusCode(200);
    }
}
