package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lorkit.attending.AttendingRole.CORE_FACULTY;
import static org.lorkit.letter.LetterStatus.AGREED;
import static org.lorkit.letter.LetterStatus.ASKED;
import static org.lorkit.letter.LetterStatus.IMPORTED;
import static org.lorkit.letter.LetterStatus.PACKET_SENT;
import static org.lorkit.letter.LetterStatus.RECEIVED;
import static org.lorkit.letter.LetterStatus.REQUESTED_IN_ERAS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lorkit.coaching.CoachDtos.Action;
import org.lorkit.coaching.CoachDtos.ActionKind;

/**
 * ResidencyCAS sends letters only to the programs they are assigned to by hand: a letter that is in
 * (received or imported) and assigned to no program is an action on Today; ERAS applicants get none.
 */
class ResidencyCasAssignmentUnitTest {

    private static SeasonBuilder twoLettersIn(String specialty) {
        return SeasonBuilder.today("2026-08-20")
                .specialty(specialty)
                .submission("2026-09-30")
                .erasOpens("2026-06-03")
                .rotation("Mercy Hospital", "2026-03-02", "2026-03-29")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved("2026-08-01", ASKED, AGREED, PACKET_SENT, REQUESTED_IN_ERAS, RECEIVED)
                .writer("Ken Lee", CORE_FACULTY)
                .letter()
                .moved("2026-08-01", IMPORTED);
    }

    private static List<Action> assignActions(Season s) {
        List<CoachDtos.Reminder> due = ReminderRules.evaluate(s).due();
        return TodayRules.evaluate(s, PlanRules.evaluate(s), due, HabitRules.evaluate(s)).actions().stream()
                .filter(a -> a.kind() == ActionKind.ASSIGN_LETTER)
                .toList();
    }

    @Test
    void aResidencyCasLetterInButAssignedToNoProgramIsAnAction() {
        List<Action> actions = assignActions(twoLettersIn("Emergency Medicine").build());
        assertEquals(
                List.of(
                        "Assign Dr Maria Hernandez's letter to your programs",
                        "Assign Dr Ken Lee's letter to your programs"),
                actions.stream().map(Action::title).toList());
        assertTrue(actions.get(0).reason().contains("ResidencyCAS sends letters and SLOEs only to the programs"));

        List<Action> oneAssigned = assignActions(
                twoLettersIn("OB/GYN").program("Mercy OB/GYN", 2, "Ken Lee").build());
        assertEquals(
                List.of("Assign Dr Maria Hernandez's letter to your programs"),
                oneAssigned.stream().map(Action::title).toList());
    }

    @Test
    void erasApplicantsGetNoAssignmentAlarm() {
        assertEquals(List.of(), assignActions(twoLettersIn("Internal Medicine").build()));
    }

    @Test
    void theUnassignedCheckSaysResidencyCasNeedsAssignmentByHand() {
        Season s = twoLettersIn("Emergency Medicine").build();
        CoachDtos.Check unassigned = PortfolioRules.evaluate(s, List.of()).checks().stream()
                .filter(c -> c.code() == CoachDtos.CheckCode.RECEIVED_NOT_ASSIGNED)
                .findFirst()
                .orElseThrow();
        assertEquals(CoachDtos.CheckStatus.WARNING, unassigned.status());
        assertEquals(
                "Received but assigned to no program: Dr Maria Hernandez, Dr Ken Lee. ResidencyCAS sends a letter only "
                        + "to the programs you assign it to by hand.",
                unassigned.message());
    }
}
