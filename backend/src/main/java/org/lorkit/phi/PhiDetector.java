package org.lorkit.phi;

import java.time.Clock;
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

    private final List<Recognizer> recognizers;

    /** @param clock today's year decides whether a birth year implies an age over 89 */
    public PhiDetector(Clock clock) {
        recognizers = List.of(
                new ContactRecognizer(),
                new IdNumberRecognizer(),
                new VehicleDeviceRecognizer(),
                new DateRecognizer(),
                new AgeRecognizer(clock),
                new AddressRecognizer(),
                new NameRecognizer(),
                new PhoneNameRecognizer(),
                new PhoneDateRecognizer(),
                new PhonePlaceRecognizer(),
                new PhoneNumberRecognizer());
    }

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
        for (Recognizer recognizer : recognizers) {
            recognizer.recognize(scan, candidates);
        }
        candidates.removeIf(c -> c.kind() == PhiKind.NAME && namesAColleague(scan, c)
                || c.kind() == PhiKind.DATE && Schedule.isApplicantsOwn(scan.tokens(), c.start())
                || c.kind() == PhiKind.ADDRESS
                        && !hasDigit(text, c.start(), c.end())
                        && Schedule.isApplicantsPlace(scan.tokens(), c.start()));
        return OverlapResolver.resolve(text, candidates);
    }

    private static boolean hasDigit(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Dr. Patel", "dr mitchell", "attending Lee": a clinician is a colleague, not a patient, whether or not
     * the applicant listed them as an attending.
     */
    private static boolean namesAColleague(ScanContext scan, Candidate c) {
        Tokens tokens = scan.tokens();
        int i = tokens.indexAt(c.start());
        if (i < 0) {
            return false;
        }
        Tokens.Tok first = tokens.get(i);
        if (PhoneNameRecognizer.CLINICIAN_CUES.contains(first.base())) {
            return true;
        }
        int b = i - 1;
        while (b >= 0
                && (tokens.get(b).is(".")
                        || tokens.get(b).isWord() && tokens.get(b).base().length() == 1)) {
            b--;
        }
        return b >= 0
                && PhoneNameRecognizer.CLINICIAN_CUES.contains(tokens.get(b).base())
                && !tokens.get(b).possessive();
    }
}
