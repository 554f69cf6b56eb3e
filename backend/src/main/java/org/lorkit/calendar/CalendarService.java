package org.lorkit.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lorkit.coaching.CoachDtos.Checkpoint;
import org.lorkit.coaching.CoachDtos.CheckpointStatus;
import org.lorkit.coaching.CoachDtos.Reminder;
import org.lorkit.coaching.PlanRules;
import org.lorkit.coaching.ReminderRules;
import org.lorkit.coaching.Season;
import org.lorkit.coaching.SeasonLoader;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ProblemType;

/**
 * The private iCalendar feed (RFC 5545): rotations, open checkpoints, soft deadlines, reminder days,
 * the submission target and Match Day, as all-day events. The feed address carries a long random
 * token (256 bits); only its SHA-256 is stored, and creating a new one replaces (revokes) the old.
 */
@ApplicationScoped
public class CalendarService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final SecureRandom random = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    SeasonLoader loader;

    @Inject
    Clock clock;

    /**
     * The new feed address; the previous token stops working. {@code validDays} (optional) ends it that
     * many days from now; it also ends with a password change, "log out everywhere", the account being
     * disabled, and its delete (see V23's trigger).
     */
    @Transactional
    public Minted rotate(UUID owner, Integer validDays) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = validDays == null ? null : now.plus(Duration.ofDays(validDays));
        em.createNativeQuery("""
                INSERT INTO calendar_token (owner_id, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (owner_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at,
                    expires_at = EXCLUDED.expires_at""")
                .setParameter(1, owner)
                .setParameter(2, hash(token))
                .setParameter(3, now)
                .setParameter(4, expiresAt)
                .executeUpdate();
        return new Minted(token, expiresAt);
    }

    /** A new token (shown once) and its end, if it has one. */
    public record Minted(String token, Instant expiresAt) {}

    @Transactional
    public String feed(String token) {
        // Served only while the token is current and the account is enabled: a disabled account's feed is
        // a 404 like an unknown one.
        @SuppressWarnings("unchecked")
        List<Object> owners = token == null || token.length() < 20 || token.length() > 100
                ? List.of()
                : em.createNativeQuery("""
                        SELECT t.owner_id FROM calendar_token t JOIN app_user u ON u.id = t.owner_id
                        WHERE t.token_hash = ?1 AND u.disabled_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > ?2)""")
                        .setParameter(1, hash(token))
                        .setParameter(2, clock.instant())
                        .getResultList();
        if (owners.isEmpty()) {
            throw new ProblemException(
                    ProblemType.NOT_FOUND,
                    "No calendar feed has this address any more; make a new one in LORkit (POST /api/v1/calendar/token).",
                    null);
        }
        Season s = loader.load((UUID) owners.get(0));
        return render(s, PlanRules.evaluate(s), ReminderRules.evaluate(s));
    }

    String render(Season s, List<Checkpoint> plan, ReminderRules.Result reminders) {
        String stamp = STAMP.format(clock.instant());
        Ics ics = new Ics();
        ics.line("BEGIN:VCALENDAR")
                .line("VERSION:2.0")
                .line("PRODID:-//LORkit//Coaching calendar//EN")
                .line("CALSCALE:GREGORIAN")
                .line("METHOD:PUBLISH")
                .line("X-WR-CALNAME:LORkit - letters of recommendation");
        for (Season.Rotation r : s.rotations()) {
            ics.event(
                    "rotation-" + r.id(),
                    stamp,
                    r.startsOn(),
                    r.endsOn().plusDays(1),
                    "Rotation: " + r.label(),
                    r.kind().toLowerCase().replace('_', '-') + ", " + r.startsOn() + " to " + r.endsOn());
        }
        for (Checkpoint c : plan) {
            if (c.dueOn() != null && c.status() != CheckpointStatus.DONE) {
                ics.event("checkpoint-" + c.id(), stamp, c.dueOn(), c.dueOn().plusDays(1), c.title(), c.why());
            }
        }
        Set<LocalDate> softDeadlines = new LinkedHashSet<>();
        for (Season.Letter l : s.letters()) {
            LocalDate soft = s.softDeadlineOf(l);
            if (soft != null && l.awaited()) {
                ics.event(
                        "soft-deadline-" + l.id(),
                        stamp,
                        soft,
                        soft.plusDays(1),
                        "Soft deadline: " + s.writerName(l.attendingId()),
                        "The upload date you gave " + s.writerName(l.attendingId()) + ".");
                softDeadlines.add(soft);
            }
        }
        for (Reminder r : reminders.due()) {
            ics.event("reminder-" + r.id(), stamp, r.dueOn(), r.dueOn().plusDays(1), title(r), r.reason());
        }
        for (Reminder r : reminders.upcoming()) {
            ics.event("reminder-" + r.id(), stamp, r.dueOn(), r.dueOn().plusDays(1), title(r), r.reason());
        }
        if (s.submissionTarget() != null) {
            ics.event(
                    "submission-target",
                    stamp,
                    s.submissionTarget(),
                    s.submissionTarget().plusDays(1),
                    "ERAS submission target",
                    "The day you plan to submit your application.");
        }
        LocalDate match = s.matchDay();
        if (match != null) {
            ics.event(
                    "match-day", stamp, match, match.plusDays(1), "Match Day", "Tell your writers where you matched.");
        }
        ics.line("END:VCALENDAR");
        return ics.toString();
    }

    private static String title(Reminder r) {
        return switch (r.rule()) {
            case FIRST_REMINDER -> "Reminder to " + r.attendingName() + " if the letter is not in";
            case LAST_REMINDER -> "Last reminder to " + r.attendingName() + " if the letter is not in";
            case BACKUP_WRITER -> "Backup writer if " + r.attendingName() + " is still silent";
            default -> "Thank-you or update for " + r.attendingName();
        };
    }

    static String hash(String token) {
        return org.lorkit.common.Sha256.hex(token);
    }

    /** Content lines with CRLF endings, folded at 75 octets (RFC 5545 section 3.1), text values escaped. */
    static final class Ics {

        private final StringBuilder out = new StringBuilder();

        Ics line(String line) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            int start = 0;
            boolean first = true;
            while (start < bytes.length) {
                int limit = first ? 75 : 74;
                int end = Math.min(bytes.length, start + limit);
                // Never split a UTF-8 sequence: back off to the start of a character.
                while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
                    end--;
                }
                if (!first) {
                    out.append(' ');
                }
                out.append(new String(bytes, start, end - start, StandardCharsets.UTF_8))
                        .append("\r\n");
                start = end;
                first = false;
            }
            return this;
        }

        Ics event(String uid, String stamp, LocalDate from, LocalDate toExclusive, String summary, String description) {
            return line("BEGIN:VEVENT")
                    .line("UID:" + uid + "@lorkit")
                    .line("DTSTAMP:" + stamp)
                    .line("DTSTART;VALUE=DATE:" + DATE.format(from))
                    .line("DTEND;VALUE=DATE:" + DATE.format(toExclusive))
                    .line("SUMMARY:" + text(summary))
                    .line("DESCRIPTION:" + text(description))
                    .line("TRANSP:TRANSPARENT")
                    .line("END:VEVENT");
        }

        static String text(String value) {
            return value == null
                    ? ""
                    : value.replace("\\", "\\\\")
                            .replace(";", "\\;")
                            .replace(",", "\\,")
                            .replace("\r\n", "\\n")
                            .replace("\n", "\\n");
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
