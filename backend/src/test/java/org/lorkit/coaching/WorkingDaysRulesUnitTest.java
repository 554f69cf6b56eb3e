package org.lorkit.coaching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lorkit.common.WorkingDays;
import org.lorkit.common.WorkingDays.Range;

/**
 * Two weeks as applicants count them: two working weeks (10 working days, Monday to Friday). The cases
 * of {@link CalendarAsApplicantsReadItTest}, counted without Quarkus.
 */
class WorkingDaysRulesUnitTest {

    private static Range range(String from, String to) {
        return new Range(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aMondayToFridayFortnightOfTwelveCalendarDaysIsTwoWorkingWeeks() {
        LocalDate monday = LocalDate.of(2027, 1, 11);
        LocalDate friday = LocalDate.of(2027, 1, 22);
        assertEquals(12, ChronoUnit.DAYS.between(monday, friday) + 1);
        assertEquals(WorkingDays.TWO_WEEKS, WorkingDays.count(monday, friday));
        assertEquals(
                friday, WorkingDays.nth(WorkingDays.days(List.of(new Range(monday, friday))), WorkingDays.TWO_WEEKS));
    }

    @Test
    void nineWorkingDaysAreNotTwoWeeks() {
        List<LocalDate> days = WorkingDays.days(List.of(range("2027-01-11", "2027-01-21")));
        assertEquals(9, days.size());
        assertNull(WorkingDays.nth(days, WorkingDays.TWO_WEEKS));
        // The calendar length is not the measure: Tuesday to the Sunday 12 days later holds only 9 working days.
        assertEquals(10, WorkingDays.count(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 23)));
        assertEquals(9, WorkingDays.count(LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 24)));
    }

    @Test
    void aWeekendCountsNoWorkingDay() {
        assertEquals(0, WorkingDays.count(LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 17)));
        assertEquals(1, WorkingDays.count(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15)), "both ends count");
    }

    @Test
    void overlappingLinksCountEachDayOnce() {
        // Dr Okafor: November 23 - December 13, 2026, given twice with an overlap.
        List<LocalDate> days =
                WorkingDays.days(List.of(range("2026-11-23", "2026-12-04"), range("2026-12-01", "2026-12-13")));
        assertEquals(15, days.size());
        assertEquals(LocalDate.of(2026, 12, 4), WorkingDays.nth(days, WorkingDays.TWO_WEEKS));
        assertEquals(
                7,
                days.stream().filter(d -> !d.isAfter(LocalDate.of(2026, 12, 1))).count(),
                "so far, on December 1");
    }

    @Test
    void twoWeeksWithSarahMitchellAreReachedOnTheSecondFriday() {
        List<LocalDate> days = WorkingDays.days(List.of(range("2026-11-16", "2026-11-29")));
        assertEquals(10, days.size());
        assertEquals(LocalDate.of(2026, 11, 27), WorkingDays.nth(days, WorkingDays.TWO_WEEKS));
    }
}
