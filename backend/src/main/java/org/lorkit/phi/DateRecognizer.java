package org.lorkit.phi;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/**
 * Dates more precise than a year. Full dates are flagged on their own; partial ones ("3/14",
 * "March 2025") only when a birth, admission, discharge, death or visit word ties them to the
 * patient, because bare "5/10" is far more often a dose, a score or a fraction.
 */
final class DateRecognizer implements Recognizer {

    /** Capitalised month names and abbreviations, plus lower-case full names except "may" and "march". */
    static final String MONTH = "(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?"
            + "|january|february|april|june|july|august|september|october|november|december)";

    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?:(?:19|20)\\d{2}|'\\d{2})";

    /** "March 14", "March 14, 2025", "Sept 9th". */
    private static final Rx MONTH_DAY = Rx.of("\\b" + MONTH + "[^\\S\\n]+" + DAY + "(?:,?[^\\S\\n]+" + YEAR + ")?");

    /** "14 March 2025", "14th of March", "3 Dec". */
    private static final Rx DAY_MONTH = Rx.of(
                    DAY + "(?:[^\\S\\n]+of)?[^\\S\\n]+" + MONTH + "(?:,?[^\\S\\n]+" + YEAR + ")?",
                    0,
                    c -> Rx.WORD.test(c) || c == '.' || c == '/' || c == '-',
                    "A-Za-z",
                    Rx.LETTER)
            .onlyWhere(Rx.digits(1, 2, " \tsnrtSNRT"));

    /** "3/14/2025", "14.03.2025", "3-14-25": validated below so that "8/9/10" Apgars are not taken. */
    private static final Rx NUMERIC = Rx.of(
                    "(\\d{1,2})(?:(/)(\\d{1,2})/|(\\.)(\\d{1,2})\\.|(-)(\\d{1,2})-)(\\d{4}|\\d{2})",
                    0,
                    c -> Rx.WORD.test(c) || "/.:-".indexOf(c) >= 0,
                    "\\w/:-",
                    c -> Rx.WORD.test(c) || "/:-".indexOf(c) >= 0)
            .onlyWhere(Rx.digits(1, 2, "/.-"));
    /** After a date: ".5" or ",5" makes it a list of values. */
    private static final Rx DECIMAL_AFTER = Rx.of("[.,]\\d");

    /** "2025-03-14", "2025/03/14". */
    private static final Rx ISO = Rx.of(
                    "(?:19|20)\\d{2}(?:-(?:0?[1-9]|1[0-2])-|/(?:0?[1-9]|1[0-2])/|\\.(?:0?[1-9]|1[0-2])\\.)(?:0?[1-9]|[12]\\d|3[01])",
                    0,
                    c -> Rx.WORD.test(c) || "/.:-".indexOf(c) >= 0,
                    "\\w/:-",
                    c -> Rx.WORD.test(c) || "/:-".indexOf(c) >= 0)
            .onlyWhere(Rx.digits(4, 4, "/.-"));

    /** Words that tie a following partial date to the patient. */
    private static final Rx TIE = Rx.of(
            "\\b(?:DOB|D\\.O\\.B\\.?|date of birth|birth ?date|birthday|born|admit(?:ted)?|admission(?: date)?|adm"
                    + "|discharged?|discharge date|died|death|date of death|DOD|deceased|expired|passed away|DOA|DOS"
                    + "|date of service|seen|visit(?:ed)?|transferred|operated|surgery|procedure|follow[- ]?up|appt"
                    + "|appointment|since|until|dated)\\b[:.]?"
                    + "(?:[^\\S\\n]+(?:on|in|at|of|was|is|date|home|to|here|back|again))*[^\\S\\n]*[:-]?[^\\S\\n]*",
            Pattern.CASE_INSENSITIVE);

    /** A month/day pair without a year, or a month with a year, right after a tie word. */
    private static final Rx PARTIAL = Rx.of("(?:(\\d{1,2})/(\\d{1,2})(?:[^\\d/.]|\\.[^\\d]|\\.?$)|" + MONTH
            + "[^\\S\\n]+(?:19|20)\\d{2}\\b" + "|" + MONTH + "[^\\S\\n]+" + DAY + "\\b)");

    /** Sequences that look like dates but are scores ("Apgars 8/9/10") or pressures. */
    private static final Rx NOT_A_DATE_BEFORE = Rx.of(
            "(?i)\\b(?:apgars?|bp|blood pressure|strength|ratio|score|scores|pupils?|grade)[^\\S\\n]*[:=]?[^\\S\\n]*$");

