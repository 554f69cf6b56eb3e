package org.lorkit.coaching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.lorkit.coaching.CoachDtos.Action;
import org.lorkit.coaching.CoachDtos.ActionKind;
import org.lorkit.coaching.CoachDtos.Checkpoint;
import org.lorkit.coaching.CoachDtos.CheckpointStatus;
import org.lorkit.coaching.CoachDtos.Deadline;
import org.lorkit.coaching.CoachDtos.Link;
import org.lorkit.coaching.CoachDtos.Reminder;
import org.lorkit.coaching.CoachDtos.ReminderRule;
import org.lorkit.coaching.CoachDtos.SetupStep;
import org.lorkit.coaching.CoachDtos.SetupStepKind;
import org.lorkit.coaching.CoachDtos.Today;
import org.lorkit.season.SeasonDates;

/**
 * Today's list, most urgent first: backup writers needed (a silent writer close to submission, or a
 * writer whose path ended while the letters fall short); ResidencyCAS letters in but assigned to no
 * program; packets owed after a yes; reminders due;
 * overdue checkpoints (oldest first); checkpoints due this week (soonest first); thank-yous and
 * updates; red flags of the current rotation; today's daily habits while on a rotation. Then the
 * next five dated deadlines (checkpoints, the soft deadline and the submission target).
 */
public final class TodayRules {

    static final int DEADLINES = 5;

    private TodayRules() {}

    public static Today evaluate(Season s, List<Checkpoint> plan, List<Reminder> due, HabitRules.Habits habits) {
        LocalDate today = s.today();
        List<Action> actions = new ArrayList<>();
        for (Reminder r : due) {
            if (r.rule() == ReminderRule.BACKUP_WRITER) {
                actions.add(new Action(
                        r.id(),
                        ActionKind.BACKUP,
                        "Line up a backup writer for " + r.attendingName(),
                        r.reason(),
                        r.dueOn(),
                        new Link(CoachDtos.LinkKind.ATTENDING, null, "/api/v1/attendings?sort=rank")));
            }
        }
        List<Season.Letter> ended = PortfolioRules.endedWhileShort(s);
        for (Season.Letter l : ended) {
            actions.add(new Action(
                    "backup:" + l.id(),
                    ActionKind.BACKUP,
                    "Choose a backup writer in place of " + s.writerName(l.attendingId()),
                    PortfolioRules.backupAdvice(s, List.of(l)),
                    today,
                    new Link(CoachDtos.LinkKind.ATTENDING, null, "/api/v1/attendings?sort=rank")));
        }
        if (PortfolioRules.assignedByHand(s)) {
            Set<UUID> assigned =
                    s.programs().stream().flatMap(p -> p.letterIds().stream()).collect(Collectors.toSet());
            s.letters().stream()
                    .filter(l -> l.status().isIn() && !assigned.contains(l.id()))
                    .forEach(l -> actions.add(new Action(
                            "assign:" + l.id(),
                            ActionKind.ASSIGN_LETTER,
                            "Assign " + s.writerName(l.attendingId()) + "'s letter to your programs",
                            "The letter is in but goes to no program: ResidencyCAS sends letters and SLOEs only to "
                                    + "the programs you assign them to, one by one.",
                            today,
                            // Letters are assigned on the program (PUT /api/v1/programs/{id}/letters).
                            new Link(CoachDtos.LinkKind.PROGRAM, null, "/api/v1/programs"))));
        }
        List<Checkpoint> open = plan.stream()
                .filter(c -> c.status() == CheckpointStatus.OVERDUE || c.status() == CheckpointStatus.DUE)
                .toList();
        for (Checkpoint c : open) {
            if (c.id().endsWith("-packet")) {
                actions.add(
                        new Action(c.id(), ActionKind.CHECKPOINT, c.title(), packetReason(s, c), c.dueOn(), c.link()));
            }
        }
        for (Reminder r : due) {
            if (r.rule() == ReminderRule.FIRST_REMINDER || r.rule() == ReminderRule.LAST_REMINDER) {
                actions.add(new Action(
                        r.id(),
                        ActionKind.REMINDER,
                        (r.rule() == ReminderRule.LAST_REMINDER
                                        ? "Send a last reminder to "
                                        : "Send a gentle reminder to ")
                                + r.attendingName(),
                        r.reason(),
                        r.dueOn(),
                        r.link()));
            }
        }
        open.stream()
                .filter(c -> !c.id().endsWith("-packet"))
                .sorted(Comparator.comparing((Checkpoint c) -> c.status() == CheckpointStatus.OVERDUE ? 0 : 1)
                        .thenComparing(Checkpoint::dueOn))
                .forEach(c -> actions.add(new Action(
                        c.id(), ActionKind.CHECKPOINT, c.title(), checkpointReason(s, c), c.dueOn(), c.link())));
        updatedLetters(s).forEach(actions::add);
        for (Reminder r : due) {
            if (r.rule().ordinal() >= ReminderRule.THANK_YOU_RECEIVED.ordinal()) {
                actions.add(new Action(r.id(), ActionKind.THANK_YOU, title(r), r.reason(), r.dueOn(), r.link()));
            }
        }
        for (HabitRules.RotationCheck r : habits.rotations()) {
            boolean current =
                    !today.isBefore(r.startsOn()) && !today.isAfter(r.endsOn().plusDays(30));
            if (current && !r.redFlags().isEmpty()) {
                actions.add(new Action(
                        "red-flags:" + r.rotationId(),
                        ActionKind.RED_FLAG,
                        "Rethink the letter plan for " + r.rotation(),
                        r.advice(),
                        null,
                        Link.rotation(r.rotationId())));
            }
        }
        if (habits.onRotation()) {
            for (HabitRules.HabitStatus h : habits.habits()) {
                if (h.cadence() == Habit.Cadence.DAILY && !h.doneThisPeriod()) {
                    actions.add(new Action(
                            "habit:" + h.habit(),
                            ActionKind.HABIT,
                            h.advice(),
                            h.streak() > 0
                                    ? "Keep your " + Season.days(h.streak()) + " streak going."
                                    : "A small daily habit attendings notice.",
                            today,
                            Link.habits()));
                }
            }
        }

        List<Deadline> deadlines = deadlines(s, plan);
        return new Today(
                today, actions, deadlines.stream().limit(DEADLINES).toList(), setup(s), CoachDtos.SeasonFollowed.of(s));
    }

