package org.lorkit.season;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * The usual shape of a season, for a year no record covers yet (an applicant planning far ahead):
 * opens on the first Wednesday of June the year before, submission on the first Wednesday of
 * September, programs review three weeks later (ResidencyCAS: its program deadline then, programs
 * view a week after), rank lists on the first Wednesday of March, Match Day on the third Friday of
 * March. Every date is marked unverified: only a record can say a service confirmed it.
 */
final class SeasonPattern {

    static final Set<String> ALL_DATES = Set.of(
            "opensOn", "submissionOpensOn", "programsReviewOn", "programDeadlineOn", "rankListDeadlineOn", "matchDay");

    private SeasonPattern() {}

    static SeasonDates guess(LetterService service, int year) {
        LocalDate opens = firstWednesday(year - 1, Month.JUNE);
        LocalDate submission = firstWednesday(year - 1, Month.SEPTEMBER);
        LocalDate deadline = service == LetterService.RESIDENCYCAS ? submission.plusWeeks(3) : null;
        LocalDate review = service == LetterService.RESIDENCYCAS ? submission.plusWeeks(4) : submission.plusWeeks(3);
        LocalDate rankList = firstWednesday(year, Month.MARCH);
        LocalDate match =
                LocalDate.of(year, Month.MARCH, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
        return new SeasonDates(
                service, year, year, opens, submission, review, deadline, rankList, match, null, ALL_DATES, false);
    }

    private static LocalDate firstWednesday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
    }
}
