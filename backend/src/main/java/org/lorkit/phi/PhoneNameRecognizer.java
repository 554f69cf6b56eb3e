package org.lorkit.phi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lorkit.phi.Tokens.Tok;

/**
 * Names as thumbs type them: lower case, no title, misspelled, accented. Any word the vocabularies do
 * not know is a candidate; it is flagged when its context makes it a person (a title, "pt", a family
 * word, "named"), and a known given name that is not also an English word is flagged on its own. A word
 * right after "dr", "attending" or another clinician word names a colleague, who is not a patient.
 */
final class PhoneNameRecognizer implements Recognizer {

    /** Titles that make the next word a name whatever it is ("mrs bishop", "Mr Fox"). */
    private static final Set<String> STRONG_TITLES =
            ScanContext.words("mrs miss mx mister missus sra srta senora señora");
    /** Lower-case "mr"/"ms" also mean mitral regurgitation and multiple sclerosis: the next word must look like a name. */
    private static final Set<String> WEAK_TITLES = ScanContext.words("mr ms sr");

    private static final Set<String> PATIENT_CUES =
            ScanContext.words("pt patient pts named called aka nicknamed goes name");
    private static final Set<String> FAMILY_CUES = ScanContext.words(
            "wife husband son daughter mom mother mum dad father sister brother sis bro aunt auntie uncle niece nephew"
                    + " cousin grandma grandpa grandmother grandfather granny nana grandson granddaughter gf bf girlfriend"
                    + " boyfriend fiance fiancee fiancé fiancée partner spouse friend neighbor neighbour caregiver roommate"
                    + " stepson stepdaughter stepmom stepdad kid kids child baby boy girl twin twins hcp poa guardian"
                    + " aunty aunties abuela abuelo abuelita abuelito grandmom granddad grandad gramma grampa stepbrother"
                    + " stepsister grandkid grandkids grandchild grandchildren children sons daughters mother-in-law"
                    + " father-in-law sister-in-law brother-in-law son-in-law daughter-in-law");
    /** Colleagues: the names after these are clinicians, not patients. */
    static final Set<String> CLINICIAN_CUES = ScanContext.words(
            "dr dr. doctor doc drs prof professor attending attendings attg resident fellow intern nurse rn np pa md"
                    + " preceptor chief pgy1 pgy2 pgy3 surgeon hospitalist intensivist consultant pharmacist pharmd rt sw"
                    + " chaplain dietitian dietician nutritionist tech cna ot slp scribe medic paramedic emt midwife");

    /** Words that follow a cue without being a name: function words, common verbs and note words. */
    private static final Set<String> STOP = ScanContext.words(
            "a an the and or but nor so if then than to of in on at by for from with without w wo into onto as is was"
                    + " are were be been being has had have having do does did done will would can could should may might"
                    + " must shall not no yes also still just only too very now here there this that these those his her"
                    + " hers him he she they them their it its i me my we our us you your who whom whose which what when"
                    + " where why how all any some each every both either neither other another same such more most less"
                    + " said says told tells asked asks says came come comes went goes going got gets get gave gives took"
                    + " takes take made makes make saw sees seen felt feels looks looked seems seemed wants wanted needs"
                    + " needed denies denied reports reported states stated endorses complains presented presents"
                    + " admitted discharged refused declined agreed understands doing feeling well fine ok okay stable"
                    + " sick ill old young new first last next today tonight yesterday tomorrow again always never"
                    + " about after before around over under up down out off max min mark bill will may june april"
                    + " august hope faith grace sue pat rose sterling major lane park hill long little born found"
                    + " noted started sent brought");

    /** Words that never start a name even right after "mrs" or "wife": function words and verbs. */
    private static final Set<String> FUNCTION = ScanContext.words(
            "a an the and or but nor so if then than to of in on at by for from with without w wo into onto as is was"
                    + " are were be been being has had have having do does did done can could should would might must"
                    + " shall not no yes also still just only too very now here there this that these those his her hers"
                    + " him he she they them their it its i me my we our us you your who whom whose which what when where"
                    + " why how all any some each every both said says told asked came went got gave took saw wants"
                    + " needs denies reports states called says is was says thinks thought knows agreed refused per via"
                    + " re about");

    private final Vocabulary vocab = Vocabulary.get();
    private final NameLexicon lexicon = NameLexicon.get();

    /** "april moody is the aki pt", "seo-yeon lee ph …": a given name and a family name opening a sentence. */
    private boolean sentenceOpeningName(Tok t, Tok next) {
        String w = t.base();
        String v = next.base();
        boolean given = vocab.isGivenName(w) || w.indexOf('-') > 0 && hyphenatedName(w);
        return given
                && vocab.isFamilyName(v)
                && !vocab.isClinical(w)
                && !vocab.isClinical(v)
                && !FUNCTION.contains(v)
                && !STOP.contains(v)
                && !STOP.contains(w)
                && !FUNCTION.contains(w);
    }

    /** "marie-claire", "jean-baptiste", "seo-yeon": every part a given name or unknown, none a word. */
    private boolean hyphenatedName(String w) {
        boolean anyName = false;
        boolean anyNotAWord = false;
        String[] parts = w.split("-");
        if (parts.length == 2 && parts[0].equals(parts[1])) {
            return false; // "delta-delta"
        }
        for (String part : parts) {
            anyNotAWord |= !vocab.isEnglish(part);
            // "jean-louis": a part may be a word when it is also a given name ("jean", "louis", "mary")
            boolean wordPart = vocab.isEnglish(part) || vocab.isClinical(part);
            if (part.length() < 2 || wordPart && !vocab.isGivenName(part)) {
                return false;
            }
            anyName |= vocab.isNameLike(part);
        }
        return anyName && (anyNotAWord || parts.length == 2);
    }

    /** "Mary Washington Hospital": the word after next is an institution word. */
    private static boolean next2IsInstitution(Tokens tokens, int i) {
        Tok next = tokens.get(i + 1);
        return next != null && next.isWord() && NameRecognizer.institutionFollows(tokens.text, next.end());
    }

    /** "presented USMAN to osei": a given name in capitals that no word list has as a word or an acronym. */
    private boolean shoutedGivenName(String w) {
        return w.length() >= 4 && vocab.isGivenName(w) && !vocab.isEnglish(w) && !vocab.isClinical(w);
    }

