package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lorkit.attending.AttendingRole.COMMUNITY_ATTENDING;
import static org.lorkit.attending.AttendingRole.CORE_FACULTY;
import static org.lorkit.coaching.CoachDtos.CheckCode.BACKUP_NEEDED;
import static org.lorkit.coaching.CoachDtos.CheckCode.CORE_IN_SPECIALTY;
import static org.lorkit.coaching.CoachDtos.CheckCode.LETTER_COUNT;
import static org.lorkit.coaching.CoachDtos.CheckCode.OTHER_US_SPECIALTY;
import static org.lorkit.coaching.CoachDtos.CheckCode.PROGRAMS_MISSING_LETTERS;
import static org.lorkit.coaching.CoachDtos.CheckCode.RECEIVED_NOT_ASSIGNED;
import static org.lorkit.coaching.CoachDtos.CheckCode.RESEARCH_MENTOR;
import static org.lorkit.coaching.CoachDtos.CheckCode.STRENGTH_OF_COMMITMENTS;
import static org.lorkit.coaching.CoachDtos.CheckStatus.INFO;
import static org.lorkit.coaching.CoachDtos.CheckStatus.MISSING;
import static org.lorkit.coaching.CoachDtos.CheckStatus.OK;
import static org.lorkit.coaching.CoachDtos.CheckStatus.WARNING;
import static org.lorkit.letter.LetterStatus.AGREED;
import static org.lorkit.letter.LetterStatus.ASKED;
import static org.lorkit.letter.LetterStatus.DECLINED;
import static org.lorkit.letter.LetterStatus.PACKET_SENT;
import static org.lorkit.letter.LetterStatus.RECEIVED;
import static org.lorkit.letter.LetterStatus.REQUESTED_IN_ERAS;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lorkit.attending.AttendingRole;
import org.lorkit.coaching.CoachDtos.Check;
import org.lorkit.coaching.CoachDtos.CheckCode;
import org.lorkit.coaching.CoachDtos.Portfolio;
import org.lorkit.letter.Commitment;
import org.lorkit.letter.LetterType;

/**
 * The rule of 2-4 letters and its mix, on built seasons (no Quarkus): the cases of
 * {@link PlanTodayPortfolioTest} and the backup check of {@link ReminderRulesTest}, so both levels agree.
 */
class PortfolioRulesUnitTest {

    static final LocalDate S = LocalDate.of(2026, 9, 30);

    private static SeasonBuilder mercy(String today) {
        return SeasonBuilder.today(today)
                .submission(S.toString())
                .rotation("Mercy Hospital", "2026-03-02", "2026-03-29");
    }

    private static Portfolio portfolio(Season season) {
        return PortfolioRules.evaluate(season, ReminderRules.evaluate(season).due());
    }

    private static Check check(Portfolio portfolio, CheckCode code) {
        return portfolio.checks().stream()
                .filter(c -> c.code() == code)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check " + code));
    }

    /** Maria's letter is in (strong), Ken from surgery said a plain yes, City IM asks for 3 letters. */
    private static SeasonBuilder mariaInKenAgreed() {
        return mercy("2026-05-01")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved("2026-05-01", ASKED, AGREED, PACKET_SENT, REQUESTED_IN_ERAS, RECEIVED)
                .commitment(Commitment.STRONG)
                .writer("Ken Lee", COMMUNITY_ATTENDING, "Surgery", "2026-03-02", "2026-03-29")
                .letter(LetterType.OTHER_US_SPECIALTY)
                .moved("2026-05-01", ASKED, AGREED)
                .commitment(Commitment.YES);
    }

    @Test
    void anEmptySeasonMissesTheCountAndTheCoreLetter() {
        Portfolio empty = portfolio(mercy("2026-05-01").build());
        assertEquals(MISSING, check(empty, LETTER_COUNT).status());
        assertEquals(
                "0 letters secured so far; aim for 2 to 4 strong ones.",
                check(empty, LETTER_COUNT).message());
        assertEquals(MISSING, check(empty, CORE_IN_SPECIALTY).status());
        assertEquals(INFO, check(empty, RESEARCH_MENTOR).status(), "a research mentor is optional");
        assertEquals(INFO, check(empty, PROGRAMS_MISSING_LETTERS).status());
    }

