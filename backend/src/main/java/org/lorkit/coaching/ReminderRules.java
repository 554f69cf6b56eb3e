package org.lorkit.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lorkit.coaching.CoachDtos.CheckpointStatus;
import org.lorkit.coaching.CoachDtos.Link;
import org.lorkit.coaching.CoachDtos.Reminder;
import org.lorkit.coaching.CoachDtos.ReminderRule;
import org.lorkit.letter.LetterStatus;

/**
 * When to nudge a writer, and when to say thank you. Pure rules over a {@link Season}; S is the
 * submission target, "the request" is the day the letter moved to REQUESTED_IN_ERAS (the writer can
 * upload only from then on, so the packet email starts no clock).
 * <ul>
 * <li>FIRST_REMINDER: from day 14 after the request (due days 14-21, overdue after) while the letter is not
 * in and no reminder followed the request. Within 14 days of S it becomes the last reminder instead.</li>
 * <li>Spacing: no reminder within 7 days of the previous contact (the request or the last reminder): 6 days
 * after, nothing; 7 days after, allowed.</li>
 * <li>LAST_REMINDER: 14 to 10 days before S, once, when the letter is not in.</li>
 * <li>BACKUP_WRITER: 7 days or less before S, for every writer asked, agreed or requested whose letter is not in.</li>
 * <li>Thanks: THANK_YOU_RECEIVED once the letter is in (until a THANK_YOU_RECEIVED message is recorded);
 * THANK_YOU_SUBMISSION once ERAS is marked submitted (plan checkpoint submit-eras); INTERVIEW_UPDATE once
 * interview invitations are marked (checkpoint interview-invitations); MATCH_UPDATE from Match Day on.
 * Each is satisfied by the matching thank-you date of the letter.</li>
 * </ul>
 */
public final class ReminderRules {

    public static final int FIRST_AFTER_DAYS = 14;
    public static final int FIRST_OVERDUE_AFTER_DAYS = 21;
    public static final int MIN_DAYS_APART = 7;
    public static final int LAST_WINDOW_FROM = 14;
    public static final int LAST_WINDOW_TO = 10;
    public static final int BACKUP_DAYS = 7;

    private ReminderRules() {}

    public record Result(List<Reminder> due, List<Reminder> upcoming) {}

