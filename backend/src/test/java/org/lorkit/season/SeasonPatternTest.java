package org.lorkit.season;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A season no record covers follows the usual pattern, and says none of it is confirmed. */
class SeasonPatternTest {

    @Test
    void anUnrecordedErasSeasonOpensInJuneOfTheYearBeforeItsMatch() {
        SeasonDates eras2030 = SeasonPattern.guess(LetterService.ERAS, 2030);
        assertEquals(LocalDate.of(2029, 6, 6), eras2030.opensOn());
        assertEquals(LocalDate.of(2029, 9, 5), eras2030.submissionOpensOn());
        assertEquals(LocalDate.of(2029, 9, 26), eras2030.programsReviewOn());
        assertNull(eras2030.programDeadlineOn());
        assertEquals(LocalDate.of(2030, 3, 6), eras2030.rankListDeadlineOn());
        assertEquals(LocalDate.of(2030, 3, 15), eras2030.matchDay());
        assertEquals("ERAS 2030 season", eras2030.label());
    }

    @Test
    void residencyCasHasItsProgramDeadlineBeforeProgramsView() {
        SeasonDates cas = SeasonPattern.guess(LetterService.RESIDENCYCAS, 2029);
        assertEquals(LocalDate.of(2028, 9, 27), cas.programDeadlineOn());
        assertEquals(LocalDate.of(2028, 10, 4), cas.programsReviewOn());
    }

    @Test
    void everyGuessedDateIsUnverified() {
        SeasonDates guess = SeasonPattern.guess(LetterService.ERAS, 2031);
        assertFalse(guess.fromRecord());
        SeasonPattern.ALL_DATES.forEach(d -> assertFalse(guess.verified(d), d));
    }

    @Test
    void theApplicantsOwnOpeningDayWinsAndIsNoLongerUnconfirmed() {
        SeasonDates own = SeasonPattern.guess(LetterService.ERAS, 2028).withOwnOpensOn(LocalDate.of(2027, 6, 7));
        assertEquals(LocalDate.of(2027, 6, 7), own.opensOn());
        assertTrue(own.verified("opensOn"));
        assertFalse(own.verified("matchDay"));
    }
}