    /** "VIN", "ICU", "NAD": an acronym, not a name. */
    private static boolean allCaps(Tok t) {
        if (t.text().length() < 2) {
            return false;
        }
        for (int k = 0; k < t.text().length(); k++) {
            if (Character.isLowerCase(t.text().charAt(k))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        Tokens tokens = scan.tokens();
        Set<String> found = new HashSet<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Tok t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            if (CLINICIAN_CUES.contains(t.base()) && !t.possessive()) {
                i = skipClinicianName(tokens, i);
                continue;
            }
            int first = i + 1;
            if (tokens.get(first) != null
                    && tokens.get(first).is(".")
                    && tokens.touching(i)
                    && (STRONG_TITLES.contains(t.base())
                            || WEAK_TITLES.contains(t.base())
                            || t.is("pt")
                                    && tokens.get(first + 1) != null
                                    && tokens.get(first + 1).capitalised())) {
                first++; // "Mr. Fox", "pt. Karimi"; not "the stroke pt. qtc 515", "her husband called. harborview …"
            }
            boolean afterComma = false;
            if (tokens.get(first) != null
                    && tokens.get(first).is(",")
                    && (FAMILY_CUES.contains(t.base()) || t.is("patient") || t.is("pt"))) {
                first++;
                afterComma = true;
            }
            Tok next = tokens.get(first);
            if (next == null || !next.isWord() || !separatedBySpace(tokens, first - 1)) {
                continue;
            }
            if (afterComma && (allCaps(next) || vocab.isClinical(next.base()) && !vocab.isNameLike(next.base()))) {
                continue; // "the patient, MRN 00482913", "the pt, afebrile"
            }
            if (afterComma
                    && FAMILY_CUES.contains(t.base())
                    && (vocab.isClinical(next.base())
                            || !vocab.isNameLike(next.base()) && !next.capitalised()
                            || vocab.isEnglish(next.base()) && !vocab.isGivenName(next.base()))) {
                continue; // "per mom, asa 325", "near her son, eras opens": the comma ends the cue
            }
            if (vocab.isClinical(t.base() + "-" + next.base()) || vocab.isClinical(t.base() + next.base())) {
                continue; // "child pugh b": a score written without its hyphen, not a child named pugh
            }
            String cue = cueKind(tokens, i);
            if (cue == null) {
                continue;
            }
            if (!acceptsAfter(cue, next, tokens.get(i))
                    && !(cue.equals("patient") && wordNameAsSubject(tokens, first))
                    && !(cue.equals("weak title") && stopNameThenVerb(tokens, first))
                    && !(cue.contains("title") && nameThenAge(tokens, first))) {
                continue;
            }
            int last = extend(tokens, first);
            if (eponymAfter(tokens, last)) {
                continue; // "Sister Mary Joseph nodule"
            }
            add(scan, tokens, first, last, reasonFor(cue), Candidate.SHAPE, found, out);
            i = last;
        }
        loneNames(scan, tokens, found, out);
        namedByWhatFollows(scan, tokens, found, out);
        sameNameAgain(scan, tokens, found, out);
    }

    private static boolean eponymAfter(Tokens tokens, int last) {
        int k = last + 1;
        Tok after = tokens.get(k);
        if (after != null && after.is("-")) {
            after = tokens.get(++k);
        }
        if (after == null || !after.isWord() || !NameRecognizer.EPONYM_NOUNS.contains(after.lower())) {
            return false;
        }
        // "his niece arnel cell (832) 555-0147": a phone label, not "reed-sternberg cell"
        Tok value = tokens.get(k + 1);
        return !(after.is("cell")
                && value != null
                && (value.digits() || value.is("(") || value.is("#") || value.is(":")));
    }

    private static boolean separatedBySpace(Tokens tokens, int i) {
        return tokens.joined(i) || tokens.touching(i) && tokens.get(i).isPunct();
    }

    /** "dr mitchell", "Dr. M. Patel", "attending dr lee": the words after a clinician cue are skipped. */
    private int skipClinicianName(Tokens tokens, int i) {
        int j = i + 1;
        int words = 0;
        while (j < tokens.size() && words < 3) {
            Tok t = tokens.get(j);
            if (t.is(".") || t.is(",") && words == 0) {
                j++;
                continue;
            }
            if (!t.isWord() || STOP.contains(t.base()) || vocab.isClinical(t.base()) && !vocab.isNameLike(t.base())) {
                break;
            }
            if (CLINICIAN_CUES.contains(t.base())) {
                j++;
                continue;
            }
            words++;
            if (t.possessive()) {
                return j;
            }
            j++;
        }
        return j - 1;
    }

    /** What the word at {@code i} says about the word after it: a title, a patient cue, a family cue, or null. */
    private String cueKind(Tokens tokens, int i) {
        Tok t = tokens.get(i);
        String w = t.base();
        if (t.possessive() && (PATIENT_CUES.contains(w))) {
            return null; // "pt's wife": the cue is the family word after it
        }
        if (STRONG_TITLES.contains(w)
                || WEAK_TITLES.contains(w)
                        && (t.capitalised()
                                || tokens.touching(i) && tokens.get(i + 1).is("."))) {
            return "title";
        }
        if (WEAK_TITLES.contains(w)) {
            return "weak title";
        }
        if (PATIENT_CUES.contains(w)) {
            if (w.equals("name") && !followedBy(tokens, i, "is")) {
                return null;
            }
            if (w.equals("goes") && !followedBy(tokens, i, "by")) {
                return null;
            }
            return "patient";
        }
        if (w.equals("contact")
                && tokens.get(i - 1) != null
                && tokens.get(i - 1).is("emergency")) {
            return "family"; // "emergency contact river stone"
        }
        if (FAMILY_CUES.contains(w)) {
            if (w.equals("boy") || w.equals("girl")) {
                Tok before = tokens.get(i - 1);
                return before != null && before.is("baby") ? "baby" : null;
            }
            return "family";
        }
        if ((w.equals("is") || w.equals("by"))
                && tokens.get(i - 1) != null
                && (tokens.get(i - 1).is("name") || tokens.get(i - 1).is("goes"))) {
            return "patient";
        }
        return null;
    }

    private static boolean followedBy(Tokens tokens, int i, String word) {
        Tok next = tokens.get(i + 1);
        return next != null && next.is(word);
    }

    private boolean acceptsAfter(String cue, Tok next, Tok cueTok) {
        String w = next.base();
        if (w.length() < 2 || CLINICIAN_CUES.contains(w) || FAMILY_CUES.contains(w)) {
            return false;
        }
        boolean unknown = !vocab.isKnown(w);
        return switch (cue) {
            case "title" -> !FUNCTION.contains(w) || next.capitalised();
            case "baby" ->
                !STOP.contains(w)
                        && !FUNCTION.contains(w)
                        && !(vocab.isShorthand(w) && !vocab.isNameLike(w))
                        && !(vocab.isEnglish(w) && !vocab.isNameLike(w));
            case "weak title" -> !STOP.contains(w) && !vocab.isClinical(w) && (vocab.isNameLike(w) || unknown);
            case "family" ->
                !FUNCTION.contains(w)
                        && !TIME_WORDS.contains(w)
                        && (vocab.isNameLike(w)
                                || unknown
                                || next.capitalised()
                                || vocab.isPlace(w) && !vocab.isEnglish(w) && !vocab.isClinical(w)) // "niece arnel"
                        && !(vocab.isShorthand(w) && !vocab.isNameLike(w));
            default ->
                !STOP.contains(w)
                        && !vocab.isShorthand(w)
                        && (vocab.isNameLike(w) && !vocab.isEnglish(w)
                                || vocab.isGivenName(w) && !vocab.isClinical(w)
                                || unknown
                                || next.capitalised() && !vocab.isEnglish(w));
        };
    }

    /**
     * "pt rose is 72", "pt hope was sleeping", "pt faith and her sister": a name that is also a common word
     * (and so a stop word after "pt") is a name when a subject's verb follows it; "pt rose from the chair",
     * "pt hope is to go home" and "pt will need" stay words.
     */
    private boolean wordNameAsSubject(Tokens tokens, int first) {
        Tok name = tokens.get(first);
        Tok verb = tokens.get(first + 1);
        Tok after = tokens.get(first + 2);
        if (!vocab.isNameLike(name.base())
                || FUNCTION.contains(name.base())
                || name.possessive()
                || verb == null
                || !tokens.joined(first)) {
            return false;
        }
        if (verb.is("and")) {
            return after != null && (after.is("his") || after.is("her") || after.is("their"));
        }
        if (!STOP.contains(name.base())
                && (verb.is("in") || verb.is("w") || verb.is("w/") || verb.is(",") || verb.isNumber())) {
            return true; // "pt fox in 4", "pt stone w chf", "pt wren, 6 yo"; not "pt white male", "pt small bowel"
        }
        if (STOP_NAMES.contains(name.base()) && (patientFrame(tokens, first + 1) || verb.isNumber())) {
            return true; // "pt hope in bed 3", "pt grace s/p whipple", "pt faith 34 yo"
        }
        if (verb.is("is") || verb.is("was")) {
            return after != null && !after.is("to") && !after.is("not") && !after.is("that");
        }
        if (vocab.isGivenName(name.base())
                && verb.isWord()
                && vocab.isFamilyName(verb.base())
                && !STOP.contains(verb.base())
                && !FUNCTION.contains(verb.base())
                && !vocab.isClinical(verb.base())) {
            return true; // "pt rose miller came in", a given name and a family name
        }
        return SUBJECT_VERBS.contains(verb.base());
    }

    /** Stop words that are also given names or surnames (not verbs or function words). */
    private static final Set<String> STOP_NAMES = ScanContext.words(
            "hope faith grace rose mark bill sue pat june april august sterling major lane park hill little");

    /** Verbs a patient is the subject of in a note: "x refused", "x says", "x has". */
    private static final Set<String> SUBJECT_VERBS = ScanContext.words(
            "has had refused refuses denies denied says said wants wanted cried cries asked asks keeps kept lives"
                    + " tells told states reports feels admitted discharged refusing asking crying requesting"
                    + " declining yelling");

    /** Up to two more name words after the first ("pt john smith", "mrs ada obi-nwosu"). */
    private int extend(Tokens tokens, int first) {
        int last = first;
        if (tokens.get(first).possessive()) {
            return last;
        }
        for (int j = first + 1; j <= first + 2 && j < tokens.size(); j++) {
            Tok t = tokens.get(j);
            if (!tokens.joined(j - 1)
                    || !t.isWord()
                    || STOP.contains(t.base())
                    || vocab.isShorthand(t.base())
                    || NAME_THEN.contains(t.base())) {
                break; // "his niece arnel cell (832) …": the label opens what follows
            }
            boolean nameLike = vocab.isFamilyName(t.base()) && !vocab.isClinical(t.base())
                    || !vocab.isKnown(t.base())
                    || t.capitalised() && !vocab.isEnglish(t.base());
            if (!nameLike || vocab.isEnglish(t.base()) && !vocab.isFamilyName(t.base())) {
                break;
            }
            last = j;
            if (t.possessive()) {
                break;
            }
        }
        return last;
    }

    /**
     * Without a cue: a given name that is not also an English or medical word ("meena's", "danny and his
     * aunt"), a given name next to a family name ("rashid karimi"), and an unknown word with accents ("józef").
     */
    private void loneNames(ScanContext scan, Tokens tokens, Set<String> found, List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (!t.isWord() || t.base().length() < 3 || covered(out, t)) {
                continue;
            }
            String w = t.base();
            Tok before = tokens.get(i - 1);
            if (before != null
                    && (CLINICIAN_CUES.contains(before.base())
                            || NameRecognizer.PLACE_WORDS_BEFORE.contains(before.base())
                            || before.is(".")
                                    && tokens.get(i - 2) != null
                                    && NameRecognizer.PLACE_WORDS_BEFORE.contains(
                                            tokens.get(i - 2).base()))) {
                continue; // "dr mitchell", "St. Mary's"
            }
            Tok following = tokens.get(i + 1);
            if (following != null
                    && tokens.joined(i)
                    && following.isWord()
                    && !t.possessive()
                    && tokens.clauseStart(i)
                    && !allCaps(t)
                    && sentenceOpeningName(t, following)
                    && !NameRecognizer.institutionFollows(tokens.text, following.end())
                    && !eponymAfter(tokens, i + 1)) {
                add(scan, tokens, i, i + 1, "given name and family name", Candidate.SHAPE, found, out);
                i++;
                continue;
            }
            boolean plainWord = vocab.isEnglish(w)
                    || vocab.isClinical(w)
                    || STOP.contains(w)
                    || PhoneDateRecognizer.MONTHS.contains(w)
                    || lexicon.isAmbiguous(w)
                    || allCaps(t) && !shoutedGivenName(w)
                    || eponymAfter(tokens, i)
                    || NameRecognizer.institutionFollows(tokens.text, t.end())
                    || next2IsInstitution(tokens, i);
            if (plainWord) {
                continue;
            }
            boolean given = vocab.isGivenName(w);
            boolean family = vocab.isFamilyName(w);
            boolean pairWithNext = false;
            Tok next = tokens.get(i + 1);
            if (next != null && tokens.joined(i) && next.isWord() && !t.possessive()) {
                String v = next.base();
                pairWithNext = (given || family)
                        && (vocab.isFamilyName(v) || !vocab.isKnown(v))
                        && !vocab.isClinical(v)
                        && !STOP.contains(v)
                        && !(vocab.isEnglish(v) && !vocab.isNameLike(v));
            }
            if (next != null && tokens.joined(i) && next.isWord() && !t.possessive() && !pairWithNext) {
                String v = next.base();
                boolean unknownHere = !vocab.isKnown(w) && w.length() >= 3;
                boolean unknownNext = !vocab.isKnown(v) && v.length() >= 3 && !vocab.isClinical(v);
                pairWithNext = unknownHere
                        && (unknownNext || vocab.isNameLike(v) && !vocab.isEnglish(v))
                        && !vocab.isClinical(v)
                        && !lexicon.isAmbiguous(v);
            }
            if (!pairWithNext && w.indexOf('-') > 0 && hyphenatedName(w)) {
                add(scan, tokens, i, i, "hyphenated name", Candidate.SHAPE, found, out);
                continue;
            }
            if (pairWithNext) {
                add(scan, tokens, i, i + 1, "given name and family name", Candidate.SHAPE, found, out);
                i++;
            } else if (given) {
                add(scan, tokens, i, i, "given name", Candidate.WEAK, found, out);
            } else if (!vocab.isKnown(w) && t.nonAscii()) {
                add(scan, tokens, i, i, "unfamiliar word with accents, likely a name", Candidate.WEAK, found, out);
            } else if (family && !vocab.isPlace(w)) {
                add(scan, tokens, i, i, "family name", Candidate.WEAK, found, out);
            }
        }
    }

