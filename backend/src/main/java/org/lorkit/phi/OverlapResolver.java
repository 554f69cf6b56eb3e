package org.lorkit.phi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns raw candidates into sorted, non-overlapping findings. Overlapping hits of one kind merge into
 * their union (e.g. "Mr. O'Brien" and "O'Brien's"); between kinds the better-supported hit wins, then
 * the more specific kind (an e-mail beats the web address inside it), then the longer span.
 */
final class OverlapResolver {

    private static final Map<PhiKind, Integer> SPECIFICITY = new EnumMap<>(PhiKind.class);

    static {
        PhiKind[] mostSpecificFirst = {
            PhiKind.EMAIL,
            PhiKind.URL,
            PhiKind.IP_ADDRESS,
            PhiKind.SSN,
            PhiKind.VEHICLE_ID,
            PhiKind.DEVICE_ID,
            PhiKind.FAX,
            PhiKind.RECORD_NUMBER,
            PhiKind.PHONE,
            PhiKind.DATE,
            PhiKind.AGE_OVER_89,
            PhiKind.ZIP_CODE,
            PhiKind.ADDRESS,
            PhiKind.NAME
        };
        for (int i = 0; i < mostSpecificFirst.length; i++) {
            SPECIFICITY.put(mostSpecificFirst[i], mostSpecificFirst.length - i);
        }
    }

    private static final Comparator<Candidate> BY_POSITION = Comparator.comparingInt(Candidate::start)
            .thenComparing(Comparator.comparingInt(Candidate::end).reversed());

    private OverlapResolver() {}

    static List<PhiFinding> resolve(String text, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(BY_POSITION);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.start() >= c.end()) {
                continue;
            }
            if (kept.isEmpty()) {
                kept.add(c);
                continue;
            }
            Candidate last = kept.get(kept.size() - 1);
            if (!last.overlaps(c)) {
                kept.add(c);
            } else if (last.kind() == c.kind()) {
                kept.set(kept.size() - 1, merge(last, c));
            } else if (beats(c, last)) {
                // Everything kept before "last" ends before last.start <= c.start, so c overlaps nothing else.
                kept.set(kept.size() - 1, c);
            }
        }
        List<PhiFinding> findings = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            findings.add(new PhiFinding(c.kind(), c.start(), c.end(), text.substring(c.start(), c.end()), c.reason()));
        }
        return List.copyOf(findings);
    }

    private static Candidate merge(Candidate a, Candidate b) {
        Candidate lead = a.strength() >= b.strength() ? a : b;
        return new Candidate(
                a.kind(),
                Math.min(a.start(), b.start()),
                Math.max(a.end(), b.end()),
                lead.reason(),
                Math.max(a.strength(), b.strength()));
    }

    private static boolean beats(Candidate c, Candidate other) {
        if (c.strength() != other.strength()) {
            return c.strength() > other.strength();
        }
        int sc = SPECIFICITY.get(c.kind());
        int so = SPECIFICITY.get(other.kind());
        if (sc != so) {
            return sc > so;
        }
        return c.length() > other.length();
    }
}