    /**
     * Every dated step ahead, soonest first: the open checkpoints, the default soft deadline, the submission
     * target and the service's dates once the season is known. Today shows the first {@link #DEADLINES}.
     */
    public static List<Deadline> deadlines(Season s, List<Checkpoint> plan) {
        LocalDate today = s.today();
        List<Deadline> deadlines = new ArrayList<>();
        plan.stream()
                .filter(c -> c.status() != CheckpointStatus.DONE
                        && c.dueOn() != null
                        && !c.dueOn().isBefore(today))
                .forEach(c -> deadlines.add(new Deadline(c.title(), c.dueOn(), s.daysUntil(c.dueOn()), c.link())));
        LocalDate soft = s.defaultSoftDeadline();
        if (soft != null && !soft.isBefore(today)) {
            deadlines.add(new Deadline(
                    "Soft deadline for letters (3 weeks before submission)",
                    soft,
                    s.daysUntil(soft),
                    new Link(CoachDtos.LinkKind.LETTER, null, "/api/v1/letters")));
        }
        LocalDate target = s.submissionTarget();
        if (target != null && !target.isBefore(today)) {
            deadlines.add(new Deadline("Submission target", target, s.daysUntil(target), Link.profile()));
        }
        if (s.seasonKnown()) {
            serviceDates(s).stream().filter(d -> !d.on().isBefore(today)).forEach(deadlines::add);
        }
        deadlines.sort(Comparator.comparing(Deadline::on).thenComparing(Deadline::title));
        return deadlines;
    }

    /**
     * A writer whose letter comes from a prior season (imported, dated before this season opened) may
     * write an updated one that speaks to what the applicant did since: suggested until a letter request
     * of this season for that writer exists.
     */
    static List<Action> updatedLetters(Season s) {
        SeasonDates d = s.followed().dates();
        Set<UUID> askedThisSeason = s.letters().stream()
                .filter(l -> l.status() != org.lorkit.letter.LetterStatus.IMPORTED)
                .map(Season.Letter::attendingId)
                .collect(Collectors.toSet());
        List<Action> actions = new ArrayList<>();
        for (Season.Letter l : s.letters()) {
            if (l.status() != org.lorkit.letter.LetterStatus.IMPORTED
                    || l.letterDatedOn() == null
                    || !l.letterDatedOn().isBefore(d.opensOn())
                    || askedThisSeason.contains(l.attendingId())) {
                continue;
            }
            boolean opensAhead = d.opensOn().isAfter(s.today());
            actions.add(new Action(
                    "updated-letter:" + l.id(),
                    ActionKind.UPDATED_LETTER,
                    "Ask " + s.writerName(l.attendingId()) + " for an updated letter",
                    "The letter dated " + Season.date(l.letterDatedOn()) + " is imported into the " + d.label()
                            + ". An updated one can speak to what you have done since; "
                            + (opensAhead
                                    ? d.service().label() + " takes letter requests from " + Season.date(d.opensOn())
                                            + unconfirmed(d, "opensOn") + "."
                                    : "add it as a new letter request for this writer."),
                    opensAhead ? d.opensOn() : null,
                    Link.letter(l.id())));
        }
        return actions;
    }

