package org.lorkit.phi;

import java.util.List;
import java.util.Set;
import org.lorkit.phi.Tokens.Tok;

/**
 * Numbers a cue word other than "MRN" introduces ("driver's license K2214-5567", "RN lic 30517",
 * "tags 7KLM442", "pacer serial PJN448812", "aetna 88231-00"), a cue glued to its number ("mrn7730115"),
 * and a long digit run with no cue at all.
 */
final class PhoneNumberRecognizer implements Recognizer {

    private static final Set<String> RECORD_CUES = ScanContext.words(
            "mrn mr# mrno acct account chart record id ident identifier lic license licence dl member policy"
                    + " subscriber insurance ins group grp claim case encounter fin csn har empi medicaid medicare mcd"
                    + " mcr aetna bcbs cigna humana uhc united unitedhealthcare kaiser anthem molina tricare oscar"
                    + " fidelis healthfirst amerigroup wellcare ambetter centene caresource emblem metroplus"
                    + " passport ssn ss npi dea badge");
    private static final Set<String> PLATE_CUES =
            ScanContext.words("plate plates tag tags registration reg vin car truck van");
    private static final Set<String> DEVICE_CUES = ScanContext.words(
            "serial sn s/n serial# imei udi device pacer pacemaker icd aicd ppm defib lvad pump cgm implant model"
                    + " transmitter sensor receiver dexcom libre omnipod");
    /** Words allowed between a cue and its number ("license number is", "plate #", "id no:"). */
    private static final Set<String> FILLER =
            ScanContext.words("number num no nbr # : is was of = - id card ending in plate serial lic license");
    /** Glued cue prefixes: "mrn7730115", "acct44521", "id88213". */
    private static final String[] GLUED = {"mrn", "mr", "acct", "id", "dl", "lic", "sn", "ssn", "fin", "csn"};

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        Tokens tokens = scan.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (t.isWord() && FAX_CUES.contains(t.lower())) {
                faxAfterCue(tokens, i, out);
            }
            if (t.isWord()) {
                PhiKind kind = RECORD_CUES.contains(t.lower())
                        ? PhiKind.RECORD_NUMBER
                        : PLATE_CUES.contains(t.lower())
                                ? PhiKind.VEHICLE_ID
                                : DEVICE_CUES.contains(t.lower()) ? PhiKind.DEVICE_ID : null;
                if (kind != null) {
                    cued(tokens, i, kind, out);
                }
                continue;
            }
            if (t.letters() && t.digits()) {
                glued(t, out);
                mixedRun(tokens, i, out);
            } else if (t.isNumber()) {
                longRun(scan, tokens, i, out);
                spacedSsn(tokens, i, out);
                shortPhone(tokens, i, out);
            }
            if (t.letters() && t.digits()) {
                ageShorthand(tokens, i, out);
            } else if (t.isNumber()) {
                bareAge(tokens, i, out);
            }
        }
    }

    private void cued(Tokens tokens, int i, PhiKind kind, List<Candidate> out) {
        int j = i + 1;
        int skipped = 0;
        while (j < tokens.size() && skipped < 4) {
            Tok f = tokens.get(j);
            if (f.isPunct() && !f.is("#") && !f.is(":") && !f.is("-") && !f.is("=")) {
                return;
            }
            if (!FILLER.contains(f.lower())) {
                break;
            }
            j++;
            skipped++;
        }
        Tok v = tokens.get(j);
        if (v == null || v.start() - tokens.get(j - 1).end() > 2 || !v.digits() && !lettersBeforeDigits(tokens, j)) {
            return;
        }
        int last = j;
        if (!v.digits() && tokens.joined(j) && tokens.get(j + 1).isNumber()) {
            last = j + 1; // "BRR 1378"
        }
        // Join "K2214-5567", "88231-00", "7 KLM 442": touching dashes or slashes, and short spaced groups.
        while (last + 2 < tokens.size()
                && tokens.touching(last)
                && tokens.touching(last + 1)
                && (tokens.get(last + 1).is("-") || tokens.get(last + 1).is("/"))
                && !tokens.get(last + 2).isPunct()) {
            last += 2;
        }
        int digits = 0;
        int length = 0;
        for (int k = j; k <= last; k++) {
            digits += ContactRecognizer.countDigits(tokens.get(k).text());
            length += tokens.get(k).text().length();
        }
        // A plate may hold only two digits ("S96-PJC"), when letters and a dash make up its length.
        boolean shortPlate = kind == PhiKind.VEHICLE_ID && digits >= 1 && length >= 6;
        if (digits < 3 && !shortPlate || length < 4 || isUnitNumber(tokens, last)) {
            return;
        }
        if (kind == PhiKind.RECORD_NUMBER
                && digits == 4
                && length == 4
                && looksLikeYear(tokens.get(j).text())) {
            return;
        }
        Tok cue = tokens.get(i);
        if ((cue.is("ssn") || cue.is("ss")) && digits < 9) {
            return; // "ssn ending 6789": four digits of an SSN identify no one (the corpus policy)
        }
        if (kind == PhiKind.VEHICLE_ID && (cue.is("car") || cue.is("truck") || cue.is("van"))) {
            boolean letters = false;
            for (int k = j; k <= last; k++) {
                letters |= tokens.get(k).letters();
            }
            if (!letters) {
                return; // "car 2" of a train, "van 12"
            }
        }
        out.add(new Candidate(
                kind, v.start(), tokens.get(last).end(), "number after '" + cue.text() + "'", Candidate.LABELLED));
    }

    /** "DVL-823532", "BRR 1378": a short group of capitals, then a dash or a space and digits. */
    private static boolean lettersBeforeDigits(Tokens tokens, int j) {
        Tok v = tokens.get(j);
        Tok next = tokens.get(j + 1);
        if (!v.isWord()
                || v.text().length() > 4
                || next == null
                || !v.text().equals(v.text().toUpperCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (next.is("-")
                && tokens.touching(j)
                && tokens.get(j + 2) != null
                && tokens.get(j + 2).digits()) {
            return true;
        }
        return next.isNumber() && tokens.joined(j);
    }

    private static boolean looksLikeYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
    }

    private static boolean isUnitNumber(Tokens tokens, int last) {
        Tok after = tokens.get(last + 1);
        return after != null
                && after.isWord()
                && tokens.joined(last)
                && ScanContext.words("mg mcg ml units u days weeks hours mins yrs years")
                        .contains(after.lower());
    }

    private void glued(Tok t, List<Candidate> out) {
        String s = t.lower();
        for (String prefix : GLUED) {
            if (s.startsWith(prefix) && s.length() >= prefix.length() + 4) {
                String rest = s.substring(prefix.length());
                if (rest.chars().allMatch(Character::isDigit)) {
                    out.add(new Candidate(
                            PhiKind.RECORD_NUMBER,
                            t.start() + prefix.length(),
                            t.end(),
                            "number glued to '" + prefix + "'",
                            Candidate.LABELLED));
                    return;
                }
            }
        }
    }

    /** Letters and six or more digits in one token ("A88213455", "k22145567"), not an obstetric G2P1001. */
    private void mixedRun(Tokens tokens, int i, List<Candidate> out) {
        Tok t = tokens.get(i);
        String s = t.lower();
        int digits = ContactRecognizer.countDigits(s);
        if (digits < 6 || isObstetric(s) || s.endsWith("mg") || s.endsWith("ml")) {
            return;
        }
        out.add(new Candidate(
                PhiKind.RECORD_NUMBER, t.start(), t.end(), "long mix of letters and digits", Candidate.WEAK));
    }

    /** "434 00 3163", "434-00-3163" is the SSN recogniser's: nine digits in 3-2-4 groups with spaces. */
    private void spacedSsn(Tokens tokens, int i, List<Candidate> out) {
        Tok a = tokens.get(i);
        Tok b = tokens.get(i + 1);
        Tok c = tokens.get(i + 2);
        if (a.text().length() == 3
                && b != null
                && c != null
                && b.isNumber()
                && c.isNumber()
                && b.text().length() == 2
                && c.text().length() == 4
                && tokens.joined(i)
                && tokens.joined(i + 1)
                && (i == 0 || !tokens.get(i - 1).isNumber())) {
            out.add(new Candidate(PhiKind.SSN, a.start(), c.end(), "social security number shape", Candidate.SHAPE));
        }
    }

    private static final Set<String> FAX_CUES = ScanContext.words("fax fx faxed faxing faxline");
    /** Words between a fax word and its number, including what was faxed ("faxed records to 555-0173"). */
    private static final Set<String> FAX_FILLER = ScanContext.words(
            "# : is no num number nbr to at it them = - office line records notes labs results forms paperwork"
                    + " orders referral consult rx script the her his");

    /**
     * "fax 555 0144", "fax 206/555/0144", "fax 206 555 01 44", "snf fax is 425-5550199": after a fax word, digits in
     * any grouping (spaces, dots, dashes, slashes, brackets) that add up to a phone number's 7 to 11 digits.
     */
    private void faxAfterCue(Tokens tokens, int i, List<Candidate> out) {
        int j = i + 1;
        int skipped = 0;
        while (j < tokens.size()
                && skipped < 4
                && FAX_FILLER.contains(tokens.get(j).lower())) {
            j++;
            skipped++;
        }
        int first = -1;
        int last = -1;
        int digits = 0;
        for (int k = j; k < tokens.size() && k < j + 12; k++) {
            Tok t = tokens.get(k);
            if (k > j && t.start() - tokens.get(k - 1).end() > 1) {
                break;
            }
            if (t.isNumber()) {
                if (first < 0) {
                    first = k;
                }
                digits += t.text().length();
                last = k;
                if (digits > 11) {
                    return;
                }
            } else if (!(t.is("-") || t.is(".") || t.is("/") || t.is("(") || t.is(")") || t.is("+"))) {
                break;
            }
        }
        if (first < 0 || digits < 7) {
            return;
        }
        out.add(new Candidate(
                PhiKind.FAX, tokens.get(first).start(), tokens.get(last).end(), "fax number", Candidate.LABELLED));
    }

    /** "555-0149": a seven-digit local number; after "fax" or "fx" a fax number. */
    private void shortPhone(Tokens tokens, int i, List<Candidate> out) {
        Tok a = tokens.get(i);
        Tok dash = tokens.get(i + 1);
        Tok b = tokens.get(i + 2);
        if (a.text().length() != 3
                || dash == null
                || b == null
                || !(dash.is("-") || dash.is("."))
                || !b.isNumber()
                || b.text().length() != 4
                || !tokens.touching(i)
                || !tokens.touching(i + 1)) {
            return;
        }
        Tok before = tokens.get(i - 1);
        if (before != null && (tokens.touching(i - 1) && !before.is("(") || before.isNumber())) {
            return;
        }
        Tok after = tokens.get(i + 3);
        if (after != null && tokens.touching(i + 2) && (after.is("-") || after.is(".") || after.is("/"))) {
            return;
        }
        boolean fax = before != null
                && (before.is("fax")
                        || before.is("fx")
                        || before.is("faxed")
                        || before.is("to")
                                && tokens.get(i - 2) != null
                                && tokens.get(i - 2).lower().startsWith("fax"));
        out.add(new Candidate(
                fax ? PhiKind.FAX : PhiKind.PHONE,
                a.start(),
                b.end(),
                fax ? "fax number" : "local phone number",
                fax ? Candidate.LABELLED : Candidate.WEAK));
    }

    /** "97f", "99y", "104m", "91yo": age shorthand over 89 typed in lower case. */
    private void ageShorthand(Tokens tokens, int i, List<Candidate> out) {
        String s = tokens.get(i).lower();
        int k = 0;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        if (k < 2 || k > 3) {
            return;
        }
        int age = Integer.parseInt(s.substring(0, k));
        String suffix = s.substring(k);
        if (age >= 90 && age <= 125 && AGE_SUFFIX.contains(suffix)) {
            Tok before = tokens.get(i - 1);
            if (before != null && (before.is("t") || before.is("temp") || before.is("tmax"))) {
                return;
            }
            out.add(new Candidate(
                    PhiKind.AGE_OVER_89,
                    tokens.get(i).start(),
                    tokens.get(i).end(),
                    "age over 89 (age/sex shorthand)",
                    Candidate.SHAPE));
        }
    }

    private static final Set<String> AGE_SUFFIX = ScanContext.words("f m y yo yof yom yf ym yr yrs y/o");

    /** "she is 101 and lives alone", "96 and still gardening": a number over 89 said of the patient. */
    private void bareAge(Tokens tokens, int i, List<Candidate> out) {
        Tok t = tokens.get(i);
        if (t.text().length() < 2 || t.text().length() > 3) {
            return;
        }
        int age = Integer.parseInt(t.text());
        if (age < 90 || age > 115) {
            return;
        }
        Tok before = tokens.get(i - 1);
        Tok before2 = tokens.get(i - 2);
        Tok after = tokens.get(i + 1);
        boolean saidOfPerson = before != null
                        && (before.is("is") || before.is("was") || before.is("turned") || before.is("turns"))
                        && before2 != null
                        && PERSON.contains(before2.lower())
                || before != null && (before.is("hes") || before.is("shes") || before.is("he's") || before.is("she's"));
        boolean startsSentence = tokens.sentenceStart(i) && after != null && after.is("and");
        if ((saidOfPerson || startsSentence)
                && (after == null
                        || !after.isWord()
                        || after.is("and")
                        || after.is("now")
                        || after.is("today")
                        || after.is("but")
                        || after.is("w")
                        || after.is("with"))) {
            out.add(new Candidate(PhiKind.AGE_OVER_89, t.start(), t.end(), "age over 89", Candidate.WEAK));
        }
    }

    private static final Set<String> PERSON =
            ScanContext.words("she he pt patient who mom dad grandma grandpa wife husband");

    /** Gravida/para shorthand: "g2p1001", "g3p2". */
    private static boolean isObstetric(String s) {
        int p = s.indexOf('p');
        if (!s.startsWith("g") || p < 2 || p == s.length() - 1) {
            return false;
        }
        for (int k = 1; k < s.length(); k++) {
            if (k != p && !Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Seven or more digits with nothing after them that makes a quantity ("4471902"). */
    private void longRun(ScanContext scan, Tokens tokens, int i, List<Candidate> out) {
        Tok t = tokens.get(i);
        if (t.text().length() < 7 || t.text().length() > 8) {
            return; // nine and more: IdNumberRecognizer's long run
        }
        Tok before = tokens.get(i - 1);
        Tok after = tokens.get(i + 1);
        if (before != null
                && tokens.touching(i - 1)
                && (before.is(".") || before.is(",") || before.is("$") || before.is("-") || before.is("/"))) {
            return;
        }
        if (after != null
                && tokens.touching(i)
                && (after.is(".")
                                && tokens.get(i + 2) != null
                                && tokens.get(i + 2).isNumber()
                        || after.is(",")
                                && tokens.get(i + 2) != null
                                && tokens.get(i + 2).isNumber()
                                && tokens.touching(i + 1)
                        || after.is("-")
                        || after.is("/"))) {
            return;
        }
        if (scan.unitFollows(t.end()) || isUnitNumber(tokens, i)) {
            return;
        }
        out.add(new Candidate(PhiKind.RECORD_NUMBER, t.start(), t.end(), "long digit run", Candidate.WEAK));
    }
}
