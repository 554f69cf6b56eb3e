package org.lorkit.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Working days as applicants count them: Monday to Friday. "Two weeks together" means two working
 * weeks (10 working days), so a Monday-to-Friday fortnight of 12 calendar days is two weeks.
 */
public final class WorkingDays {

    /** Two working weeks. */
    public static final int TWO_WEEKS = 10;

    private WorkingDays() {}

    /** A range of days, both ends included. */
    public record Range(LocalDate from, LocalDate to) {}

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The working days of one range, both ends included. */
    public static long count(LocalDate from, LocalDate to) {
        return days(List.of(new Range(from, to))).size();
    }

    /** The distinct working days of the ranges (overlaps counted once), earliest first. */
    public static List<LocalDate> days(Collection<Range> ranges) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Range r : ranges) {
            for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    days.add(d);
                }
            }
        }
        return List.copyOf(days);
    }

    /** The day the n-th working day of the ranges falls on; null when they hold fewer. */
    public static LocalDate nth(List<LocalDate> days, int n) {
        return days.size() >= n ? days.get(n - 1) : null;
    }
}