    /**
     * Names that the words after them give away: "the king family", "faith, the wife", "haruto ito's aunt",
     * "müller dob 5/23/60", "wisler desir's car".
     */
    private void namedByWhatFollows(ScanContext scan, Tokens tokens, Set<String> found, List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (!t.isWord()
                    || t.base().length() < 2
                    || covered(out, t)
                    || FUNCTION.contains(t.base()) && !theFamily(tokens, i)
                    || CLINICIAN_CUES.contains(t.base())
                    || FAMILY_CUES.contains(t.base())) {
                continue;
            }
            Tok before = tokens.get(i - 1);
            if (before != null && CLINICIAN_CUES.contains(before.base())) {
                continue;
            }
            if (tokens.clauseStart(i) && twoNamesThenVerb(tokens, i)) {
                add(scan, tokens, i, i + 1, "two names opening a sentence about a person", Candidate.SHAPE, found, out);
                i++;
                continue;
            }
            int j = i + 1;
            Tok next = tokens.get(j);
            String why = null;
            if (t.possessive() && next != null && (FAMILY_CUES.contains(next.base()) || OWNED.contains(next.base()))) {
                why = "name of a relative or contact";
            } else if (next != null
                    && familyWord(next)
                    && before != null
                    && before.is("the")
                    && (!vocab.isEnglish(t.base()) || vocab.isNameLike(t.base()))) { // not "the same family"
                why = "family name";
            } else if ((next != null && (next.is(",") || next.is("(")) && appositive(tokens, j + 1)
                            || next != null && appositive(tokens, j))
                    && canBeAppositiveName(t, before)) {
                why = "name of a relative or contact";
            } else if (next != null && (next.is("dob") || next.is("mrn")) && !vocab.isClinical(t.base())) {
                why = "name before a date of birth or record number";
            } else if (next != null
                    && NAME_THEN.contains(next.base())
                    && (!vocab.isClinical(t.base()) || vocab.isNameLike(t.base()) && !vocab.isEnglish(t.base()))
                    && !vocab.isShorthand(t.base())
                    && (vocab.isNameLike(t.base()) || !vocab.isKnown(t.base()))
                    && (tokens.clauseStart(i) || prevIsNameWord(tokens, i))) {
                why = "name before what is done to a patient or a contact label";
            } else if (ageFollows(tokens, j)
                    && !(before != null && before.isNumber()) // "moved to 4 east, a 45 yo": a unit, not a name
                    && (!vocab.isEnglish(t.base())
                            || vocab.isWordName(t.base())
                            || vocab.isGivenName(t.base()) && tokens.clauseStart(i) && !next.is(",")) // "shin 91y"
                    && (vocab.isNameLike(t.base()) || !vocab.isKnownOrTypo(t.base()) && hasVowel(t.base()))
                    && !vocab.isClinical(t.base())
                    && !STOP.contains(t.base())
                    && !allCaps(t)) {
                why = "name before the patient's age"; // "ximena the 8 yo", "kofi 45m", "oyelaran is a 67 yo"
            } else if (tokens.clauseStart(i)
                    && next != null
                    && tokens.joined(i)
                    && ((next.is("was") || next.is("is")) && humanPredicate(tokens.get(j + 1))
                            || next.is("ok")
                            || next.is("agrees")
                            || SUBJECT_VERBS.contains(next.base())
                            || PERSON_VERBS.contains(next.base())
                            || ACTS.contains(next.base())
                            || next.is("is") && theOne(tokens, j + 1))
                    && (unfamiliar(t, 4) || listedNameNoWord(t.base()) && !t.possessive() && !allCaps(t))) {
                why = "unknown word as the subject of a sentence, likely a name"; // "dmitrievna was crying"
            } else if (tokens.clauseStart(i)
                    && next != null
                    && tokens.joined(i)
                    && (SUBJECT_VERBS.contains(next.base()) || PERSON_VERBS.contains(next.base()))
                    && t.base().length() == 3
                    && unfamiliar(t, 3)) {
                why = "short unknown word before what a person does, likely a name"; // "afa refused his meds"
            } else if (tokens.clauseStart(i)
                    && next != null
                    && next.is(",")
                    && patientFrame(tokens, j + 1)
                    && !vocab.isKnownOrTypo(t.base())
                    && hasVowel(t.base())
                    && t.base().length() >= 4
                    && !t.possessive()
                    && !allCaps(t)) {
                why = "unknown word opening a patient line, likely a name"; // "oluwatobi, w thyroid storm"
            } else if (tokens.clauseStart(i)
                    && next != null
                    && tokens.joined(i)
                    && patientFrame(tokens, j)
                    && vocab.isGivenName(t.base())
                    && !STOP.contains(t.base())
                    && !vocab.isClinical(t.base())
                    && !PhoneDateRecognizer.MONTHS.contains(t.base())
                    && !t.possessive()
                    && !allCaps(t)) {
                why = "given name opening a patient line"; // "hung s/p whipple"
            } else if (tokens.clauseStart(i)
                    && next != null
                    && tokens.joined(i)
                    && patientFrame(tokens, j)
                    && !vocab.isKnownOrTypo(t.base())
                    && hasVowel(t.base())
                    && t.base().length() >= 4
                    && !t.possessive()
                    && !allCaps(t)) {
                why = "unknown word opening a patient line, likely a name"; // "vaipulu w dka in 7"
            } else if (before != null
                    && before.is("the")
                    && next != null
                    && PLURAL_VERBS.contains(next.base())
                    && t.base().endsWith("s")
                    && t.base().length() >= 5
                    && !allCaps(t)
                    && familyStem(t.base())) {
                why = "family name"; // "the abernathys want everything done"
            } else if (next != null
                    && next.is("and")
                    && appositive(tokens, j + 1)
                    && !vocab.isKnown(t.base())
                    && t.base().length() >= 3
                    && !allCaps(t)) {
                why = "name of a relative or contact"; // "kwame and his wife"
            } else if (isThePatient(tokens, j)
                    && !FUNCTION.contains(t.base())
                    && !STOP.contains(t.base())
                    && !(vocab.isShorthand(t.base()) && !vocab.isNameLike(t.base()))
                    && !allCaps(t)
                    && (tokens.clauseStart(i) && (vocab.isNameLike(t.base()) || !vocab.isKnown(t.base()))
                            || givenBefore(tokens, i) && tokens.clauseStart(i - 1))) {
                why = "name said to be the patient";
            } else if (before != null
                    && (SEEN.contains(before.base())
                            || spokeWith(tokens, i - 1)
                            || gaveSomeone(tokens, i)
                            || checkedOnOrFamilyOf(tokens, i))
                    && (!vocab.isKnownOrTypo(t.base()) || t.possessive() && !vocab.isKnown(t.base()))
                    && hasVowel(t.base())
                    && t.base().length() >= 4
                    && !allCaps(t)) {
                why = "unknown word after a verb of talking or visiting, likely a name"; // "told ogechukwu the plan"
            } else if (before != null
                    && (SEEN.contains(before.base()) || spokeWith(tokens, i - 1))
                    && next != null
                    && TOLD_WHAT.contains(next.lower())
                    && tokens.joined(i)
                    && vocab.isNameLike(t.base())
                    && !STOP.contains(t.base())
                    && !vocab.isClinical(t.base())
                    && !t.possessive()
                    && !allCaps(t)) {
                why = "name after a verb of talking or visiting"; // "told summer the biopsy was benign"
            } else if (before != null
                    && (SEEN.contains(before.base()) || spokeWith(tokens, i - 1))
                    && clauseEndsAfter(tokens, i)
                    && !FUNCTION.contains(t.base())
                    && !vocab.isClinical(t.base())
                    && (vocab.isGivenName(t.base())
                            || vocab.isWordName(t.base())
                            || STOP_NAMES.contains(t.base())
                            || vocab.isNameLike(t.base()) && !vocab.isEnglish(t.base()))
                    && !PhoneDateRecognizer.MONTHS.contains(t.base())
                    && !PhoneDateRecognizer.WEEKDAYS.contains(t.base())
                    && !allCaps(t)) {
                why = "name after a verb of talking or visiting"; // "spoke with joy, also …", "told faith"
            } else if (t.possessive()
                    && !vocab.isKnownOrTypo(t.base())
                    && !eponymAfter(tokens, i)
                    && !(t.capitalised() && next != null && next.isWord() && vocab.isEnglish(next.lower()))
                    && hasVowel(t.base())
                    && t.base().length() >= 4
                    && !allCaps(t)) {
                why = "unknown word with a possessive, likely a name"; // "ndiaye's mri is pending"
            }
            if (why == null
                    || vocab.isEnglish(t.base())
                            && !vocab.isNameLike(t.base())
                            && !why.equals("family name")
                            && !why.equals("name said to be the patient")) {
                continue;
            }
            if (vocab.isShorthand(t.base()) && !vocab.isNameLike(t.base())) {
                continue;
            }
            int first = i;
            Tok prev = tokens.get(i - 1);
            if (why.equals("name said to be the patient") && givenBefore(tokens, i)) {
                first = i - 1;
            } else if (prev != null
                    && prev.isWord()
                    && tokens.joined(i - 1)
                    && !FUNCTION.contains(prev.base())
                    && !STOP.contains(prev.base())
                    && !vocab.isClinical(prev.base())
                    && !CLINICIAN_CUES.contains(prev.base())
                    && (vocab.isNameLike(prev.base()) && !vocab.isEnglish(prev.base())
                            || !vocab.isKnown(prev.base()))) {
                first = i - 1;
            }
            add(scan, tokens, first, i, why, Candidate.SHAPE, found, out);
        }
    }

    /** "mr little left ama", "mr march wants his wife to decide": a stop-word name after "mr"/"ms", then a verb. */
    private boolean stopNameThenVerb(Tokens tokens, int first) {
        Tok name = tokens.get(first);
        Tok verb = tokens.get(first + 1);
        return verb != null
                && verb.isWord()
                && tokens.joined(first)
                && (STOP_NAMES.contains(name.base()) || name.is("march"))
                && (SUBJECT_VERBS.contains(verb.base()) || PERSON_VERBS.contains(verb.base()));
    }

    /** "family", or "family" with two neighbouring letters swapped by a thumb ("fmaily", "faimly"). */
    private static boolean familyWord(Tok t) {
        return t.is("family") || Vocabulary.swapsTo(t.lower(), "family");
    }

    /** "mr said 102m s/p fall", "ms will 91f": a name-list word after a title, then the age. */
    private boolean nameThenAge(Tokens tokens, int first) {
        Tok name = tokens.get(first);
        return vocab.isNameLike(name.base())
                && !PRONOUNS_AND_ARTICLES.contains(name.base())
                && tokens.joined(first)
                && ageFollows(tokens, first + 1);
    }

    private static final Set<String> PRONOUNS_AND_ARTICLES =
            ScanContext.words("a an the he she his her they their it its is was has had w in on at of");

    /** "the an family asked": "the X family" makes even a function word a name when the lists know it as one. */
    private boolean theFamily(Tokens tokens, int i) {
        Tok before = tokens.get(i - 1);
        Tok next = tokens.get(i + 1);
        return before != null
                && next != null
                && before.is("the")
                && familyWord(next)
                && vocab.isNameLike(tokens.get(i).base());
    }

    /**
     * "ma lin turns 30", "hu jun is the one in bay 2", "chukwuemeka obi asked me": two words of the name lists (or
     * an unknown word and a name) opening a sentence, then what a person does. Each word alone may be a word or
     * shorthand ("li na": lithium, sodium); the pair and the verb after it are a person.
     */
    private boolean twoNamesThenVerb(Tokens tokens, int i) {
        Tok a = tokens.get(i);
        Tok b = tokens.get(i + 1);
        Tok verb = tokens.get(i + 2);
        if (a == null || b == null || verb == null || !b.isWord() || !verb.isWord()) {
            return false;
        }
        if (!tokens.joined(i) || !tokens.joined(i + 1) || a.possessive() || allCaps(a) || allCaps(b)) {
            return false;
        }
        String x = a.base();
        String y = b.base();
        if (STOP.contains(x) || STOP.contains(y) || FUNCTION.contains(y) || CLINICIAN_CUES.contains(x)) {
            return false;
        }
        boolean bothNames = vocab.isNameLike(x)
                && vocab.isNameLike(y)
                && (vocab.isGivenName(x) || vocab.isGivenName(y))
                && !(vocab.isEnglish(x) && vocab.isEnglish(y)); // "hu jun", "li na", "ma lin"
        boolean unknownThenName = !vocab.isKnownOrTypo(x)
                && hasVowel(x)
                && x.length() >= 4
                && (vocab.isNameLike(y)
                        || !vocab.isKnown(y)
                        || vocab.isEnglish(y) && y.length() <= 4 && !vocab.isClinical(y)); // "chukwuemeka obi"
        boolean particleThenName = PARTICLES.contains(x) && vocab.isFamilyName(y) && !vocab.isEnglish(y); // "dela cruz"
        boolean names = bothNames || unknownThenName || particleThenName;
        if (!names) {
            return false;
        }
        if (patientFrame(tokens, i + 2) && (particleThenName || !vocab.isEnglish(y) && !vocab.isClinical(y))) {
            return true; // "farhan võ in ccu 3", "li wei w dka"
        }
        if (verb.is("is") || verb.is("was")) {
            Tok after = tokens.get(i + 3);
            return after != null && (after.is("the") || humanPredicate(after));
        }
        return PERSON_VERBS.contains(verb.base()) || SUBJECT_VERBS.contains(verb.base());
    }

    /** The first word of a family name of two words: "dela cruz", "van dyke", "bin salem", "abu bakr". */
    private static final Set<String> PARTICLES =
            ScanContext.words("dela delos del della de van von bin ibn abu al el dos das da di st");

    /** What a person does in a note, not a test or a drug: "kalani ate breakfast", "tavita fell out of bed". */
    private static final Set<String> ACTS = ScanContext.words(
            "ate eats drank drinks pulled pulls fell falls got gets thanked thanks went goes sat sits stood slept"
                    + " sleeps woke wakes vomited ambulated tolerated complained complains endorsed endorses signed"
                    + " smiled laughed screamed yelled hit kicked bit texted smokes works understands understood"
                    + " remembers forgot agreed prefers dx dx'd told tells tried tries loves hates knows");

    /** "is the one in bay 2", "is the tita who brings lumpia", "is the lady w the cat": a person, described. */
    private static boolean theOne(Tokens tokens, int j) {
        Tok the = tokens.get(j);
        Tok who = tokens.get(j + 1);
        return the != null && who != null && the.is("the") && ONE.contains(who.lower());
    }

    private static final Set<String> ONE = ScanContext.words(
            "one lady guy man woman kid child baby girl boy gentleman gent tita tito lola lolo auntie uncle grandma"
                    + " grandpa patient pt mom dad mother father daughter son wife husband");

    private static final Set<String> PERSON_VERBS = ScanContext.words(
            "kept keeps turns turned asked asks wants wanted came comes speaks spoke left walked called cried prays"
                    + " prayed brought brings needs");

    /** "her daughter last year", "his son this morning": time words after a family word. */
    private static final Set<String> TIME_WORDS =
            ScanContext.words("last next first this that today tonight yesterday tomorrow now then later earlier soon");

    /** Verbs of a family as a whole: "the okafors want", "the lees are here". */
    private static final Set<String> PLURAL_VERBS =
            ScanContext.words("want wanted are were agree agreed asked say said have had refuse refused would");

    /** "abernathys", "okafors": a plural whose singular is a family name or no word at all. */
    private boolean familyStem(String plural) {
        String stem = plural.substring(0, plural.length() - 1);
        String stem2 = plural.endsWith("es") ? plural.substring(0, plural.length() - 2) : stem;
        if (vocab.isEnglish(plural) || vocab.isClinical(plural)) {
            return false;
        }
        if ((vocab.isFamilyName(stem) || vocab.isFamilyName(stem2)) && !vocab.isShorthand(stem)) {
            return true; // "the chaudhrys": a family name, even one the medical list also holds
        }
        if (vocab.isClinical(stem)) {
            return false;
        }
        return vocab.isFamilyName(stem) || vocab.isFamilyName(stem2) || !vocab.isKnown(stem) && !vocab.isKnown(stem2);
    }

    /** Words that open what happens to a patient or a contact label: "harris admitted 11/26", "emi ito policy #". */
    private static final Set<String> NAME_THEN = ScanContext.words(
            "admitted adm admit readmitted dc dc'd discharged transferred expired coded ph phone cell policy member"
                    + " insurance ins");
    /** Verbs after which an unknown word is a person: "saw faadumo again". */
    private static final Set<String> SEEN = ScanContext.words(
            "saw see seeing seen visited met meet told tell telling called call asked ask updated counseled counselled"
                    + " reassured consoled educated examined greeted thanked hugged presented introduced");
    /**
     * Verbs of giving and showing: "gave bryndis the discharge papers", "showed kiele her x-ray"; a drug after
     * them is followed by a dose or a route, not by "the" or "her" ("gave duonebs q4h").
     */
    private static final Set<String> GAVE = ScanContext.words("gave give giving handed showed show taught helped");

    private static boolean gaveSomeone(Tokens tokens, int i) {
        Tok verb = tokens.get(i - 1);
        Tok det = tokens.get(i + 1);
        return verb != null && det != null && GAVE.contains(verb.base()) && GIVEN_WHAT.contains(det.lower());
    }

    /** "checked on tupou after the code", "family of ikaika at bedside": the word after them is a person. */
    private static boolean checkedOnOrFamilyOf(Tokens tokens, int i) {
        Tok prep = tokens.get(i - 1);
        Tok verb = tokens.get(i - 2);
        return prep != null
                && verb != null
                && (prep.is("on") && (verb.is("checked") || verb.is("check") || verb.is("looked"))
                        || prep.is("of") && verb.is("family"));
    }

    private static final Set<String> GIVEN_WHAT = ScanContext.words("the a an her his their some more back");
    /** What follows the person told or asked: "told summer the biopsy was benign", "asked hunter about his meds". */
    private static final Set<String> TOLD_WHAT = ScanContext.words(
            "the a an about that her his their we i to re regarding what how why when if again today yesterday this");

    /**
     * After "x was": what is said of a person ("crying", "upset", "discharged"), not of a test or a day
     * ("bday is nov 2", "cxr was clear").
     */
    private static boolean humanPredicate(Tok t) {
        if (t == null || !t.isWord()) {
            return false;
        }
        String w = t.lower();
        return w.length() > 4 && (w.endsWith("ing") || w.endsWith("ed")) || HUMAN_STATES.contains(w);
    }

    private static final Set<String> HUMAN_STATES = ScanContext.words(
            "upset tearful confused angry happy sad ok okay scared anxious alert awake asleep calm here home still very"
                    + " so now seen sleepy agitated combative pleasant grateful nervous worried afraid sick");

    /** "w dka", "c/o cp", "s/p fall", "in bed 4", "in 12": how a line about a patient goes on after the name. */
    private static boolean patientFrame(Tokens tokens, int j) {
        Tok a = tokens.get(j);
        Tok b = tokens.get(j + 1);
        if (a == null || b == null) {
            return false;
        }
        if (a.is("w") || a.is("w/") || a.is("c/o") || a.is("s/p")) {
            return true;
        }
        if ((a.is("c") || a.is("s")) && b.is("/")) {
            return true;
        }
        Tok c = tokens.get(j + 2);
        if (a.is("in")
                && b.isWord()
                && c != null
                && c.digits()
                && c.text().length() <= 4
                && (WARDS.contains(b.lower()) || Vocabulary.get().isShorthand(b.lower()))) {
            return true; // "in ccu 3", "in bay 6", "in pod 2b"
        }
        return a.is("in")
                && (b.isNumber()
                        || b.digits()
                                && b.text().length() <= 4
                                && Character.isDigit(b.text().charAt(0))
                        || b.is("bed")
                        || b.is("rm")
                        || b.is("room"));
    }

    /** "spoke with joy", "spoke with joy, also…", "… joy - the pt": nothing after the word, or a clause ends there. */
    private static boolean clauseEndsAfter(Tokens tokens, int i) {
        Tok after = tokens.get(i + 1);
        if (after == null) {
            return true;
        }
        if (after.is(",") || after.is(";") || after.is(".") || after.is("-") || after.is("!") || after.is("?")) {
            return true;
        }
        return tokens.joined(i)
                && tokens.clauseStart(i + 2)
                && (after.is("also")
                        || after.is("so")
                        || after.is("then")
                        || after.is("but")
                        || after.is("and")
                        || after.is("w"));
    }

    private static final Set<String> WARDS = ScanContext.words("bay pod bed rm room cube cubicle stall");

    /** A word no list knows (nor a swapped-letter typo of one), with a vowel and {@code minLength} letters, not a possessive or in capitals. */
    private boolean unfamiliar(Tok t, int minLength) {
        String w = t.base();
        return !vocab.isKnownOrTypo(w) && hasVowel(w) && w.length() >= minLength && !t.possessive() && !allCaps(t);
    }

    /**
     * "souza cried", "harris wants to go home", "conceição refused labs": a word of the name lists that is no English
     * word, even when the medical list (which holds eponyms) or the place lists know it too; never shorthand.
     */
    private boolean listedNameNoWord(String w) {
        return vocab.isNameLike(w)
                && !vocab.isEnglish(w)
                && !vocab.isShorthand(w)
                && !STOP.contains(w)
                && w.length() >= 3;
    }

    /** "nrsg", "pmhx": note shorthand has no vowel, names do. */
    private static boolean hasVowel(String w) {
        for (int k = 0; k < w.length(); k++) {
            if ("aeiouyáéíóúàèìòùâêîôûäëïöüãõ".indexOf(w.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "spoke w abubakar", "talked to", "discussed with": the word at {@code w} is the preposition. */
    private static boolean spokeWith(Tokens tokens, int w) {
        Tok prep = tokens.get(w);
        Tok verb = tokens.get(w - 1);
        return prep != null
                && verb != null
                && (prep.is("w") || prep.is("with") || prep.is("to") || prep.is("w/"))
                && ScanContext.words("spoke spoken talked talk discussed met meeting explained")
                        .contains(verb.base());
    }

    /** "is the aki pt", "is the 8 yo w asthma": the words at {@code j} say the one before is the patient. */
    private static boolean isThePatient(Tokens tokens, int j) {
        Tok is = tokens.get(j);
        Tok the = tokens.get(j + 1);
        if (is == null
                || the == null
                || !(is.is("is") || is.is("was"))
                || !(the.is("the") || the.is("our") || the.is("my"))) {
            return false;
        }
        for (int k = j + 2; k <= j + 5 && k < tokens.size(); k++) {
            Tok w = tokens.get(k);
            if (w.is("pt") || w.is("patient") || w.is("yo") || w.is("y/o") || w.is("baby") || w.is("kid")) {
                return true;
            }
            if (w.is(".") || w.is(";") || w.is(",")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> AGE_UNITS = ScanContext.words("yo y/o yr yrs year years y m f yom yof mo");

    /** "45m", "45 yo", "the 8 yo", "is a 67 yo", ", 45f": the words at {@code j} give a person's age. */
    private static boolean ageFollows(Tokens tokens, int j) {
        int k = j;
        Tok a = tokens.get(k);
        if (a != null && a.is(",")) {
            a = tokens.get(++k);
        }
        if (a != null && (a.is("the") || a.is("is") || a.is("a") || a.is("an"))) {
            a = tokens.get(++k);
            if (a != null && (a.is("a") || a.is("an"))) {
                a = tokens.get(++k);
            }
        }
        if (a == null) {
            return false;
        }
        String x = a.lower();
        int digits = 0;
        while (digits < x.length() && Character.isDigit(x.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 3) {
            return false;
        }
        if (digits < x.length()) {
            return AGE_UNITS.contains(x.substring(digits));
        }
        Tok unit = tokens.get(k + 1);
        return unit != null
                        && unit.isWord()
                        && AGE_UNITS.contains(unit.lower())
                        && !unit.is("m")
                        && !unit.is("mo")
                        && !unit.is("y")
                || unit != null && unit.isWord() && (unit.is("m") || unit.is("f")) && tokens.touching(k);
    }

    /** A name word even when it is also an English word ("pearl bishop"), never a function or clinical word. */
    private boolean nameWord(Tok t) {
        String w = t.base();
        return (vocab.isNameLike(w) || !vocab.isKnown(w))
                && !vocab.isClinical(w)
                && !FUNCTION.contains(w)
                && !STOP.contains(w)
                && !allCaps(t);
    }

    /** "april moody", "pearl bishop": a given name right before, even one that is also a word or a month. */
    private boolean givenBefore(Tokens tokens, int i) {
        Tok prev = tokens.get(i - 1);
        return prev != null
                && prev.isWord()
                && tokens.joined(i - 1)
                && vocab.isGivenName(prev.base())
                && !FUNCTION.contains(prev.base())
                && !allCaps(prev);
    }

    private boolean prevIsNameWord(Tokens tokens, int i) {
        Tok prev = tokens.get(i - 1);
        return prev != null
                && prev.isWord()
                && tokens.joined(i - 1)
                && nameWord(prev)
                && (vocab.isGivenName(prev.base()) || !vocab.isKnown(prev.base()));
    }

    /** Things a patient or relative has: "'s car", "'s phone". */
    private static final Set<String> OWNED = ScanContext.words("car truck van phone cell number house apartment dog");

    /**
     * The word before "…, his son" can be his name ("faith, the wife"), unless it is a month, a noun after an article
     * ("at the rusb, her dad is the hcp", "for a wedding, the aunt") or an English word that is no given name
     * ("two grandkids, his son").
     */
    private boolean canBeAppositiveName(Tok t, Tok before) {
        String w = t.base();
        if (PhoneDateRecognizer.MONTHS.contains(w) || PhoneDateRecognizer.WEEKDAYS.contains(w)) {
            return false;
        }
        if (before != null && (before.is("the") || before.is("a") || before.is("an")) || vocab.isClinical(w)) {
            return false; // "feeding ok, her daughter …": shorthand is no name
        }
        return !vocab.isEnglish(w) && !vocab.isKnownOrTypo(w) && t.base().length() >= 4
                || vocab.isGivenName(w)
                || vocab.isWordName(w)
                || vocab.isNameLike(w) && !vocab.isEnglish(w) && !vocab.isClinical(w);
    }

    /** "the wife", "his son", "(daughter)": a family word, possibly after an article or a pronoun. */
    private static boolean appositive(Tokens tokens, int j) {
        Tok a = tokens.get(j);
        if (a == null) {
            return false;
        }
        if (a.is("the") || a.is("his") || a.is("her") || a.is("their") || a.is("pt's") || a.is("pts")) {
            Tok b = tokens.get(j + 1);
            return b != null && FAMILY_CUES.contains(b.base()) && !b.is("kid") && !b.is("baby") && !b.is("child");
        }
        return false;
    }

    /** A name found once is the same person wherever it comes back ("karimi" later, "Karimi's"). */
    private void sameNameAgain(ScanContext scan, Tokens tokens, Set<String> found, List<Candidate> out) {
        if (found.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (t.isWord() && found.contains(t.base()) && !covered(out, t)) {
                Tok before = tokens.get(i - 1);
                if (before == null || !CLINICIAN_CUES.contains(before.base())) {
                    out.add(new Candidate(
                            PhiKind.NAME,
                            t.start(),
                            t.start() + t.base().length(),
                            "same name as another finding",
                            Candidate.WEAK));
                }
            }
        }
    }

    private void add(
            ScanContext scan,
            Tokens tokens,
            int first,
            int last,
            String reason,
            int strength,
            Set<String> found,
            List<Candidate> out) {
        boolean allAllowed = true;
        for (int j = first; j <= last; j++) {
            if (!scan.isAllowedNameToken(tokens.get(j).base())) {
                allAllowed = false;
            }
        }
        if (allAllowed || allowedBesideAWord(scan, tokens, first, last)) {
            return;
        }
        for (int j = first; j <= last; j++) {
            String w = tokens.get(j).base();
            if (!vocab.isEnglish(w) && w.length() >= 3) {
                found.add(w);
            }
        }
        Tok end = tokens.get(last);
        out.add(new Candidate(
                PhiKind.NAME,
                tokens.get(first).start(),
                end.start() + end.base().length(),
                reason,
                strength));
    }

    /**
     * "rounded w osei til 1pm", "qureshi let me present": an allowed attending next to an ordinary word is the
     * attending, not a pair of names; a patient who shares a word with an attending ("ngozi osei") still counts.
     */
    private boolean allowedBesideAWord(ScanContext scan, Tokens tokens, int first, int last) {
        if (first == last) {
            return false;
        }
        boolean anyAllowed = false;
        boolean otherIsName = false;
        for (int j = first; j <= last; j++) {
            String w = tokens.get(j).base();
            if (scan.isAllowedNameToken(w)) {
                anyAllowed = true;
            } else if (!vocab.isKnown(w) || vocab.isNameLike(w) && !vocab.isEnglish(w)) {
                otherIsName = true;
            }
        }
        return anyAllowed && !otherIsName;
    }

    private static boolean covered(List<Candidate> out, Tok t) {
        for (int k = out.size() - 1; k >= 0 && k >= out.size() - 8; k--) {
            Candidate c = out.get(k);
            if (c.start() <= t.start() && t.end() <= c.end()) {
                return true;
            }
        }
        return false;
    }

    private static String reasonFor(String cue) {
        return switch (cue) {
            case "title", "weak title" -> "title followed by a name";
            case "family" -> "name of a relative or contact";
            default -> "name after 'pt' or 'named'";
        };
    }
}