    private static final Set<String> MONTH_WORDS = ScanContext.words(
            "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct"
                    + " october nov november dec december");
    private static final Set<String> TIE_WORDS = ScanContext.words(
            "dob d date birth birthdate birthday born admit admitted admission adm discharge discharged died death dod"
                    + " deceased expired passed doa dos seen visit visited transferred operated surgery procedure follow"
                    + " followup appt appointment since until dated");

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        int[] numbers = scan.numberStarts();
        scan.matchAt(MONTH_DAY, scan.startsOf(MONTH_WORDS), m -> {
            if (endsCleanly(scan.text, m.end())) {
                out.add(new Candidate(
                        PhiKind.DATE, m.start(), m.end(), reason(scan, m.start(), "month and day"), Candidate.SHAPE));
            }
        });
        scan.matchAt(
                DAY_MONTH,
                numbers,
                m -> out.add(new Candidate(
                        PhiKind.DATE, m.start(), m.end(), reason(scan, m.start(), "day and month"), Candidate.SHAPE)));
        scan.matchAt(NUMERIC, numbers, m -> {
            if (plausibleNumeric(m)
                    && !scan.unitFollows(m.end())
                    && DECIMAL_AFTER.at(scan.text, m.end()) == null
                    && !NOT_A_DATE_BEFORE.foundIn(scan.before(m.start(), 24))) {
                out.add(new Candidate(
                        PhiKind.DATE, m.start(), m.end(), reason(scan, m.start(), "full date"), Candidate.SHAPE));
            }
        });
        scan.matchAt(ISO, numbers, m -> {
            if (DECIMAL_AFTER.at(scan.text, m.end()) == null) {
                out.add(new Candidate(
                        PhiKind.DATE, m.start(), m.end(), reason(scan, m.start(), "full date"), Candidate.SHAPE));
            }
        });
        scan.matchAt(TIE, scan.startsOf(TIE_WORDS), tie -> {
            Rx.Match partial = scan.matchAt(PARTIAL, tie.end());
            if (partial == null) {
                return;
            }
            if (partial.group(1) != null && !plausibleMonthDay(partial.group(1), partial.group(2))) {
                return;
            }
            if (scan.unitFollows(partial.group(1) != null ? partial.end(2) : partial.end())) {
                return;
            }
            int end = partial.group(1) != null ? partial.end(2) : partial.end();
            out.add(new Candidate(
                    PhiKind.DATE,
                    partial.start(),
                    end,
                    "date tied to '" + tie.group().trim() + "'",
                    Candidate.LABELLED));
        });
    }

    /** Not followed by a letter, a digit, or a mark and a digit ("March 14:30", "Dec 3.5"). */
    private static boolean endsCleanly(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char c = text.charAt(end);
        if (Character.isLetterOrDigit(c)) {
            return false;
        }
        return !((c == '_' || c == ':' || c == '/' || c == '.')
                && end + 1 < text.length()
                && ContactRecognizer.isAsciiDigit(text.charAt(end + 1)));
    }

    /** Either month/day or day/month order must be a real calendar position. */
    private static boolean plausibleNumeric(Rx.Match m) {
        int g = m.group(2) != null ? 2 : m.group(4) != null ? 4 : 6;
        String sep = m.group(g);
        String a = m.group(1);
        String b = m.group(g + 1);
        String year = m.group(8);
        // "1.5.10" reads as a version or a list of values; dotted dates are written with two-digit parts.
        if (sep.equals(".") && (a.length() != 2 || b.length() != 2)) {
            return false;
        }
        if (year.length() == 2 && sep.equals("-") && a.length() == 1 && b.length() == 1) {
            return false;
        }
        return plausibleMonthDay(a, b) || plausibleMonthDay(b, a);
    }

    private static boolean plausibleMonthDay(String month, String day) {
        int mo = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        return mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
    }

    /** Mentions the tie word when one sits just before the date (the applicant sees why it matters). */
    private static String reason(ScanContext scan, int start, String what) {
        String before = scan.before(start, 30).toLowerCase(java.util.Locale.ROOT);
        if (before.contains("dob") || before.contains("birth") || before.contains("born")) {
            return what + " (date of birth)";
        }
        if (before.contains("admi")) {
            return what + " (admission date)";
        }
        if (before.contains("discharg")) {
            return what + " (discharge date)";
        }
        if (before.contains("death") || before.contains("died")) {
            return what + " (date of death)";
        }
        return what;
    }
}
