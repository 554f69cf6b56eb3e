package org.lorkit.phi;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Social security numbers and labelled record numbers: medical record, account, health-plan,
 * beneficiary, licence and certificate numbers. Room and bed numbers carry no such label and are
 * left alone; an unlabelled number is flagged only when it is a long digit run.
 */
final class IdNumberRecognizer implements Recognizer {

    /** The dashed 3-2-4 shape is specific enough on its own. */
    private static final Pattern SSN_SHAPE = Pattern.compile("(?<![\\w-])\\d{3}-\\d{2}-\\d{4}(?![\\w-])");

    private static final Pattern SSN_LABELLED = Pattern.compile(
            "\\b(?:SSN|SS#|social security(?:[^\\S\\n]+(?:number|no\\.?|#))?)"
                    + "(?:[^\\S\\n]+(?:is|was|ending|ending in|last 4|last four|of))*[^\\S\\n]*[:#]?[^\\S\\n]*"
                    + "(\\d{3}[-\\s]?\\d{2}[-\\s]?\\d{4}|\\d{4})(?![\\w-])",
            Pattern.CASE_INSENSITIVE);

    private static final String NO = "(?:number|num|no\\.?|nr|#|id)";

    /**
     * Labels of record-like numbers. Words that also occur in ordinary prose ("account", "policy",
     * "licence") only label a value that carries enough digits, which the value check enforces.
     */
    private static final Pattern LABEL = Pattern.compile(
            "\\b(?:MRN|MR#|MR[^\\S\\n]?no\\.?|medical[^\\S\\n]+record(?:[^\\S\\n]+" + NO + ")?"
                    + "|(?:chart|record|encounter|visit|case|claim|accession|specimen|patient|pt\\.?|member|subscriber"
                    + "|insurance|group|plan)[^\\S\\n]+" + NO
                    + "|acct\\.?|account(?:[^\\S\\n]+" + NO + ")?|a/c"
                    + "|health[^\\S\\n]+plan(?:[^\\S\\n]+" + NO + ")?|policy(?:[^\\S\\n]+" + NO + ")?"
                    + "|(?:medicare|medicaid)(?:[^\\S\\n]+(?:beneficiary[^\\S\\n]+)?" + NO + ")?"
                    + "|beneficiary(?:[^\\S\\n]+" + NO + ")?|HICN|MBI"
                    + "|(?:driver'?s[^\\S\\n]+)?licen[cs]e(?:[^\\S\\n]+" + NO + ")?"
                    + "|certificate(?:[^\\S\\n]+" + NO + ")?|cert\\.?[^\\S\\n]*" + NO
                    + "|passport(?:[^\\S\\n]+" + NO + ")?|DEA(?:[^\\S\\n]+" + NO + ")?|NPI|FIN|CSN|HAR|EMPI"
                    + "|identifier)"
                    + "(?![\\w])",
            Pattern.CASE_INSENSITIVE);

    /** "ID" in capitals only: lower-case "id" is rare and "ID" also means infectious diseases. */
    private static final Pattern ID_LABEL = Pattern.compile("\\bID(?:[^\\S\\n]+(?:number|no\\.?|#))?(?!\\w)");

    /** Generic number words label only long digit runs ("no. 12345678", "# 7734510"). */
    private static final Pattern GENERIC_LONG = Pattern.compile(
            "(?:\\b(?:number|num|no\\.?)|#)(?:[^\\S\\n]+(?:is|was))?[^\\S\\n]*[:#]?[^\\S\\n]*(\\d{7,})(?![\\w-])", Pattern.CASE_INSENSITIVE);

    /** Between the label and the value: punctuation or a few filler words ("MRN is", "acct #", "policy no."). */
    private static final Pattern GAP = Pattern.compile(
            "(?:[^\\S\\n]*(?:[:#=]|-(?!\\d)|is|was|of|for|on|no\\.?|number)(?![A-Za-z]))*[^\\S\\n]*#?");

    /** A value token: letters, digits and inner dashes/slashes/dots, then optional space-separated digit groups. */
    private static final Pattern VALUE = Pattern.compile(
            "[A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9]))*(?:[^\\S\\n]\\d{3,}(?![A-Za-z]))*");

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "\\d+(?:\\.\\d+)?(?:mg|mcg|g|kg|ml|l|h|hr|hrs|min|d|wk|wks|mo|y|yr|yrs|am|pm|%)", Pattern.CASE_INSENSITIVE);

    /** Unlabelled digit runs this long are not vitals, labs or doses in a case note. */
    private static final Pattern LONG_RUN = Pattern.compile("(?<![\\w.,/-])\\d{9,}(?![\\w,/-]|\\.\\d)");

    private static final Set<String> SSN_WORDS = ScanContext.words("ssn ss social");
    /** First words of every LABEL alternative (the index finds where a label can start). */
    private static final Set<String> LABEL_WORDS = ScanContext.words(
            "mrn mr medical chart record encounter visit case claim accession specimen patient pt member subscriber"
                    + " insurance group plan acct account a health policy medicare medicaid beneficiary hicn mbi driver's"
                    + " drivers driver’s licence license certificate cert passport dea npi fin csn har empi identifier");
    private static final Set<String> ID_WORDS = ScanContext.words("id");
    private static final Set<String> NUMBER_WORDS = ScanContext.words("number num no");

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        int[] numbers = scan.numberStarts();
        scan.matchAt(SSN_SHAPE, numbers, m ->
                out.add(new Candidate(PhiKind.SSN, m.start(), m.end(), "social security number shape", Candidate.SHAPE)));
        scan.matchAt(SSN_LABELLED, scan.startsOf(SSN_WORDS), m ->
                out.add(new Candidate(PhiKind.SSN, m.start(1), m.end(1), "number labelled SSN", Candidate.LABELLED + 1)));
        labelled(scan, LABEL, scan.startsOf(LABEL_WORDS), 3, out);
        labelled(scan, ID_LABEL, scan.startsOf(ID_WORDS), 5, out);
        scan.matchAt(GENERIC_LONG, ScanContext.union(scan.startsOf(NUMBER_WORDS), scan.hashes()), m ->
                out.add(new Candidate(PhiKind.RECORD_NUMBER, m.start(1), m.end(1), "long number labelled as an id",
                        Candidate.LABELLED)));
        scan.matchAt(LONG_RUN, numbers, m -> {
            if (!scan.unitFollows(m.end())) {
                out.add(new Candidate(PhiKind.RECORD_NUMBER, m.start(), m.end(), "long digit run", Candidate.WEAK));
            }
        });
    }

    private static void labelled(ScanContext scan, Pattern label, int[] starts, int minLength, List<Candidate> out) {
        scan.matchAt(label, starts, m -> {
            Matcher gap = scan.matchAt(GAP, m.end());
            Matcher value = gap == null ? null : scan.matchAt(VALUE, gap.end());
            if (value == null) {
                return;
            }
            String v = value.group();
            // Space-separated digit groups extend a number ("4456 7781"), never a word ("since 2019").
            if (v.indexOf(' ') > 0 && ContactRecognizer.countDigits(v.substring(0, v.indexOf(' '))) == 0) {
                return;
            }
            if (v.length() < minLength || ContactRecognizer.countDigits(v) < 3
                    || YEAR.matcher(v).matches() || NUMBER_WITH_UNIT.matcher(v).matches()) {
                return;
            }
            String labelText = m.group().replaceAll("\\s+", " ");
            out.add(new Candidate(PhiKind.RECORD_NUMBER, value.start(), value.end(),
                    "number labelled '" + labelText + "'", Candidate.LABELLED));
        });
    }
}
