package org.lorkit.phi;

import java.util.List;

/**
 * One family of identifiers (dates, contact details, names...). Implementations are stateless and
 * hold only precompiled patterns and immutable lexicons, so one instance serves all threads.
 */
interface Recognizer {

    /** Appends every candidate found in {@code scan} to {@code out}; overlaps are resolved later. */
    void recognize(ScanContext scan, List<Candidate> out);
}
