package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lorkit.attending.AttendingRole.CORE_FACULTY;
import static org.lorkit.coaching.CoachDtos.ActionKind.BACKUP;
import static org.lorkit.coaching.CoachDtos.ActionKind.CHECKPOINT;
import static org.lorkit.coaching.CoachDtos.ActionKind.HABIT;
import static org.lorkit.coaching.CoachDtos.ActionKind.RED_FLAG;
import static org.lorkit.coaching.CoachDtos.ActionKind.REMINDER;
import static org.lorkit.coaching.CoachDtos.ActionKind.THANK_YOU;
import static org.lorkit.letter.LetterStatus.AGREED;
import static org.lorkit.letter.LetterStatus.ASKED;
import static org.lorkit.letter.LetterStatus.PACKET_SENT;
import static org.lorkit.letter.LetterStatus.RECEIVED;
import static org.lorkit.letter.LetterStatus.REQUESTED_IN_ERAS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lorkit.coaching.CoachDtos.Action;
import org.lorkit.coaching.CoachDtos.ActionKind;
import org.lorkit.coaching.CoachDtos.Deadline;
import org.lorkit.coaching.CoachDtos.Today;

/**
 * Today's list, most urgent first, on built seasons (no Quarkus): the cases of
 * {@link PlanTodayPortfolioTest} and {@link ReminderRulesTest}, and the whole order at once.
 */
class TodayRulesUnitTest {

    static final LocalDate S = LocalDate.of(2026, 9, 30);
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    private static Today today(Season s) {
        return TodayRules.evaluate(
                s, PlanRules.evaluate(s), ReminderRules.evaluate(s).due(), HabitRules.evaluate(s));
    }

    /** The kinds in order, each run of the same kind once: [CHECKPOINT, REMINDER, ...]. */
    private static List<ActionKind> runs(Today today) {
        List<ActionKind> runs = new ArrayList<>();
        for (Action a : today.actions()) {
            if (runs.isEmpty() || runs.get(runs.size() - 1) != a.kind()) {
                runs.add(a.kind());
            }
        }
        return runs;
    }

    private static int indexOf(Today today, String id) {
        List<String> ids = today.actions().stream().map(Action::id).toList();
        return ids.indexOf(id);
    }

    @Test
    void thePacketAfterAYesComesFirstThenOverdueThenDueCheckpointsThenHabits() {
        Season s = SeasonBuilder.today(START.plusDays(9).toString())
                .submission(S.toString())
                .rotation("Mercy Hospital", START.toString(), "2026-03-29")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved(START.plusDays(8).toString(), ASKED, AGREED)
                .build();
        Today today = today(s);
        Action packet = today.actions().get(0);
        assertEquals("Send the packet to Dr Maria Hernandez", packet.title());
        assertTrue(packet.reason().startsWith("Agreed 1 day ago: send your CV"), packet.reason());
        assertEquals(
                "/api/v1/attendings/" + SeasonBuilder.id("Maria Hernandez") + "/packet",
                packet.link().href());

        String base = "rotation-" + SeasonBuilder.id("Mercy Hospital") + "-";
        int overdue = indexOf(today, base + "expectations");
        int due = indexOf(today, base + "formative");
        assertTrue(overdue > 0 && due > overdue, today.actions().toString());
        Action expectations = today.actions().get(overdue);
        assertTrue(expectations.reason().startsWith("Was due 3 days ago: "), expectations.reason());
        assertEquals(START.plusDays(6), expectations.dueOn());
        assertTrue(today.actions().get(due).reason().startsWith("Due in 4 days: "));
        assertEquals(HABIT, today.actions().get(today.actions().size() - 1).kind());
        assertEquals(5, today.nextDeadlines().size());

        Season asked = SeasonBuilder.today(START.plusDays(9).toString())
                .submission(S.toString())
                .rotation("Mercy Hospital", START.toString(), "2026-03-29")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved(START.plusDays(8).toString(), ASKED, AGREED)
                .checkIn(Habit.GOOD_QUESTION, START.plusDays(9).toString())
                .build();
        assertTrue(today(asked).actions().stream().noneMatch(a -> a.id().equals("habit:GOOD_QUESTION")));
        assertTrue(today(asked).actions().stream().anyMatch(a -> a.id().equals("habit:READ_UP_DIAGNOSIS")));
    }