    /**
     * The way in for a new or half-set-up account: target sheet, then rotations, then writers, then a first
     * story (each later step reads the earlier ones). Gone once all four are done.
     */
    static List<SetupStep> setup(Season s) {
        List<SetupStep> steps = List.of(
                new SetupStep(
                        SetupStepKind.TARGET_SHEET,
                        "Fill in your target sheet: specialty and submission date",
                        s.profile().targetSpecialty() != null && s.submissionTarget() != null,
                        Link.profile()),
                new SetupStep(
                        SetupStepKind.ROTATION,
                        "Add your rotations, with their dates",
                        !s.rotations().isEmpty(),
                        new Link(CoachDtos.LinkKind.ROTATION, null, "/api/v1/rotations")),
                new SetupStep(
                        SetupStepKind.ATTENDING,
                        "Add the attendings you work with, your possible writers",
                        !s.attendings().isEmpty(),
                        new Link(CoachDtos.LinkKind.ATTENDING, null, "/api/v1/attendings")),
                new SetupStep(
                        SetupStepKind.FIRST_STORY,
                        "Log your first story, and who saw it",
                        !s.storyDays().isEmpty(),
                        new Link(CoachDtos.LinkKind.STORY, null, "/api/v1/stories")));
        return steps.stream().allMatch(SetupStep::done) ? List.of() : steps;
    }

    private static String title(Reminder r) {
        return switch (r.rule()) {
            case THANK_YOU_RECEIVED -> "Thank " + r.attendingName() + " for the letter";
            case THANK_YOU_SUBMISSION -> "Tell " + r.attendingName() + " you submitted, with thanks";
            case INTERVIEW_UPDATE -> "Tell " + r.attendingName() + " where you interview";
            default -> "Tell " + r.attendingName() + " where you matched";
        };
    }

    private static String packetReason(Season s, Checkpoint c) {
        LocalDate yes = c.dueOn().minusDays(2);
        long ago = s.daysSince(yes);
        return "Agreed " + (ago == 0 ? "today" : Season.days(ago) + " ago")
                + ": send your CV, personal statement draft and one sheet of talking points within 48 hours of the yes.";
    }

    private static String checkpointReason(Season s, Checkpoint c) {
        long left = s.daysUntil(c.dueOn());
        // The day itself is the action's dueOn: the reason says how near it is.
        String when = left < 0
                ? "Was due " + Season.days(-left) + " ago"
                : left == 0 ? "Due today" : "Due in " + Season.days(left);
        return when + ": " + c.why();
    }

    /** The season record's own dates, named with the service and marked when not confirmed yet. */
    private static List<Deadline> serviceDates(Season s) {
        SeasonDates d = s.followed().dates();
        String service = d.service().label();
        List<Deadline> dates = new ArrayList<>();
        BiConsumer<String, LocalDate> add = (title, on) -> {
            if (on != null) {
                dates.add(new Deadline(title, on, s.daysUntil(on), Link.profile()));
            }
        };
        add.accept(service + " opens: writers can get requests" + unconfirmed(d, "opensOn"), d.opensOn());
        add.accept(
                service + ": applications can be submitted" + unconfirmed(d, "submissionOpensOn"),
                d.submissionOpensOn());
        add.accept("Programs start reviewing applications" + unconfirmed(d, "programsReviewOn"), d.programsReviewOn());
        add.accept(service + " program deadline" + unconfirmed(d, "programDeadlineOn"), d.programDeadlineOn());
        add.accept(
                "Rank order list deadline (ECFMG certification due)" + unconfirmed(d, "rankListDeadlineOn"),
                d.rankListDeadlineOn());
        add.accept("Match Day" + unconfirmed(d, "matchDay"), d.matchDay());
        return dates;
    }

    private static String unconfirmed(SeasonDates d, String date) {
        return d.verified(date) ? "" : " (date not confirmed yet)";
    }
}
