package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lorkit.attending.AttendingRole.CORE_FACULTY;
import static org.lorkit.coaching.CoachDtos.CheckCode.BACKUP_NEEDED;
import static org.lorkit.coaching.CoachDtos.CheckCode.LETTER_COUNT;
import static org.lorkit.coaching.CoachDtos.CheckStatus.OK;
import static org.lorkit.coaching.CoachDtos.CheckStatus.WARNING;
import static org.lorkit.letter.LetterStatus.AGREED;
import static org.lorkit.letter.LetterStatus.ASKED;
import static org.lorkit.letter.LetterStatus.BOUNCED;
import static org.lorkit.letter.LetterStatus.DECLINED;
import static org.lorkit.letter.LetterStatus.IMPORTED;
import static org.lorkit.letter.LetterStatus.SIGNALED;
import static org.lorkit.letter.LetterStatus.WITHDRAWN;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lorkit.coaching.CoachDtos.Action;
import org.lorkit.coaching.CoachDtos.ActionKind;
import org.lorkit.coaching.CoachDtos.Check;
import org.lorkit.coaching.CoachDtos.Link;
import org.lorkit.letter.LetterStatus;

/**
 * A writer's path that ends (declined, the request bounced, withdrawn) leads the portfolio and Today to
 * "choose a backup writer", naming the writer and why, while the letters that stand fall short.
 */
class BackupWriterRulesUnitTest {

    /** Maria's request ended as told; Ken, core faculty, agreed: one letter secured. */
    private static SeasonBuilder mariaEnded(LetterStatus... path) {
        return SeasonBuilder.today("2026-05-01")
                .submission("2026-09-30")
                .rotation("Mercy Hospital", "2026-03-02", "2026-03-29")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved("2026-04-30", path)
                .writer("Ken Lee", CORE_FACULTY)
                .letter()
                .moved("2026-04-30", ASKED, AGREED);
    }

    private static Check backup(Season s) {
        return PortfolioRules.evaluate(s, ReminderRules.evaluate(s).due()).checks().stream()
                .filter(c -> c.code() == BACKUP_NEEDED)
                .findFirst()
                .orElseThrow();
    }

    private static List<Action> backupActions(Season s) {
        List<CoachDtos.Reminder> due = ReminderRules.evaluate(s).due();
        return TodayRules.evaluate(s, PlanRules.evaluate(s), due, HabitRules.evaluate(s)).actions().stream()
                .filter(a -> a.kind() == ActionKind.BACKUP)
                .toList();
    }

    private static void advisesABackupFor(String why, LetterStatus... path) {
        Season s = mariaEnded(path).build();
        Check check = backup(s);
        assertEquals(WARNING, check.status());
        assertEquals(
                "Choose a backup writer: Dr Maria Hernandez " + why
                        + ". That leaves 1 letter secured, and programs look for 2 to 4.",
                check.message());
        assertEquals(List.of(Link.letter(SeasonBuilder.letterId("Maria Hernandez"))), check.links());
        List<Action> actions = backupActions(s);
        assertEquals(1, actions.size(), actions.toString());
        assertEquals(
                "Choose a backup writer in place of Dr Maria Hernandez",
                actions.get(0).title());
        assertEquals(
                "backup:" + SeasonBuilder.letterId("Maria Hernandez"),
                actions.get(0).id());
        assertEquals(check.message(), actions.get(0).reason());
    }

    @Test
    void aDeclineLeavingTheLettersShortAdvisesABackupWriter() {
        advisesABackupFor("declined", ASKED, DECLINED);
    }

    @Test
    void aBouncedRequestLeavingTheLettersShortAdvisesABackupWriter() {
        advisesABackupFor("never got the request (the request email bounced)", ASKED, BOUNCED);
    }

    @Test
    void aWithdrawnRequestLeavingTheLettersShortAdvisesABackupWriter() {
        advisesABackupFor("is off your list (you withdrew the request)", SIGNALED, WITHDRAWN);
    }

    @Test
    void noBackupIsAdvisedWhileTheLettersThatStandAreEnough() {
        Season s = mariaEnded(ASKED, DECLINED)
                .writer("Amy Chen", CORE_FACULTY)
                .letter()
                .moved("2026-04-30", ASKED, AGREED)
                .build();
        assertEquals(OK, backup(s).status());
        assertEquals(List.of(), backupActions(s));
    }

    @Test
    void withoutCoreFacultyLeftTheBackupAdviceSaysSo() {
        Season s = SeasonBuilder.today("2026-05-01")
                .submission("2026-09-30")
                .rotation("Mercy Hospital", "2026-03-02", "2026-03-29")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved("2026-04-30", ASKED, BOUNCED)
                .writer("Ken Lee", org.lorkit.attending.AttendingRole.COMMUNITY_ATTENDING)
                .letter()
                .moved("2026-04-30", ASKED, AGREED)
                .writer("Amy Chen", org.lorkit.attending.AttendingRole.COMMUNITY_ATTENDING)
                .letter()
                .moved("2026-04-30", ASKED, AGREED)
                .build();
        assertEquals(WARNING, backup(s).status());
        assertTrue(
                backup(s).message().endsWith("That leaves no letter secured from core faculty in Internal Medicine."),
                backup(s).message());
    }

    @Test
    void anImportedLetterCountsAsSecuredAndIn() {
        Season s = SeasonBuilder.today("2026-05-01")
                .submission("2026-09-30")
                .rotation("Mercy Hospital", "2026-03-02", "2026-03-29")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved("2026-04-30", IMPORTED)
                .writer("Ken Lee", CORE_FACULTY)
                .letter()
                .moved("2026-04-30", ASKED, AGREED)
                .build();
        CoachDtos.Portfolio p = PortfolioRules.evaluate(s, List.of());
        assertEquals(2, p.secured());
        assertEquals(1, p.received());
        assertEquals(1, p.byStatus().get("IMPORTED"));
        assertEquals(
                OK,
                p.checks().stream()
                        .filter(c -> c.code() == LETTER_COUNT)
                        .findFirst()
                        .orElseThrow()
                        .status());
    }
}
