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
    private static final Set<String> PLATE_CUES = ScanContext.words("plate plates tag tags registration reg vin");
    private static final Set<String> DEVICE_CUES = ScanContext.words(
            "serial sn s/n serial# imei udi device pacer pacemaker icd aicd ppm defib lvad pump cgm implant model");
    /** Words allowed between a cue and its number ("license number is", "plate #", "id no:"). */
    private static final Set<String> FILLER = ScanContext.words(
            "number num no nbr # : is was of = - id card ending in plate serial lic license");
    /** Glued cue prefixes: "mrn7730115", "acct44521", "id88213". */
    private static final String[] GLUED = {"mrn", "mr", "acct", "id", "dl", "lic", "sn", "ssn", "fin", "csn"};

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        Tokens tokens = scan.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (t.isWord()) {
                PhiKind kind = RECORD_CUES.contains(t.lower()) ? PhiKind.RECORD_NUMBER
                        : PLATE_CUES.contains(t.lower()) ? PhiKind.VEHICLE_ID
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
        if (v == null || !(v.digits()) || v.start() - tokens.get(j - 1).end() > 2) {
            return;
        }
        int last = j;
        // Join "K2214-5567", "88231-00", "7 KLM 442": touching dashes or slashes, and short spaced groups.
        while (last + 2 < tokens.size() && tokens.touching(last) && tokens.touching(last + 1)
                && (tokens.get(last + 1).is("-") || tokens.get(last + 1).is("/")) && !tokens.get(last + 2).isPunct()) {
            last += 2;
        }
        int digits = 0;
        int length = 0;
        for (int k = j; k <= last; k++) {
            digits += ContactRecognizer.countDigits(tokens.get(k).text());
            length += tokens.get(k).text().length();
        }
        if (digits < 3 || length < 4 || isUnitNumber(tokens, last)) {
            return;
        }
        if (kind == PhiKind.RECORD_NUMBER && digits == 4 && length == 4 && looksLikeYear(tokens.get(j).text())) {
            return;
        }
        Tok cue = tokens.get(i);
        out.add(new Candidate(kind, v.start(), tokens.get(last).end(), "number after '" + cue.text() + "'",
                Candidate.LABELLED));
    }

    private static boolean looksLikeYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
    }

    private static boolean isUnitNumber(Tokens tokens, int last) {
        Tok after = tokens.get(last + 1);
        return after != null && after.isWord() && tokens.joined(last)
                && ScanContext.words("mg mcg ml units u days weeks hours mins yrs years").contains(after.lower());
    }

    private void glued(Tok t, List<Candidate> out) {
        String s = t.lower();
        for (String prefix : GLUED) {
            if (s.startsWith(prefix) && s.length() >= prefix.length() + 4) {
                String rest = s.substring(prefix.length());
                if (rest.chars().allMatch(Character::isDigit)) {
                    out.add(new Candidate(PhiKind.RECORD_NUMBER, t.start() + prefix.length(), t.end(),
                            "number glued to '" + prefix + "'", Candidate.LABELLED));
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
        out.add(new Candidate(PhiKind.RECORD_NUMBER, t.start(), t.end(), "long mix of letters and digits", Candidate.WEAK));
    }

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
        if (before != null && tokens.touching(i - 1) && (before.is(".") || before.is(",") || before.is("$")
                || before.is("-") || before.is("/"))) {
            return;
        }
        if (after != null && tokens.touching(i) && (after.is(".") && tokens.get(i + 2) != null
                && tokens.get(i + 2).isNumber() || after.is(",") && tokens.get(i + 2) != null
                && tokens.get(i + 2).isNumber() && tokens.touching(i + 1) || after.is("-") || after.is("/"))) {
            return;
        }
        if (scan.unitFollows(t.end()) || isUnitNumber(tokens, i)) {
            return;
        }
        out.add(new Candidate(PhiKind.RECORD_NUMBER, t.start(), t.end(), "long digit run", Candidate.WEAK));
    }
}
