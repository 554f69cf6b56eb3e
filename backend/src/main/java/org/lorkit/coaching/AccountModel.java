package org.lorkit.coaching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.lorkit.season.LetterService;
import org.lorkit.season.SeasonDates;

/**
 * The part of a {@link Season} that is the account's own data, without the day it is read on or the
 * season calendars (an admin may correct those): what {@link org.lorkit.platform.AccountRevisionCache} keeps per revision
 * of the account and of the calendars (Scope.SEASON). Its collections are unmodifiable, since one instance serves
 * many requests; {@code calendars} keeps the season calendars read with it, and {@code evaluations} what the rules
 * made of it.
 */
record AccountModel(
        ZoneId zone,
        String applicantName,
        Season.Profile profile,
        List<Season.Rotation> rotations,
        Map<UUID, Season.Attending> attendings,
        List<Season.Feedback> feedback,
        Map<UUID, Season.RotationStories> storiesByRotation,
        Set<LocalDate> storyDays,
        Map<UUID, Long> packetStoriesByWitness,
        List<Season.Letter> letters,
        List<Season.Program> programs,
        Map<String, LocalDate> ticks,
        List<Season.Sent> sent,
        List<Season.CheckIn> checkIns,
        Map<UUID, Season.RedFlags> redFlags,
        Map<Calendar, SeasonDates> calendars,
        Evaluations evaluations) {

    /** One service's season calendar, as the rules ask for it. */
    record Calendar(LetterService service, int year) {}

    /** A calendar this model has not read yet, asked for outside a transaction (SeasonLoader.evaluateIfKept). */
    static final class CalendarNotKept extends RuntimeException {
        CalendarNotKept() {
            super("calendar not kept", null, false, false);
        }
    }

    /** The calendar of {@code service}'s season {@code year} if this model has read it, else CalendarNotKept. */
    SeasonDates keptCalendar(LetterService service, int year) {
        SeasonDates kept = calendars.get(new Calendar(service, year));
        if (kept == null) {
            throw new CalendarNotKept();
        }
        return kept;
    }

    /** The calendar of {@code service}'s season {@code year}, read by {@code read} the first time this model needs it. */
    SeasonDates calendar(LetterService service, int year, BiFunction<LetterService, Integer, SeasonDates> read) {
        Calendar key = new Calendar(service, year);
        SeasonDates kept = calendars.get(key);
        if (kept != null) {
            return kept;
        }
        SeasonDates dates = read.apply(service, year);
        calendars.putIfAbsent(key, dates);
        return dates;
    }
}
