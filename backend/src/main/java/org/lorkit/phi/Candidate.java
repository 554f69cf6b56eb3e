package org.lorkit.phi;

/**
 * A raw hit from one recogniser, before overlaps are resolved.
 *
 * @param strength how much evidence backs the hit: an explicit label ("MRN", "DOB", "fax") beats a
 *                 bare shape, so a labelled record number wins over a phone-shaped digit run.
 */
record Candidate(PhiKind kind, int start, int end, String reason, int strength) {

    /** Backed by an explicit label or keyword next to the value. */
    static final int LABELLED = 3;
    /** A shape that is specific on its own (e-mail, SSN, full date...). */
    static final int SHAPE = 2;
    /** A weaker heuristic (a capitalised word after "patient", a long bare digit run...). */
    static final int WEAK = 1;

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }
}