    @Test
    void everyKindInItsPlacePacketReminderCheckpointsThanksRedFlagsHabits() {
        // July 15: Maria's request is 14 days old, Ken agreed yesterday, Lou's letter came in on July 10,
        // and the current rotation at Lakeside has a red flag.
        Season s = SeasonBuilder.today("2026-07-15")
                .submission(S.toString())
                .rotation("Mercy Hospital", START.toString(), "2026-03-29")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved("2026-04-01", ASKED, AGREED, PACKET_SENT)
                .moved("2026-07-01", REQUESTED_IN_ERAS)
                .rotation("Lakeside General", "2026-07-06", "2026-08-02")
                .writer("Ken Lee", CORE_FACULTY)
                .letter()
                .moved("2026-07-14", ASKED, AGREED)
                .writer("Lou Grant", CORE_FACULTY)
                .letter()
                .moved("2026-04-01", ASKED, AGREED, PACKET_SENT, REQUESTED_IN_ERAS)
                .moved("2026-07-10", RECEIVED)
                .redFlags("2026-07-13", RedFlag.LATENESS)
                .build();
        Today today = today(s);
        assertEquals(List.of(CHECKPOINT, REMINDER, CHECKPOINT, THANK_YOU, RED_FLAG, HABIT), runs(today));
        assertEquals("Send the packet to Dr Ken Lee", today.actions().get(0).title());
        assertEquals(
                "Send a gentle reminder to Dr Maria Hernandez",
                today.actions().get(1).title());
        assertEquals(
                "Thank Dr Lou Grant for the letter",
                today.actions().stream()
                        .filter(a -> a.kind() == THANK_YOU)
                        .findFirst()
                        .orElseThrow()
                        .title());
        assertEquals(
                "Rethink the letter plan for Lakeside General (Internal Medicine)",
                today.actions().stream()
                        .filter(a -> a.kind() == RED_FLAG)
                        .findFirst()
                        .orElseThrow()
                        .title());
        // Checkpoints: the overdue ones oldest first, then the ones due this week soonest first.
        List<Action> checkpoints = today.actions().stream()
                .filter(a -> a.kind() == CHECKPOINT && !a.id().endsWith("-packet"))
                .toList();
        List<Action> overdue =
                checkpoints.stream().filter(a -> a.dueOn().isBefore(s.today())).toList();
        List<Action> dueSoon =
                checkpoints.stream().filter(a -> !a.dueOn().isBefore(s.today())).toList();
        assertTrue(!overdue.isEmpty() && !dueSoon.isEmpty(), checkpoints.toString());
        assertEquals(checkpoints.subList(0, overdue.size()), overdue, "overdue before due");
        assertEquals(
                overdue.stream().sorted(Comparator.comparing(Action::dueOn)).toList(), overdue);
        assertEquals(
                dueSoon.stream().sorted(Comparator.comparing(Action::dueOn)).toList(), dueSoon);
    }

    @Test
    void aBackupWriterComesBeforeEverythingSevenDaysBeforeSubmission() {
        Season s = SeasonBuilder.today(S.minusDays(7).toString())
                .submission(S.toString())
                .rotation("Mercy Hospital", START.toString(), "2026-03-29")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved("2026-05-01", ASKED, AGREED, PACKET_SENT)
                .moved(S.minusDays(40).toString(), REQUESTED_IN_ERAS)
                .build();
        Action first = today(s).actions().get(0);
        assertEquals(BACKUP, first.kind());
        assertEquals("Line up a backup writer for Dr Maria Hernandez", first.title());
    }

    @Test
    void theNextFiveDeadlinesAreDatedSoonestFirstAndIncludeTheSoftDeadlineAndSubmission() {
        Season s = SeasonBuilder.today("2026-09-05")
                .submission(S.toString())
                .rotation("Mercy Hospital", START.toString(), "2026-03-29")
                .build();
        List<Deadline> deadlines = today(s).nextDeadlines();
        assertEquals(5, deadlines.size());
        assertEquals(
                deadlines.stream().sorted(Comparator.comparing(Deadline::on)).toList(), deadlines);
        assertTrue(deadlines.stream().noneMatch(d -> d.on().isBefore(s.today())));
        Deadline soft = deadlines.stream()
                .filter(d -> d.title().startsWith("Soft deadline"))
                .findFirst()
                .orElseThrow();
        assertEquals(S.minusDays(21), soft.on());
        assertEquals(4, soft.daysLeft());
    }

    @Test
    void theSetUpStepsShowUntilAllFourAreDone() {
        Today fresh = today(SeasonBuilder.today("2026-05-01").build());
        assertEquals(4, fresh.setup().size());
        assertTrue(fresh.setup().stream().noneMatch(CoachDtos.SetupStep::done));
        Today ready = today(SeasonBuilder.today("2026-05-01")
                .submission(S.toString())
                .rotation("Mercy Hospital", START.toString(), "2026-03-29")
                .writer("Maria Hernandez", CORE_FACULTY)
                .story("2026-03-10")
                .build());
        assertEquals(List.of(), ready.setup());
    }
}
