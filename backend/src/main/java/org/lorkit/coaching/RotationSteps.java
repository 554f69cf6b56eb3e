package org.lorkit.coaching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.lorkit.common.WorkingDays;

/**
 * The days of a rotation's five plan steps (expectations, formative feedback, stories, soft signal,
 * summative feedback). A rotation of four weeks or more keeps the month template (s+6, s+13, s+23, s+25,
 * s+29, never after its end); a shorter one gets the same steps spread proportionally over its own
 * working days, one step per day while it has at least five of them: a 2-week observership does not get
 * four steps on its last day.
 */
final class RotationSteps {

    /** The month template: days after the start, for a 4-week rotation (28 days, start + 27 = the end). */
    static final int[] TEMPLATE = {6, 13, 23, 25, 29};

    static final int MONTH_SPAN = 27;

    private RotationSteps() {}

    /** Shorter than four weeks: the steps are scaled. */
    static boolean scaled(LocalDate start, LocalDate end) {
        return ChronoUnit.DAYS.between(start, end) < MONTH_SPAN;
    }

    static List<LocalDate> days(LocalDate start, LocalDate end) {
        List<LocalDate> result = new ArrayList<>();
        if (!scaled(start, end)) {
            for (int offset : TEMPLATE) {
                LocalDate day = start.plusDays(offset);
                result.add(day.isAfter(end) ? end : day);
            }
            return result;
        }
        List<LocalDate> slots = WorkingDays.days(List.of(new WorkingDays.Range(start, end)));
        if (slots.isEmpty()) {
            // A weekend-only rotation: its calendar days are all there is.
            slots = start.datesUntil(end.plusDays(1)).toList();
        }
        int last = slots.size() - 1;
        int[] at = new int[TEMPLATE.length];
        for (int i = 0; i < TEMPLATE.length; i++) {
            at[i] = (int) Math.round((double) TEMPLATE[i] / TEMPLATE[TEMPLATE.length - 1] * last);
        }
        // One step a day where the days allow: the summative on the last day, each earlier step before the next...
        at[at.length - 1] = last;
        for (int i = at.length - 2; i >= 0; i--) {
            at[i] = Math.max(0, Math.min(at[i], at[i + 1] - 1));
        }
        // ...and never before the step before it (only a rotation of fewer than five days shares days).
        for (int i = 1; i < at.length; i++) {
            at[i] = Math.min(last, Math.max(at[i], at[i - 1] + 1));
        }
        for (int i : at) {
            result.add(slots.get(i));
        }
        return result;
    }
}
