package org.lorkit.phi;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/**
 * Social security numbers and labelled record numbers: medical record, account, health-plan,
 * beneficiary, licence and certificate numbers. Room and bed numbers carry no such label and are
 * left alone; an unlabelled number is flagged only when it is a long digit run.
 */
final class IdNumberRecognizer implements Recognizer {

    private static final Rx.CharTest WORD_OR_DASH = c -> Rx.WORD.test(c) || c == '-';

    /** The dashed 3-2-4 shape is specific enough on its own. */
    private static final Rx SSN_SHAPE =
            Rx.of("\\d{3}-\\d{2}-\\d{4}", 0, WORD_OR_DASH, "\\w-", WORD_OR_DASH).onlyWhere(Rx.digits(3, 3, "-"));

    /** A full number only: "ssn last 4 is 4411" is not an identifier (the corpus policy, docs/PHI.md). */
    private static final Rx SSN_LABELLED = Rx.of(
            "\\b(?:SSN|SS#|social security(?:[^\\S\\n]+(?:number|no\\.?|#))?)"
                    + "(?:[^\\S\\n]+(?:is|was|ending|ending in|last 4|last four|of))*[^\\S\\n]*[:#]?[^\\S\\n]*"
                    + "(\\d{3}[-\\s]?\\d{2}[-\\s]?\\d{4})",
            Pattern.CASE_INSENSITIVE, null, "\\w-", WORD_OR_DASH);

    private static final String NO = "(?:number|num|no\\.?|nr|#|id)";

    /**
     * Labels of record-like numbers. Words that also occur in ordinary prose ("account", "policy",
     * "licence") only label a value that carries enough digits, which the value check enforces.
     */
    private static final Rx LABEL = Rx.of(
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
                    + "|identifier)",
            Pattern.CASE_INSENSITIVE,
            null,
            "\\w",
            Rx.WORD);

    /** "ID" in capitals only: lower-case "id" is rare and "ID" also means infectious diseases. */
    private static final Rx ID_LABEL = Rx.of("\\bID(?:[^\\S\\n]+(?:number|no\\.?|#))?", 0, null, "\\w", Rx.WORD);

    /** Generic number words label only long digit runs ("no. 12345678", "# 7734510"). */
    private static final Rx GENERIC_LONG = Rx.of(
            "(?:\\b(?:number|num|no\\.?)|#)(?:[^\\S\\n]+(?:is|was))?[^\\S\\n]*[:#]?[^\\S\\n]*(\\d{7,})",
            Pattern.CASE_INSENSITIVE,
            null,
            "\\w-",
            WORD_OR_DASH);

    /** A value token: letters and digits with inner dashes, slashes or dots, then optional space-separated digit groups. */
    private static final Rx VALUE = Rx.of("[A-Za-z0-9]+(?:[-/.][A-Za-z0-9]+)*(?:[^\\S\\n]\\d{3,}\\b)*");

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern NUMBER_WITH_UNIT = Pattern.compile(
            "\\d+(?:\\.\\d+)?(?:mg|mcg|g|kg|ml|l|h|hr|hrs|min|d|wk|wks|mo|y|yr|yrs|am|pm|%)", Pattern.CASE_INSENSITIVE);

    /** Unlabelled digit runs this long are not vitals, labs or doses in a case note. */
    private static final Rx LONG_RUN = Rx.of(
                    "\\d{9,}",
                    0,
                    c -> WORD_OR_DASH.test(c) || c == '.' || c == ',' || c == '/',
                    "\\w,/-",
                    c -> WORD_OR_DASH.test(c) || c == ',' || c == '/')
            .onlyWhere(Rx.digits(9, Integer.MAX_VALUE, null));

    private static final Rx DECIMAL_AFTER = Rx.of("\\.\\d");

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
        scan.matchAt(
                SSN_SHAPE,
                numbers,
                m -> out.add(new Candidate(
                        PhiKind.SSN, m.start(), m.end(), "social security number shape", Candidate.SHAPE)));
        scan.matchAt(
                SSN_LABELLED,
                scan.startsOf(SSN_WORDS),
                m -> out.add(new Candidate(
                        PhiKind.SSN, m.start(1), m.end(1), "number labelled SSN", Candidate.LABELLED + 1)));
        labelled(scan, LABEL, scan.startsOf(LABEL_WORDS), 3, out);
        labelled(scan, ID_LABEL, scan.startsOf(ID_WORDS), 5, out);
        scan.matchAt(
                GENERIC_LONG,
                ScanContext.union(scan.startsOf(NUMBER_WORDS), scan.hashes()),
                m -> out.add(new Candidate(
                        PhiKind.RECORD_NUMBER,
                        m.start(1),
                        m.end(1),
                        "long number labelled as an id",
                        Candidate.LABELLED)));
        scan.matchAt(LONG_RUN, numbers, m -> {
            if (!scan.unitFollows(m.end()) && DECIMAL_AFTER.at(scan.text, m.end()) == null) {
                out.add(new Candidate(PhiKind.RECORD_NUMBER, m.start(), m.end(), "long digit run", Candidate.WEAK));
            }
        });
    }

    private static void labelled(ScanContext scan, Rx label, int[] starts, int minLength, List<Candidate> out) {
        scan.matchAt(label, starts, m -> {
            Rx.Match value = scan.matchAt(VALUE, gapEnd(scan.text, m.end()));
            if (value == null) {
                return;
            }
            String v = value.group();
            // Space-separated digit groups extend a number ("4456 7781"), never a word ("since 2019").
            if (v.indexOf(' ') > 0 && ContactRecognizer.countDigits(v.substring(0, v.indexOf(' '))) == 0) {
                return;
            }
            if (v.length() < minLength
                    || ContactRecognizer.countDigits(v) < 3
                    || YEAR.matches(v)
                    || NUMBER_WITH_UNIT.matches(v)) {
                return;
            }
            String labelText = collapseSpaces(m.group());
            out.add(new Candidate(
                    PhiKind.RECORD_NUMBER,
                    value.start(),
                    value.end(),
                    "number labelled '" + labelText + "'",
                    Candidate.LABELLED));
        });
    }

    /** Gap filler words between a label and its value ("MRN is", "acct #", "policy no."). */
    private static final Set<String> GAP_WORDS = Set.of("is", "was", "of", "for", "on", "no", "number");

    /**
     * End of the gap between a label and its value: spaces, ':', '#', '=', a dash not before a digit, or a
     * filler word, scanned by hand (one pass).
     */
    static int gapEnd(String text, int from) {
        int i = from;
        int n = text.length();
        while (true) {
            int j = i;
            while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00A0')) {
                j++;
            }
            if (j >= n) {
                return j;
            }
            char c = text.charAt(j);
            if (c == ':' || c == '#' || c == '=') {
                i = j + 1;
                continue;
            }
            if (c == '-' && (j + 1 >= n || !Character.isDigit(text.charAt(j + 1)))) {
                i = j + 1;
                continue;
            }
            int k = j;
            while (k < n && Character.isLetter(text.charAt(k)) && k - j < 7) {
                k++;
            }
            String word = text.substring(j, k).toLowerCase(java.util.Locale.ROOT);
            if (k < n && text.charAt(k) == '.' && word.equals("no")) {
                k++;
            } else if (k < n && Character.isLetter(text.charAt(k))) {
                word = "";
            }
            if (!word.isEmpty() && GAP_WORDS.contains(word)) {
                i = k;
                continue;
            }
            return j < n && text.charAt(j) == '#' ? j + 1 : j;
        }
    }

    private static String collapseSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return sb.toString();
    }
}
