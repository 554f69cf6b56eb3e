package org.lorkit.notify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** When an applicant's digests fall, in their own time zone (pure: the planner and the settings answer read it). */
final class DigestSchedule {

    private DigestSchedule() {}

    /** One digest: its local day (the occasion) and its time. */
    record Occasion(LocalDate day, Instant at) {}

    static boolean fallsOn(NotificationSettings s, LocalDate day) {
        return switch (s.digest) {
            case OFF -> false;
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == s.weekday();
        };
    }

    static Instant at(NotificationSettings s, LocalDate day, ZoneId zone) {
        // A time skipped by a clock change (02:30 on a spring-forward day) moves to just after the gap.
        return ZonedDateTime.of(day, s.digestAt, zone).toInstant();
    }

    /** The digests whose time has come and that are not stale yet (yesterday's and today's, locally). */
    static List<Occasion> due(NotificationSettings s, ZoneId zone, Instant now, Duration staleAfter) {
        List<Occasion> due = new ArrayList<>();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            Instant at = at(s, day, zone);
            if (fallsOn(s, day) && !at.isAfter(now) && now.isBefore(at.plus(staleAfter))) {
                due.add(new Occasion(day, at));
            }
        }
        return due;
    }

    /** The next digest at or after {@code now}; null when digests are off. */
    static Instant next(NotificationSettings s, ZoneId zone, Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        for (int i = 0; i <= 7; i++) {
            Instant at = at(s, day.plusDays(i), zone);
            if (fallsOn(s, day.plusDays(i)) && !at.isBefore(now)) {
                return at;
            }
        }
        return null;
    }
}
