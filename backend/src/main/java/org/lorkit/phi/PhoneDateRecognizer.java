package org.lorkit.phi;

import java.util.List;
import java.util.Set;
import org.lorkit.phi.Tokens.Tok;

/**
 * Dates in the shapes typed on a phone: "11/29", "12/3", "4.10.2023", "jan 5th", "the 2nd of may",
 * "on the 21st", lower-case month names. A month/day pair is flagged unless its neighbours make it a
 * score, a pressure, a dose or a fraction ("pain 7/10", "2/6 murmur", "BP 168/96", "5/5 strength").
 */
final class PhoneDateRecognizer implements Recognizer {

    static final Set<String> MONTHS = ScanContext.words(
            "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct"
                    + " october nov november dec december");
    static final Set<String> WEEKDAYS = ScanContext.words(
            "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun");
    /** Month words that are also ordinary words: a date only with a day number right next to them. */
    private static final Set<String> WORD_MONTHS = ScanContext.words("may mar march jun jan");
    /** Words before a number pair that make it a measurement or a score, not a date. */
    private static final Set<String> SCORE_BEFORE = ScanContext.words(
            "bipap cpap vent abg vbg bp bps sbp dbp pressure pressures pain apgar apgars gcs strength power murmur grade ratio score scores"
                    + " scale vision va acuity pupils reflexes dtr dtrs motor sensory rom fhr fhts g p gp rr hr"
                    + " cmt peep vent settings ie i:e x dose doses tab tabs split out rated approx ~");
    /** Words after a number pair that make it a measurement ("2/6 murmur", "5/5 strength", "7/10 pain"). */
    private static final Set<String> MEASURE_AFTER = ScanContext.words(
            "murmur systolic diastolic holosystolic sem strength power pain mmhg mm mg mcg ml tab tabs tablet tablets"
                    + " of scale score ratio units u iu puffs doses dose days nights weeks wks times x ppd nodes"
                    + " cores sessions vessels criteria positive negative pos neg reflexes pulses bilaterally bilat"
                    + " care on over with ns nss lr d5 d5w saline");

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        Tokens tokens = scan.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (t.isNumber()) {
                int end = numericDate(scan, tokens, i, out);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            if (t.isWord() && MONTHS.contains(t.lower())) {
                monthFirst(tokens, i, out);
            }
            if (isOrdinal(t) && tokens.get(i - 1) != null && tokens.get(i - 1).is("the")) {
                ordinalDay(tokens, i, out);
            } else if (isOrdinal(t)
                    && isDayLike(t)
                    && tokens.get(i - 1) != null
                    && tokens.get(i - 1).is("on")
                    && strongDateCueBefore(tokens, i)) {
                out.add(new Candidate(
                        PhiKind.DATE, t.start(), t.end(), "day of the month after a date word", Candidate.SHAPE));
            }
            if ((t.isNumber() || isOrdinal(t) || ORDINAL_WORDS.contains(t.lower())) && isDayLike(t)) {
                dayFirst(tokens, i, out);
            }
        }
    }

    /** "11/29", "12/3", "23/10/2025", "4.10.2023", "3-14-25": returns the index of the last token used, or -1. */
    private int numericDate(ScanContext scan, Tokens tokens, int i, List<Candidate> out) {
        Tok a = tokens.get(i);
        Tok sep = tokens.get(i + 1);
        Tok b = tokens.get(i + 2);
        if (sep == null
                || b == null
                || !b.isNumber()
                || !tokens.touching(i)
                || !tokens.touching(i + 1)
                || !(sep.is("/") || sep.is(".") || sep.is("-"))
                || a.text().length() > 2
                || b.text().length() > 2) {
            return -1;
        }
        Tok before = tokens.get(i - 1);
        if (before != null && tokens.touching(i - 1) && !before.is("(") && !before.is(",")) {
            return -1; // "g2/p1", "1.2/3", "x/10"
        }
        Tok sep2 = tokens.get(i + 3);
        Tok c = tokens.get(i + 4);
        boolean hasYear = sep2 != null
                && c != null
                && sep2.is(sep.text())
                && c.isNumber()
                && tokens.touching(i + 2)
                && tokens.touching(i + 3)
                && (c.text().length() == 2 || c.text().length() == 4);
        int m = Integer.parseInt(a.text());
        int d = Integer.parseInt(b.text());
        boolean calendar = m >= 1 && m <= 12 && d >= 1 && d <= 31 || d >= 1 && d <= 12 && m >= 1 && m <= 31;
        if (!calendar) {
            return -1;
        }
        if (hasYear) {
            Tok after = tokens.get(i + 5);
            if (after != null
                    && tokens.touching(i + 4)
                    && (after.is("/")
                            || after.is(".")
                                    && tokens.get(i + 6) != null
                                    && tokens.get(i + 6).isNumber()
                                    && tokens.touching(i + 5))) {
                return -1; // "8/9/10/11", "1.2.3.4"
            }
            if (sep.is(".")
                    && c.text().length() == 4
                    && (c.text().startsWith("19") || c.text().startsWith("20"))) {
                out.add(new Candidate(PhiKind.DATE, a.start(), c.end(), "full date", Candidate.SHAPE));
                return i + 4;
            }
            if (c.text().length() == 2
                    && !sep.is("/")
                    && m <= 12
                    && (dateCueBefore(tokens, i) || strongDateCueBefore(tokens, i) || d >= 13 && d <= 31)) {
                // "dob 7-9-44", "bday 7-4-24", "born 4.27.90": a two-digit year after dashes or dots
                out.add(new Candidate(
                        PhiKind.DATE, a.start(), c.end(), "full date with a two-digit year", Candidate.SHAPE));
                return i + 4;
            }
            return -1; // other full dates are DateRecognizer's
        }
        if (!sep.is("/")) {
            // "3-4" is a range and "1.5" a decimal, unless a word that only dates take comes first
            // ("started 10-12", "came in on 12.3", "bday 5-13") and no unit follows.
            Tok unit = tokens.get(i + 3);
            boolean unitAfter = unit != null && (unit.isWord() && UNITS_AFTER.contains(unit.lower()) || unit.is("%"));
            if (!strongDateCueBefore(tokens, i) || unitAfter || hasYear || m > 12 && d > 12) {
                return -1;
            }
            out.add(new Candidate(
                    PhiKind.DATE, a.start(), b.end(), "month and day after a date word", Candidate.SHAPE));
            return i + 2;
        }
        Tok after = tokens.get(i + 3);
        if (after != null
                && tokens.touching(i + 2)
                && (after.is(".") || after.is(","))
                && tokens.get(i + 4) != null
                && tokens.get(i + 4).isNumber()
                && tokens.touching(i + 3)) {
            return -1; // "10/12.5 mg"
        }
        if (after != null
                && tokens.touching(i + 2)
                && !after.is(",")
                && !after.is(".")
                && !after.is(")")
                && !after.is(";")) {
            return -1; // "5/10mg", "1/2tab"
        }
        if (before != null && SCORE_BEFORE.contains(before.lower())) {
            return -1;
        }
        Tok before2 = tokens.get(i - 2);
        if (before != null && before.is(":") && before2 != null && SCORE_BEFORE.contains(before2.lower())) {
            return -1;
        }
        if (after != null && (MEASURE_AFTER.contains(after.lower()) || after.is("%"))) {
            return -1;
        }
        if (a.text().equals("24") && b.text().equals("7")) {
            return -1; // "24/7"
        }
        // A fraction of ten or of a small whole ("7/10", "3/4") reads as a score unless a date word precedes it.
        boolean fractionLike = d == 10 && m <= 10 || d <= 5 && m <= d;
        if (fractionLike && !dateCueBefore(tokens, i)) {
            return -1;
        }
        out.add(new Candidate(PhiKind.DATE, a.start(), b.end(), "month and day", Candidate.SHAPE));
        return i + 2;
    }

    private static final Set<String> DATE_CUES = ScanContext.words(
            "on in since from until til till by dob born admitted admit adm came seen visit discharged dc d/c"
                    + " died passed surgery appt appointment date dated last next started stopped back bday birthday");

    /** Words after which a dashed or dotted pair of small numbers is a date, not a range or a decimal. */
    private static final Set<String> STRONG_DATE_CUES = ScanContext.words(
            "dob born admitted admit adm seen discharged dc d/c died surgery appt appointment dated started bday"
                    + " birthday fell delivered intubated extubated expired presented arrived diagnosed readmitted"
                    + " transferred injured dod lmp edd admission delivery visit procedure");

    private static final Set<String> UNITS_AFTER = ScanContext.words(
            "mg mcg g gm l ml u units lpm nc hr hrs h d days wk wks weeks mo months yrs x cm mm kg lb lbs times");

    /** "started 10-12", "came in on 12.3": a date-only word right before, or before "on". */
    private static boolean strongDateCueBefore(Tokens tokens, int i) {
        for (int k = i - 1; k >= i - 3 && k >= 0; k--) {
            Tok w = tokens.get(k);
            if (STRONG_DATE_CUES.contains(w.lower()) || w.is("came") && k < i - 1) {
                return true;
            }
            if (!(w.is("on") || w.is("in") || w.is("date") || w.is(":"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean dateCueBefore(Tokens tokens, int i) {
        Tok before = tokens.get(i - 1);
        return before != null && DATE_CUES.contains(before.lower());
    }

    /** "jan 5th", "december 3", "sept 9, 2025", "may 3": a month word with a day number after it. */
    private void monthFirst(Tokens tokens, int i, List<Candidate> out) {
        Tok month = tokens.get(i);
        int j = i + 1;
        if (tokens.get(j) != null && tokens.get(j).is(".") && tokens.touching(i)) {
            j++;
        }
        Tok day = tokens.get(j);
        if (day == null || !tokens.joined(j - 1)) {
            return;
        }
        if (!isDay(day)) {
            // "december third", "jan first"; not "may first" or "march second" (a verb before a word)
            if (ORDINAL_WORDS.contains(day.lower()) && !WORD_MONTHS.contains(month.lower())) {
                out.add(new Candidate(PhiKind.DATE, month.start(), day.end(), "month and day", Candidate.SHAPE));
            }
            return;
        }
        Tok after = tokens.get(j + 1);
        if (WORD_MONTHS.contains(month.lower())
                && day.isNumber()
                && after != null
                && tokens.joined(j)
                && after.isWord()
                && MEASURE_AFTER.contains(after.lower())) {
            return;
        }
        if (after != null
                && after.isWord()
                && tokens.joined(j)
                && (after.is("mg") || after.is("units") || after.is("days") || after.is("weeks") || after.is("mcg"))) {
            return;
        }
        out.add(new Candidate(PhiKind.DATE, month.start(), day.end(), "month and day", Candidate.SHAPE));
    }

    /** "the 2nd of may", "the 21st": an ordinal day after "the", with a month after it or nothing noun-like. */
    private void ordinalDay(Tokens tokens, int i, List<Candidate> out) {
        Tok day = tokens.get(i);
        int value = leadingNumber(day.lower());
        if (value < 1 || value > 31) {
            return;
        }
        Tok of = tokens.get(i + 1);
        Tok month = tokens.get(i + 2);
        if (of != null && of.is("of") && month != null && MONTHS.contains(month.lower())) {
            out.add(new Candidate(PhiKind.DATE, day.start(), month.end(), "day and month", Candidate.SHAPE));
            return;
        }
        if (of == null
                || of.isPunct()
                || of.isWord() && (DATE_FOLLOWERS.contains(of.lower()) || Tokens.joinsClauses(of.lower()))) {
            out.add(new Candidate(
                    PhiKind.DATE, tokens.get(i - 1).start(), day.end(), "day of the month", Candidate.WEAK));
        }
    }

    /** Words that may follow "the 21st" when it is a day of the month. */
    private static final Set<String> DATE_FOLLOWERS = ScanContext.words(
            "and at w with when but so for to after before around in on morning night evening afternoon am pm"
                    + " she he they pt we i was is came went got had if unless or then");

    private static final Set<String> ORDINAL_WORDS = ScanContext.words(
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth"
                    + " fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth");

    private static boolean isDayLike(Tok t) {
        return ORDINAL_WORDS.contains(t.lower()) || isDay(t);
    }

    /** "2 feb", "15 oct", "27 may", "fourth of july", "3rd of june". */
    private void dayFirst(Tokens tokens, int i, List<Candidate> out) {
        Tok day = tokens.get(i);
        int j = i + 1;
        if (tokens.get(j) != null && tokens.get(j).is("of")) {
            j++;
        }
        Tok month = tokens.get(j);
        if (month == null || !month.isWord() || !MONTHS.contains(month.lower()) || !tokens.joined(j - 1)) {
            return;
        }
        if (j == i + 1 && !day.isNumber() && !isOrdinal(day)) {
            return; // "fourth may" is not a date; "fourth of may" is
        }
        Tok before = tokens.get(i - 1);
        if (before != null && tokens.touching(i - 1) && (before.is(".") || before.is("/"))) {
            return;
        }
        if (month.is("may") || month.is("march") || month.is("mar")) {
            Tok after = tokens.get(j + 1);
            if (j == i + 1
                    && after != null
                    && tokens.joined(j)
                    && after.isWord()
                    && ScanContext.words("be have need not help also").contains(after.lower())) {
                return; // "2 may need", "pt 3 may be"
            }
        }
        out.add(new Candidate(PhiKind.DATE, day.start(), month.end(), "day and month", Candidate.SHAPE));
    }

    private static boolean isDay(Tok t) {
        if (t.isNumber()) {
            int v = t.text().length() <= 2 ? Integer.parseInt(t.text()) : -1;
            return v >= 1 && v <= 31;
        }
        return isOrdinal(t) && leadingNumber(t.lower()) >= 1 && leadingNumber(t.lower()) <= 31;
    }

    private static boolean isOrdinal(Tok t) {
        String s = t.lower();
        if (!t.digits() || !t.letters() || s.length() < 3 || s.length() > 4) {
            return false;
        }
        String suffix = s.substring(s.length() - 2);
        return (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))
                && Character.isDigit(s.charAt(s.length() - 3))
                && Character.isDigit(s.charAt(0));
    }

    private static int leadingNumber(String s) {
        int v = 0;
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k)) && k < 3) {
            v = v * 10 + (s.charAt(k) - '0');
            k++;
        }
        return k == 0 ? -1 : v;
    }
}
