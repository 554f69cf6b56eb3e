package org.lorkit.attending;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LetterEligibility", description = "Derived: whether this attending can be marked as a potential letter writer. "
        + "Eligible when all three rules are met: at least 14 days worked together, at least one feedback, "
        + "and they have seen you present or interact with patients.")
public record LetterEligibility(
        @Schema(description = "All rules met.", examples = "true") boolean eligible,
        @Schema(description = "Each rule, met or not, always in the same order.") List<Reason> reasons) {

    @Schema(name = "EligibilityReason")
    public record Reason(
            @Schema(examples = "AT_LEAST_14_DAYS_TOGETHER") Rule rule,
            @Schema(examples = "true") boolean met,
            @Schema(description = "The rule applied to this attending, in plain words.",
                    examples = "21 days worked together (14 needed).") String detail) {
    }

    @Schema(name = "EligibilityRule", description = "AT_LEAST_14_DAYS_TOGETHER: days worked together (union of the rotation dates) ≥ 14; "
            + "AT_LEAST_ONE_FEEDBACK: at least one feedback recorded from them; "
            + "HAS_SEEN_YOU_WITH_PATIENTS: hasSeenMePresent is true.")
    public enum Rule {
        AT_LEAST_14_DAYS_TOGETHER, AT_LEAST_ONE_FEEDBACK, HAS_SEEN_YOU_WITH_PATIENTS
    }

    static final int MIN_DAYS = 14;

    static LetterEligibility of(long daysTogether, long feedbackCount, boolean hasSeenMePresent) {
        boolean days = daysTogether >= MIN_DAYS;
        boolean feedback = feedbackCount >= 1;
        List<Reason> reasons = List.of(
                new Reason(Rule.AT_LEAST_14_DAYS_TOGETHER, days,
                        daysTogether + (daysTogether == 1 ? " day" : " days") + " worked together (" + MIN_DAYS + " needed)."),
                new Reason(Rule.AT_LEAST_ONE_FEEDBACK, feedback, feedback
                        ? feedbackCount + " feedback " + (feedbackCount == 1 ? "entry" : "entries") + " recorded."
                        : "No feedback from them yet: ask for one thing to keep and one to improve."),
                new Reason(Rule.HAS_SEEN_YOU_WITH_PATIENTS, hasSeenMePresent, hasSeenMePresent
                        ? "Has seen you present or work with patients."
                        : "Has not seen you present or work with patients yet."));
        return new LetterEligibility(days && feedback && hasSeenMePresent, reasons);
    }
}
