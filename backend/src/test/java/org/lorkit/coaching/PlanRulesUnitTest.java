package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lorkit.attending.AttendingRole.CORE_FACULTY;
import static org.lorkit.attending.AttendingRole.PROGRAM_DIRECTOR;
import static org.lorkit.coaching.CoachDtos.CheckpointStatus.DONE;
import static org.lorkit.coaching.CoachDtos.CheckpointStatus.DUE;
import static org.lorkit.coaching.CoachDtos.CheckpointStatus.OVERDUE;
import static org.lorkit.coaching.CoachDtos.CheckpointStatus.UPCOMING;
import static org.lorkit.letter.LetterStatus.ASKED;
import static org.lorkit.letter.LetterStatus.DECLINED;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lorkit.coaching.CoachDtos.Checkpoint;
import org.lorkit.feedback.FeedbackKind;

/**
 * The plan dated from the applicant's own rotations, on built seasons (no Quarkus): the cases of
 * {@link PlanTodayPortfolioTest} and {@link CalendarAsApplicantsReadItTest}, so both levels agree.
 */
class PlanRulesUnitTest {

    static final String S = "2026-09-30";
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate END = LocalDate.of(2026, 3, 29);
    static final List<String> STEPS = List.of("expectations", "formative", "stories", "soft-signal", "summative");

    /** Ana on a 4-week Internal Medicine externship at Mercy Hospital with Dr Maria Hernandez. */
    private static SeasonBuilder mercy(LocalDate today) {
        return SeasonBuilder.today(today.toString())
                .submission(S)
                .rotation("Mercy Hospital", START.toString(), END.toString())
                .writer("Maria Hernandez", CORE_FACULTY);
    }

    /** The season of issue 13 (today December 1, 2026) with a two-week observership in January 2027. */
    private static SeasonBuilder twoWriters() {
        return SeasonBuilder.today("2026-12-01")
                .zone("America/Chicago")
                .season(2028)
                .erasOpens("2027-06-02")
                .submission("2027-09-08")
                .rotation("Lakeside General", "2026-11-16", "2026-12-13")
                .writer("Sarah Mitchell, MD", CORE_FACULTY, "2026-11-16", "2026-11-29")
                .writer("Dr James Okafor", PROGRAM_DIRECTOR, "2026-11-23", "2026-12-13")
                .rotation("Riverside Clinic", "2027-01-11", "2027-01-22");
    }

    private static Checkpoint checkpoint(Season season, String id) {
        return PlanRules.evaluate(season).stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no checkpoint " + id));
    }

    private static List<LocalDate> rotationDays(Season season, String institution) {
        String base = "rotation-" + SeasonBuilder.id(institution) + "-";
        return STEPS.stream()
                .map(step -> checkpoint(season, base + step).dueOn())
                .toList();
    }

    @Test
    void aFourWeekRotationKeepsTheWeeksOfTheMonthTemplate() {
        Season season = mercy(START.minusDays(5)).build();
        assertEquals(
                List.of(START.plusDays(6), START.plusDays(13), START.plusDays(23), START.plusDays(25), END),
                rotationDays(season, "Mercy Hospital"),
                "the summative (s+29) never falls after the rotation's last day");
        assertEquals(
                "Week 2 at Mercy Hospital (Internal Medicine): ask for formative feedback",
                checkpoint(season, "rotation-" + SeasonBuilder.id("Mercy Hospital") + "-formative")
                        .title());
    }

    @Test
    void aTwoWeekMondayToFridayRotationSpreadsItsStepsOverItsOwnDaysOneADay() {
        Season season = twoWriters().build();
        assertEquals(
                List.of("2027-01-13", "2027-01-15", "2027-01-20", "2027-01-21", "2027-01-22"),
                rotationDays(season, "Riverside Clinic").stream()
                        .map(LocalDate::toString)
                        .toList());
        assertEquals(
                "Mid-rotation at Riverside Clinic (Internal Medicine): ask for formative feedback",
                checkpoint(season, "rotation-" + SeasonBuilder.id("Riverside Clinic") + "-formative")
                        .title());
        List<LocalDate> month = rotationDays(season, "Lakeside General");
        assertEquals(LocalDate.of(2026, 11, 22), month.get(0));
        assertEquals(LocalDate.of(2026, 12, 9), month.get(2));
        assertEquals(LocalDate.of(2026, 12, 13), month.get(4));
        assertNotEquals(month.get(2), month.get(4), "the stories are not squeezed onto the last day");
    }

