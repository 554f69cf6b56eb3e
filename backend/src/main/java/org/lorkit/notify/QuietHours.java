package org.lorkit.notify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours the phone stays silent, in the applicant's local time; {@code from} after {@code until} wraps
 * midnight (22:00 to 07:00). Both null: never quiet. A push that falls inside waits for the end.
 */
record QuietHours(LocalTime from, LocalTime until) {

    boolean contains(LocalTime t) {
        if (from == null || until == null || from.equals(until)) {
            return false;
        }
        return from.isBefore(until) ? !t.isBefore(from) && t.isBefore(until) : !t.isBefore(from) || t.isBefore(until);
    }

    /** {@code at}, or the end of the quiet hours it falls in. */
    Instant postpone(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        LocalDate endDay = local.toLocalTime().isBefore(until)
                ? local.toLocalDate()
                : local.toLocalDate().plusDays(1);
        return ZonedDateTime.of(endDay, until, zone).toInstant();
    }
}
