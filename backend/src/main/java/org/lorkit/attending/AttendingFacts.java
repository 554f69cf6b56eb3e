package org.lorkit.attending;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The pure rules behind an attending's derived facts, kept apart from queries so they read like the product spec. */
final class AttendingFacts {

    private AttendingFacts() {}

    /** Working days together so far, by the end, and the day the two-week mark is reached. */
    record Days(long soFar, long byEnd, LocalDate twoWeeksReachedOn) {}

    /**
     * Working days (Monday to Friday) together: the union of the link date ranges, both ends included.
     * "So far" counts up to today, since planned days have not been worked yet.
     */
    static Days workingDays(java.util.Collection<RotationLink> links, LocalDate today) {
        List<LocalDate> days = org.lorkit.common.WorkingDays.days(links.stream()
                .map(l -> new org.lorkit.common.WorkingDays.Range(l.fromOn, l.toOn))
                .toList());
        long soFar = days.stream().filter(d -> !d.isAfter(today)).count();
        return new Days(
                soFar, days.size(), org.lorkit.common.WorkingDays.nth(days, org.lorkit.common.WorkingDays.TWO_WEEKS));
    }

    /**
     * The order of GET /attendings?sort=rank, best writer first: letter-eligible first, then
     * priority tier (HIGHEST → LOW), then same specialty as the target, then enthusiasm of the latest
     * summative feedback (enthusiastic with specifics, positive, none yet, vague, lukewarm), then more
     * days worked together, then name and id.
     */
    static final Comparator<AttendingDto> RANK = Comparator.comparing(
                    (AttendingDto a) -> !a.letterEligible().eligible())
            .thenComparing(a -> a.priorityTier().tier())
            .thenComparing(a -> !Boolean.TRUE.equals(a.sameSpecialty()))
            .thenComparingInt(a -> Enthusiasm.rank(a.enthusiasm()))
            .thenComparing(
                    Comparator.comparingLong(AttendingDto::daysWorkedTogether).reversed())
            .thenComparing(a -> a.name().toLowerCase())
            .thenComparing(AttendingDto::id);
}