    public static Result evaluate(Season s) {
        List<Reminder> due = new ArrayList<>();
        List<Reminder> upcoming = new ArrayList<>();
        LocalDate today = s.today();
        LocalDate target = s.submissionTarget();
        for (Season.Letter letter : s.letters()) {
            String name = s.writerName(letter.attendingId());
            if (letter.status() == LetterStatus.RECEIVED) {
                thanks(s, letter, name, due);
                continue;
            }
            if (!letter.awaited()) {
                continue;
            }
            if (target != null) {
                long left = s.daysUntil(target);
                LocalDate backupOn = target.minusDays(BACKUP_DAYS);
                if (left <= BACKUP_DAYS) {
                    String when = left >= 0
                            ? "Submission is " + Season.days(left) + " away"
                            : "Your submission target passed " + Season.days(-left) + " ago";
                    due.add(reminder(
                            ReminderRule.BACKUP_WRITER,
                            letter,
                            name,
                            backupOn,
                            left >= 0 ? CheckpointStatus.DUE : CheckpointStatus.OVERDUE,
                            when + " and " + name + " has not uploaded the letter: line up a backup writer now, "
                                    + "ideally someone who sees you work today.",
                            MessageKind.DIRECT_ASK,
                            s));
                    continue;
                }
                upcoming.add(reminder(
                        ReminderRule.BACKUP_WRITER,
                        letter,
                        name,
                        backupOn,
                        CheckpointStatus.UPCOMING,
                        "If " + name + " has still not uploaded by then, ask a backup writer.",
                        MessageKind.DIRECT_ASK,
                        s));
            }
            if (letter.status() != LetterStatus.REQUESTED_IN_ERAS) {
                continue;
            }
            LocalDate requestedOn =
                    letter.reached(LetterStatus.REQUESTED_IN_ERAS).orElse(null);
            if (requestedOn == null) {
                continue;
            }
            LocalDate lastContact =
                    letter.lastReminder().filter(r -> r.isAfter(requestedOn)).orElse(requestedOn);
            LocalDate nextAllowed = lastContact.plusDays(MIN_DAYS_APART);
            boolean remindedSinceRequest = letter.remindersSent().stream().anyMatch(r -> !r.isBefore(requestedOn));
            boolean lastWindow = target != null && s.daysUntil(target) <= LAST_WINDOW_FROM;
            if (!lastWindow) {
                LocalDate firstOn = requestedOn.plusDays(FIRST_AFTER_DAYS);
                boolean firstBeforeWindow = target == null || firstOn.isBefore(target.minusDays(LAST_WINDOW_FROM));
                if (!remindedSinceRequest && firstBeforeWindow) {
                    if (!today.isBefore(firstOn)) {
                        long since = s.daysSince(requestedOn);
                        due.add(reminder(
                                ReminderRule.FIRST_REMINDER,
                                letter,
                                name,
                                firstOn,
                                since > FIRST_OVERDUE_AFTER_DAYS ? CheckpointStatus.OVERDUE : CheckpointStatus.DUE,
                                name + " got the " + s.servicesSaid(letter) + " request " + Season.days(since)
                                        + " ago and the letter is not in yet: "
                                        + "a short, friendly nudge is fair now.",
                                MessageKind.REMINDER,
                                s));
                    } else {
                        upcoming.add(reminder(
                                ReminderRule.FIRST_REMINDER,
                                letter,
                                name,
                                firstOn,
                                CheckpointStatus.UPCOMING,
                                "Two weeks after the " + s.servicesSaid(letter) + " request: check "
                                        + s.servicesSaid(letter) + ", then nudge " + name
                                        + " if the letter is not in.",
                                MessageKind.REMINDER,
                                s));
                    }
                }
                if (target != null) {
                    LocalDate lastOn = later(target.minusDays(LAST_WINDOW_FROM), nextAllowed);
                    if (!lastOn.isAfter(target.minusDays(LAST_WINDOW_TO))) {
                        upcoming.add(reminder(
                                ReminderRule.LAST_REMINDER,
                                letter,
                                name,
                                lastOn,
                                CheckpointStatus.UPCOMING,
                                "One last polite reminder to " + name + " if the letter is still missing.",
                                MessageKind.REMINDER,
                                s));
                    }
                }
                continue;
            }
            long left = s.daysUntil(target);
            boolean remindedInWindow =
                    letter.remindersSent().stream().anyMatch(r -> !r.isBefore(target.minusDays(LAST_WINDOW_FROM)));
            if (left < LAST_WINDOW_TO || remindedInWindow) {
                continue;
            }
            LocalDate lastOn = later(target.minusDays(LAST_WINDOW_FROM), nextAllowed);
            if (!today.isBefore(nextAllowed)) {
                due.add(reminder(
                        ReminderRule.LAST_REMINDER,
                        letter,
                        name,
                        lastOn,
                        CheckpointStatus.DUE,
                        "Submission is " + Season.days(left) + " away and " + name + "'s letter is still not in: "
                                + "send one last, polite reminder.",
                        MessageKind.REMINDER,
                        s));
            } else if (!lastOn.isAfter(target.minusDays(LAST_WINDOW_TO))) {
                upcoming.add(reminder(
                        ReminderRule.LAST_REMINDER,
                        letter,
                        name,
                        lastOn,
                        CheckpointStatus.UPCOMING,
                        "Your last contact with " + name + " was " + Season.days(s.daysSince(lastContact))
                                + " ago; wait a full week between reminders.",
                        MessageKind.REMINDER,
                        s));
            }
        }
        upcoming.sort(Comparator.comparing(Reminder::dueOn)
                .thenComparing(r -> r.rule().ordinal())
                .thenComparing(Reminder::attendingName));
        // The most urgent rule first: a backup beats a last reminder beats a first one.
        due.sort(Comparator.comparing((Reminder r) -> urgency(r.rule()))
                .thenComparing(Reminder::dueOn)
                .thenComparing(Reminder::attendingName));
        return new Result(List.copyOf(due), List.copyOf(upcoming));
    }

