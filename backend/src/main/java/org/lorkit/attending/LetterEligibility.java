package org.lorkit.attending;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "LetterEligibility",
        description = "Derived: whether this attending can be marked as a potential letter writer. "
                + "Eligible when all three rules are met: two working weeks together (10 working days, Monday to Friday, so far), "
                + "at least one feedback, "
                + "and they have seen you present or interact with patients.")
public record LetterEligibility(
        @Schema(description = "All rules met.", examples = "true")
        boolean eligible,

        @Schema(description = "Each rule, met or not, always in the same order.")
        List<Reason> reasons) {

    @Schema(name = "EligibilityReason")
    public record Reason(
            @Schema(examples = "AT_LEAST_14_DAYS_TOGETHER") Rule rule,
            @Schema(examples = "true") boolean met,

            @Schema(
                    description = "The rule applied to this attending, in plain words.",
                    examples =
                            "7 working days together so far, 15 by the end: two working weeks reached on December 4, 2026.")
            String detail) {}

    @Schema(
            name = "EligibilityRule",
            description = "AT_LEAST_14_DAYS_TOGETHER (the name is kept; the rule is two working weeks): "
                    + "at least 10 working days (Monday to Friday) worked together so far; "
                    + "AT_LEAST_ONE_FEEDBACK: at least one feedback recorded from them; "
                    + "HAS_SEEN_YOU_WITH_PATIENTS: hasSeenMePresent is true.")
    public enum Rule {
        AT_LEAST_14_DAYS_TOGETHER,
        AT_LEAST_ONE_FEEDBACK,
        HAS_SEEN_YOU_WITH_PATIENTS
    }

    static final int MIN_DAYS = org.lorkit.common.WorkingDays.TWO_WEEKS;

    static LetterEligibility of(
            AttendingFacts.Days together, long feedbackCount, boolean hasSeenMePresent, LocalDate today) {
        boolean days = together.soFar() >= MIN_DAYS;
        boolean feedback = feedbackCount >= 1;
        List<Reason> reasons = List.of(
                new Reason(Rule.AT_LEAST_14_DAYS_TOGETHER, days, daysDetail(together, today)),
                new Reason(
                        Rule.AT_LEAST_ONE_FEEDBACK,
                        feedback,
                        feedback
                                ? feedbackCount + " feedback " + (feedbackCount == 1 ? "entry" : "entries")
                                        + " recorded."
                                : "No feedback from them yet: ask for one thing to keep and one to improve."),
                new Reason(
                        Rule.HAS_SEEN_YOU_WITH_PATIENTS,
                        hasSeenMePresent,
                        hasSeenMePresent
                                ? "Has seen you present or work with patients."
                                : "Has not seen you present or work with patients yet."));
        return new LetterEligibility(days && feedback && hasSeenMePresent, reasons);
    }

    /** "7 working days together so far, 15 by the end: two working weeks reached on December 4, 2026." */
    static String daysDetail(AttendingFacts.Days d, LocalDate today) {
        String text = d.soFar() + (d.soFar() == 1 ? " working day" : " working days") + " together so far";
        if (d.byEnd() != d.soFar()) {
            text += ", " + d.byEnd() + " by the end";
        }
        if (d.twoWeeksReachedOn() == null) {
            return text + ": short of two working weeks (" + MIN_DAYS
                    + " working days); add the dates you work together.";
        }
        String on = org.lorkit.common.Texts.day(d.twoWeeksReachedOn());
        return text
                + (d.twoWeeksReachedOn().isAfter(today)
                        ? ": two working weeks reached on " + on + "."
                        : ": two working weeks reached on " + on + ", done.");
    }
}
