package org.lorkit.phi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Finds likely HIPAA Safe Harbor identifiers in a short free-text case note ("story") so the app can
 * warn before the applicant moves on. It is a guard, not a de-identifier: it aims to catch every
 * identifier a student might type while staying quiet on clinical vocabulary, doses, labs and scores.
 *
 * <p>Stateless and thread-safe: all patterns are compiled once and the word lists are immutable, so
 * one instance can serve every request.
 */
public final class PhiDetector {

    private static final List<Recognizer> RECOGNIZERS = List.of(
            new ContactRecognizer(),
            new IdNumberRecognizer(),
            new VehicleDeviceRecognizer(),
            new DateRecognizer(),
            new AgeRecognizer(),
            new AddressRecognizer(),
            new NameRecognizer());

    /** Findings in {@code text}, sorted by start and non-overlapping; no name is treated as allowed. */
    public List<PhiFinding> detect(String text) {
        return detect(text, List.of());
    }

    /**
     * Findings in {@code text}, sorted by start and non-overlapping.
     *
     * @param allowedNames names that are not PHI, typically the applicant's own attendings ("Dr Maria
     *                     Lopez", "Lopez"); a name finding made only of these words is dropped
     */
    public List<PhiFinding> detect(String text, Collection<String> allowedNames) {
        return detectAllowing(text, NameLexicon.allowedTokens(allowedNames));
    }

    /**
     * As above, with the allowed names already reduced to their tokens ({@link NameLexicon#allowedTokens}):
     * a list of stories reduces them once, not once per text.
     */
    List<PhiFinding> detectAllowing(String text, Set<String> allowedTokens) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        ScanContext scan = new ScanContext(text, allowedTokens);
        List<Candidate> candidates = new ArrayList<>();
        for (Recognizer recognizer : RECOGNIZERS) {
            recognizer.recognize(scan, candidates);
        }
        return OverlapResolver.resolve(text, candidates);
    }
}