    @Test
    void thePortfolioChecksTheMixProgramsAndUnassignedLetters() {
        SeasonBuilder ana = mariaInKenAgreed().program("City IM", 3);
        Portfolio p = portfolio(ana.build());
        assertEquals(2, p.secured());
        assertEquals(1, p.received());
        assertEquals(1, p.byStatus().get("RECEIVED"));
        assertEquals(1, p.byCommitment().get("STRONG"));
        assertEquals(OK, check(p, LETTER_COUNT).status());
        assertEquals(OK, check(p, CORE_IN_SPECIALTY).status());
        assertEquals(OK, check(p, OTHER_US_SPECIALTY).status());
        assertEquals(WARNING, check(p, STRENGTH_OF_COMMITMENTS).status());
        assertTrue(check(p, STRENGTH_OF_COMMITMENTS).message().startsWith("Dr Ken Lee said a plain yes"));
        assertEquals(WARNING, check(p, PROGRAMS_MISSING_LETTERS).status());
        assertEquals(
                "1 program still short of letters: City IM.",
                check(p, PROGRAMS_MISSING_LETTERS).message());
        assertEquals(WARNING, check(p, RECEIVED_NOT_ASSIGNED).status());
        assertTrue(check(p, RECEIVED_NOT_ASSIGNED).message().contains("Dr Maria Hernandez"));

        Portfolio assigned = portfolio(
                mariaInKenAgreed().program("City IM", 1, "Maria Hernandez").build());
        assertEquals(OK, check(assigned, RECEIVED_NOT_ASSIGNED).status());
        assertEquals(OK, check(assigned, PROGRAMS_MISSING_LETTERS).status(), "one received letter is enough for 1");
    }

    @Test
    void twoToFourSecuredLettersAreWithinTheRuleOneIsShortFiveIsAChoiceToMake() {
        SeasonBuilder ana = mercy("2026-05-01");
        List<String> names = List.of("Maria Hernandez", "Ken Lee", "Amy Chen", "Raj Patel", "Lou Grant");
        for (int i = 0; i < names.size(); i++) {
            ana.writer(names.get(i), CORE_FACULTY).letter().moved("2026-04-30", ASKED, AGREED);
            Check count = check(portfolio(ana.build()), LETTER_COUNT);
            int n = i + 1;
            assertEquals(n < 2 ? MISSING : n <= 4 ? OK : INFO, count.status(), n + " secured");
            assertEquals(n, count.links().size());
        }
        assertEquals(
                "5 letters secured: more strong letters give you choice, but at most 4 go to one program.",
                check(portfolio(ana.build()), LETTER_COUNT).message());
    }

    @Test
    void anAskedOrDeclinedWriterIsNotSecured() {
        Portfolio p = portfolio(mercy("2026-05-01")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved("2026-04-30", ASKED)
                .writer("Ken Lee", CORE_FACULTY)
                .letter()
                .moved("2026-04-30", ASKED, DECLINED)
                .build());
        assertEquals(0, p.secured());
        assertEquals(1, p.byCommitment().get("DECLINED"), "a decline records the commitment it heard");
        assertEquals(MISSING, check(p, LETTER_COUNT).status());
    }

    @Test
    void onlyCoreOrAcademicFacultyInTheSpecialtyCountsAsTheCoreLetter() {
        Portfolio community = portfolio(mercy("2026-05-01")
                .writer("Ken Lee", COMMUNITY_ATTENDING)
                .letter()
                .moved("2026-04-30", ASKED, AGREED)
                .writer("Ruth Adler", AttendingRole.RESEARCH_MENTOR)
                .letter(LetterType.RESEARCH)
                .moved("2026-04-30", ASKED, AGREED)
                .build());
        assertEquals(MISSING, check(community, CORE_IN_SPECIALTY).status());
        assertEquals(OK, check(community, RESEARCH_MENTOR).status());
        assertEquals(MISSING, check(community, OTHER_US_SPECIALTY).status());
    }

    @Test
    void aSilentWriterNeedsABackupSevenDaysBeforeSubmissionNotEight() {
        SeasonBuilder ana = mercy("2026-05-01")
                .writer("Maria Hernandez", CORE_FACULTY)
                .letter()
                .moved("2026-05-01", ASKED, AGREED, PACKET_SENT)
                .moved(S.minusDays(40).toString(), REQUESTED_IN_ERAS);
        assertEquals(
                OK,
                check(portfolio(ana.on(S.minusDays(8).toString())), BACKUP_NEEDED)
                        .status());
        Check backup = check(portfolio(ana.on(S.minusDays(7).toString())), BACKUP_NEEDED);
        assertEquals(WARNING, backup.status());
        assertEquals("Backup needed: Dr Maria Hernandez had not uploaded a week before submission.", backup.message());
        assertEquals(
                "/api/v1/letters/" + SeasonBuilder.letterId("Maria Hernandez"),
                backup.links().get(0).href());
    }
}