    private static int urgency(ReminderRule rule) {
        return switch (rule) {
            case BACKUP_WRITER -> 0;
            case LAST_REMINDER -> 1;
            case FIRST_REMINDER -> 2;
            case THANK_YOU_SUBMISSION -> 3;
            case THANK_YOU_RECEIVED -> 4;
            case INTERVIEW_UPDATE -> 5;
            case MATCH_UPDATE -> 6;
        };
    }

    private static void thanks(Season s, Season.Letter letter, String name, List<Reminder> due) {
        LocalDate today = s.today();
        LocalDate submitted = s.submittedOn();
        if (submitted != null && !today.isBefore(submitted)) {
            if (letter.thankedAfterSubmissionOn() == null) {
                due.add(reminder(
                        ReminderRule.THANK_YOU_SUBMISSION,
                        letter,
                        name,
                        submitted,
                        freshness(s, submitted),
                        "You submitted " + s.servicesSaid(letter) + " on " + Season.date(submitted) + ": tell " + name
                                + " the letter went out with it, and thank them.",
                        MessageKind.THANK_YOU_SUBMISSION,
                        s));
            }
        } else if (!s.sentFor(MessageKind.THANK_YOU_RECEIVED, letter.id())) {
            LocalDate on = letter.receivedOn() == null ? today : letter.receivedOn();
            due.add(reminder(
                    ReminderRule.THANK_YOU_RECEIVED,
                    letter,
                    name,
                    on,
                    freshness(s, on),
                    name + "'s letter arrived in " + s.servicesSaid(letter) + " on " + Season.date(on)
                            + ": a short thank-you now.",
                    MessageKind.THANK_YOU_RECEIVED,
                    s));
        }
        LocalDate interviews = s.interviewInvitationsOn();
        if (interviews != null && !today.isBefore(interviews) && letter.thankedInterviewInvitationsOn() == null) {
            due.add(reminder(
                    ReminderRule.INTERVIEW_UPDATE,
                    letter,
                    name,
                    interviews,
                    freshness(s, interviews),
                    "Interview invitations came in: " + name + " will be glad to hear where you interview.",
                    MessageKind.INTERVIEW_UPDATE,
                    s));
        }
        LocalDate match = s.matchDay();
        if (match != null && !today.isBefore(match) && letter.thankedMatchDayOn() == null) {
            due.add(reminder(
                    ReminderRule.MATCH_UPDATE,
                    letter,
                    name,
                    match,
                    freshness(s, match),
                    "Match Day was " + match + ": tell " + name + " where you matched, with your thanks.",
                    MessageKind.MATCH_UPDATE,
                    s));
        }
    }

    /** A thank-you is due for a week, then overdue. */
    private static CheckpointStatus freshness(Season s, LocalDate since) {
        return s.daysSince(since) > 7 ? CheckpointStatus.OVERDUE : CheckpointStatus.DUE;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static Reminder reminder(
            ReminderRule rule,
            Season.Letter letter,
            String name,
            LocalDate on,
            CheckpointStatus status,
            String reason,
            MessageKind kind,
            Season s) {
        return new Reminder(
                rule + ":" + letter.id(),
                rule,
                letter.id(),
                letter.attendingId(),
                name,
                on,
                status,
                reason,
                kind,
                Link.message(kind, letter.id(), null));
    }
}