    @Test
    void theMonthTemplateStartsAtTwentySevenDaysAndShorterRotationsAreScaled() {
        LocalDate monday = LocalDate.of(2027, 2, 1);
        assertTrue(RotationSteps.scaled(monday, monday.plusDays(26)), "27 days is shorter than four weeks");
        assertTrue(!RotationSteps.scaled(monday, monday.plusDays(27)), "28 days is four weeks");
        // 3 working days: the steps share days but keep their order, the summative on the last day.
        assertEquals(
                List.of(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(2), monday.plusDays(2)),
                RotationSteps.days(monday, monday.plusDays(2)));
    }

    @Test
    void prepIsDueTheDayBeforeTheFirstRotationAndTheTargetSheetIsDoneFromTheProfile() {
        Season season = mercy(START.minusDays(5)).build();
        Checkpoint cv = checkpoint(season, "prep-cv");
        assertEquals(START.minusDays(1), cv.dueOn());
        assertEquals(DUE, cv.status());
        Checkpoint sheet = checkpoint(season, "prep-target-sheet");
        assertEquals(DONE, sheet.status());
        assertEquals(
                "Target sheet names Internal Medicine and a submission target of 2026-09-30.", sheet.doneBecause());
        assertEquals(LocalDate.parse(S).minusDays(21), season.defaultSoftDeadline());
        assertEquals(
                "/api/v1/portfolio", checkpoint(season, "pick-writers").link().href());
    }

    @Test
    void formativeFeedbackMarksTheStepDoneWithTheDayOfTheRotation() {
        SeasonBuilder ana = mercy(START.plusDays(9))
                .feedback(FeedbackKind.FORMATIVE, START.plusDays(9).toString());
        Season season = ana.build();
        String base = "rotation-" + SeasonBuilder.id("Mercy Hospital") + "-";
        Checkpoint formative = checkpoint(season, base + "formative");
        assertEquals(DONE, formative.status());
        assertEquals("Formative feedback from Dr Maria Hernandez on day 10 of this rotation.", formative.doneBecause());
        assertEquals(OVERDUE, checkpoint(season, base + "expectations").status());
        assertEquals(OVERDUE, checkpoint(season, "prep-cv").status());
        assertEquals(UPCOMING, checkpoint(season, base + "summative").status());

        Checkpoint ticked = checkpoint(
                ana.ticked(base + "expectations", START.plusDays(1).toString()).build(), base + "expectations");
        assertEquals(DONE, ticked.status());
        assertEquals("Ticked by you on March 3, 2026.", ticked.doneBecause());
        assertEquals(START.plusDays(1), ticked.tickedOn());
    }

    @Test
    void aCheckpointIsDueFromSevenDaysBeforeItsDayAndOverdueTheDayAfter() {
        LocalDate day = START.plusDays(13);
        assertEquals(UPCOMING, PlanRules.status(day.minusDays(8), day, false));
        assertEquals(DUE, PlanRules.status(day.minusDays(7), day, false));
        assertEquals(DUE, PlanRules.status(day, day, false));
        assertEquals(OVERDUE, PlanRules.status(day.plusDays(1), day, false));
        assertEquals(DONE, PlanRules.status(day.plusDays(1), day, true));
        assertEquals(UPCOMING, PlanRules.status(day, null, false), "an undated step waits");
    }

    @Test
    void pickingTheTopTwoToFourIsDoneOnlyWithTwoToFourChosen() {
        SeasonBuilder ana = twoWriters();
        List<String> names =
                List.of("Sarah Mitchell, MD", "Dr James Okafor", "Dr Amy Chen", "Dr Raj Patel", "Dr Lou Grant");
        for (int i = 0; i < names.size(); i++) {
            if (i >= 2) {
                ana.writer(names.get(i), CORE_FACULTY);
            }
            ana.letterFrom(names.get(i));
            Checkpoint pick = checkpoint(ana.build(), "pick-writers");
            int chosen = i + 1;
            assertEquals(chosen >= 2 && chosen <= 4 ? DONE : UPCOMING, pick.status(), chosen + " chosen");
            if (chosen == 4) {
                assertTrue(pick.doneBecause().startsWith("4 writers chosen: "), pick.doneBecause());
                assertTrue(
                        pick.doneBecause().endsWith("Dr James Okafor, Dr Amy Chen, Dr Raj Patel."), pick.doneBecause());
            }
        }
        Checkpoint five = checkpoint(ana.build(), "pick-writers");
        assertNull(five.doneBecause());
        assertTrue(five.why().startsWith("5 writers chosen ("), five.why());
        assertTrue(five.why().contains("at most 4 letters"), five.why());

        // A writer who declined is not chosen: four remain.
        ana.moved("2026-12-01", ASKED, DECLINED);
        assertEquals(DONE, checkpoint(ana.build(), "pick-writers").status());
    }
}
