package org.lorkit.coaching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.feedback.FeedbackKind;

/**
 * Habits that quietly make letters specific. Daily habits count check-ins; weekly ones count
 * check-ins and the data (a WEEKLY_MINI feedback is a mini-feedback; any story written that week is a
 * story); the per-rotation teaching presentation counts a check-in during the rotation or a TEACHING
 * story on it. Streaks: consecutive days (daily) or Monday-to-Sunday weeks (weekly) up to today, or
 * up to yesterday / last week while today's / this week's is still open; rotations done (per rotation).
 */
public final class HabitRules {

    private HabitRules() {}

    @Schema(name = "HabitStatus")
    public record HabitStatus(
            Habit habit,
            Habit.Cadence cadence,

            @Schema(
                    description =
                            "Done today (daily), this week (weekly) or on the current or latest rotation (per rotation).")
            boolean doneThisPeriod,

            @Schema(description = "Consecutive days, weeks or rotations done.")
            int streak,

            @Schema(nullable = true) LocalDate lastDoneOn,

            @Schema(description = "What to do, in one sentence.")
            String advice) {}

    @Schema(
            name = "RotationCheck",
            description = "Per rotation: the teaching presentation and the red-flag self-check.")
    public record RotationCheck(
            java.util.UUID rotationId,
            String rotation,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean teachingPresentationDone,

            @Schema(description = "Red flags from your latest self-check of this rotation; empty when none.")
            List<RedFlag> redFlags,

            @Schema(nullable = true) LocalDate redFlagsCheckedOn,

            @Schema(description = "Advice for this rotation's letter strategy.")
            String advice) {}

    @Schema(name = "Habits", description = "Habit streaks and the per-rotation checks.")
    public record Habits(
            LocalDate today,

            @Schema(description = "Whether a rotation runs today (daily habits matter most then).")
            boolean onRotation,

            List<HabitStatus> habits,
            List<RotationCheck> rotations) {}

    public static Habits evaluate(Season s) {
        LocalDate today = s.today();
        boolean onRotation =
                s.rotations().stream().anyMatch(r -> !today.isBefore(r.startsOn()) && !today.isAfter(r.endsOn()));
        List<HabitStatus> statuses = new ArrayList<>();
        for (Habit habit : Habit.values()) {
            Set<LocalDate> days = new HashSet<>();
            s.checkIns().stream().filter(c -> c.habit() == habit).forEach(c -> days.add(c.on()));
            if (habit == Habit.WRITE_STORY) {
                days.addAll(s.storyDays());
            }
            if (habit == Habit.MINI_FEEDBACK) {
                s.feedback().stream()
                        .filter(f -> f.kind() == FeedbackKind.WEEKLY_MINI)
                        .forEach(f -> days.add(f.receivedOn()));
            }
            days.removeIf(d -> d.isAfter(today));
            LocalDate last = days.stream().max(LocalDate::compareTo).orElse(null);
            switch (habit.cadence) {
                case DAILY -> {
                    boolean done = days.contains(today);
                    int streak = 0;
                    for (LocalDate d = done ? today : today.minusDays(1); days.contains(d); d = d.minusDays(1)) {
                        streak++;
                    }
                    statuses.add(new HabitStatus(
                            habit,
                            habit.cadence,
                            done,
                            streak,
                            last,
                            habit == Habit.READ_UP_DIAGNOSIS
                                    ? "Read up each new diagnosis you meet today, then tick it."
                                    : "Bring one good question to rounds: one that shows you think past the dose."));
                }
                case WEEKLY -> {
                    Set<LocalDate> weeks = new HashSet<>();
                    days.forEach(d -> weeks.add(monday(d)));
                    LocalDate thisWeek = monday(today);
                    boolean done = weeks.contains(thisWeek);
                    int streak = 0;
                    for (LocalDate w = done ? thisWeek : thisWeek.minusWeeks(1);
                            weeks.contains(w);
                            w = w.minusWeeks(1)) {
                        streak++;
                    }
                    statuses.add(new HabitStatus(
                            habit,
                            habit.cadence,
                            done,
                            streak,
                            last,
                            habit == Habit.MINI_FEEDBACK
                                    ? "Ask: is there one thing I can do better on rounds this week?"
                                    : "Write down one story this week, while the details are fresh."));
                }
                case PER_ROTATION -> {
                    List<Season.Rotation> started = s.rotations().stream()
                            .filter(r -> !r.startsOn().isAfter(today))
                            .toList();
                    int done = (int)
                            started.stream().filter(r -> teachingDone(s, r)).count();
                    boolean current = !started.isEmpty() && teachingDone(s, started.get(started.size() - 1));
                    statuses.add(new HabitStatus(
                            habit,
                            habit.cadence,
                            current,
                            done,
                            last,
                            "Offer a 5-10 minute teaching talk once per rotation; log it as a teaching story."));
                }
            }
        }
        List<RotationCheck> rotations = new ArrayList<>();
        for (Season.Rotation r : s.rotations()) {
            Season.RedFlags flags = s.redFlags().get(r.id());
            List<RedFlag> raised = flags == null ? List.of() : flags.flags();
            String advice = !raised.isEmpty()
                    ? "Red flags on this rotation: move your letter strategy to other rotations and invest in attendings who see you at your best."
                    : today.isBefore(r.startsOn())
                            ? "Not started yet."
                            : java.time.temporal.ChronoUnit.DAYS.between(r.startsOn(), today) >= 14 && flags == null
                                    ? "Two weeks in: take the red-flag self-check (does the attending know your name? any lateness?)."
                                    : "No red flags reported.";
            rotations.add(new RotationCheck(
                    r.id(),
                    r.label(),
                    r.startsOn(),
                    r.endsOn(),
                    teachingDone(s, r),
                    raised,
                    flags == null ? null : flags.checkedOn(),
                    advice));
        }
        return new Habits(today, onRotation, statuses, rotations);
    }

    static boolean teachingDone(Season s, Season.Rotation r) {
        Season.RotationStories stories = s.storiesByRotation().get(r.id());
        if (stories != null && stories.teaching() > 0) {
            return true;
        }
        return s.checkIns().stream()
                .anyMatch(c -> c.habit() == Habit.TEACHING_PRESENTATION
                        && (r.id().equals(c.rotationId())
                                || c.rotationId() == null
                                        && !c.on().isBefore(r.startsOn())
                                        && !c.on().isAfter(r.endsOn())));
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
