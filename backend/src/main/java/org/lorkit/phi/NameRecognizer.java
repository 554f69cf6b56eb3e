package org.lorkit.phi;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names. Capitalisation alone proves nothing in notes (sentence starts, drugs, eponyms), so a
 * capitalised word is flagged only with support: a title, "patient"/"pt", a family word, a known
 * first name, a possessive that is not an eponym, or an earlier finding of the same surname.
 * Names of the applicant's allowed attendings are dropped.
 */
final class NameRecognizer implements Recognizer {

    private static final Rx TITLE = Rx.of(
            "(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Professor|Doctor|MRS|mrs|mr|ms|dr|prof)\\.?[^\\S\\n]+",
            0,
            Rx.LETTER,
            null,
            null);

    /**
     * Titles that stay unambiguous when typed in lower case on a phone ("mrs garcia", "mr. lee");
     * bare "mr" and "ms" are left out because they also mean mitral regurgitation and multiple sclerosis.
     */
    private static final Pattern SAFE_TITLE = Pattern.compile("(?i:mrs|miss)\\.?|(?i:mr|ms|mx|dr)\\.|Mr|Ms|Dr");

    private static final Rx LOWER_WORD = Rx.of("[a-z][a-z'’]+(?:-[a-z]+)*", 0, null, "\\w", Rx.WORD);
    private static final Set<String> LOWER_STOP = Set.of(
            "and",
            "or",
            "but",
            "with",
            "without",
            "the",
            "a",
            "an",
            "is",
            "was",
            "are",
            "were",
            "has",
            "had",
            "have",
            "in",
            "on",
            "at",
            "of",
            "to",
            "for",
            "from",
            "by",
            "as",
            "who",
            "whose",
            "which",
            "that",
            "this",
            "here",
            "there",
            "says",
            "said",
            "will",
            "would",
            "can",
            "could",
            "came",
            "went",
            "got",
            "gets",
            "reports",
            "denies",
            "states",
            "presented",
            "presents",
            "complains",
            "complained",
            "seems",
            "looks",
            "feels",
            "felt",
            "not",
            "no",
            "also",
            "today",
            "again",
            "still",
            "just",
            "only",
            "too",
            "very",
            "now",
            "then",
            "yesterday",
            "tomorrow",
            "tonight",
            "asked",
            "told",
            "wants",
            "wanted",
            "needs",
            "did",
            "does",
            "do",
            "left",
            "right",
            "be",
            "been",
            "being",
            "about",
            "after",
            "before",
            "so",
            "if",
            "when",
            "while",
            "et",
            "al",
            "s",
            "dont",
            "isnt",
            "wasnt",
            "doesnt",
            "didnt",
            "cant",
            "wont");

    private static final Rx PATIENT = Rx.of(
            "(?:[Pp]atient|[Pp]t\\.?|PATIENT)(?:[^\\S\\n]+(?:named|called))?[^\\S\\n]+", 0, Rx.LETTER, null, null);

    private static final Rx RELATIVE = Rx.of(
            "\\b(?:wife|husband|son|daughter|mother|father|mom|dad|sister|brother|partner|fianc[eé]e?|girlfriend"
                    + "|boyfriend|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|niece|nephew|aunt|uncle"
                    + "|cousin|neighbou?r|friend|caregiver|roommate|named|nicknamed|name is|goes by|known as)"
                    + "[^\\S\\n]*,?[^\\S\\n]+",
            Pattern.CASE_INSENSITIVE);

    /** Nouns that turn the capitalised word before them into an eponym ("Austin Flint murmur", "Todd's paralysis"). */
    static final Set<String> EPONYM_NOUNS = ScanContext.words(
            "disease diseases syndrome sign signs triad pentad palsy paralysis criteria criterion score scale test tests crisis"
                    + " maneuver manoeuvre maneuvers fracture cyst node nodes nodule nodules murmur tear ulcer lesion"
                    + " lesions spots phenomenon reflex law rule formula classification staging stage grade variant tumor"
                    + " tumour lymphoma sarcoma carcinoma encephalopathy aphasia area angina procedure operation repair"
                    + " incision drain catheter line position respiration respirations breathing pulse bodies body cell"
                    + " cells nomogram equation method technique protocol index deformity contracture neuroma neuralgia"
                    + " dystrophy anemia anaemia fever pouch space canal ligament duct hump point angle sphincter ampulla"
                    + " circle bundle foramen gland glands diverticulum hernia block loop curve textbook chapter manual"
                    + " approach dressing splint cast boot shunt filter valve needle blade forceps mask bag tube solution"
                    + " stain agar blot lamp disorder effect reaction");

    /** Words before a name that make it a place or an institution ("St. Mary's", "Sister Mary Joseph"). */
    static final Set<String> PLACE_WORDS_BEFORE =
            ScanContext.words("St Ste Saint San Santa Sister Lake Mount Mt Fort Ft Port Camp");
    /** Words after a name that make it an institution ("Mary Washington Hospital", "Johns Hopkins Medicine"). */
    private static final Set<String> INSTITUTION_WORDS = ScanContext.words(
            "Hospital Medical Center Centre Clinic University College Memorial Health Healthcare Institute School"
                    + " Foundation Pavilion Campus Hall Library Building Street Avenue Road Boulevard Park County City");

    private static final Set<String> TITLE_WORDS = ScanContext.words("mrs mr ms miss mx dr prof professor doctor");
    private static final Set<String> PATIENT_WORDS = ScanContext.words("patient pt");
    private static final Set<String> RELATIVE_WORDS = ScanContext.words(
            "wife husband son daughter mother father mom dad sister brother partner fiance fiancé fiancee fiancée"
                    + " girlfriend boyfriend grandson granddaughter grandmother grandfather grandma grandpa niece nephew"
                    + " aunt uncle cousin neighbor neighbour friend caregiver roommate named nicknamed name goes known");

    private final NameLexicon lexicon = NameLexicon.get();

    /** One capitalised word in the text. */
    private record Token(int start, int end, int fullEnd, String base, boolean possessive) {
        boolean isInitial() {
            return base.length() == 1;
        }

        boolean hasLowerCase() {
            for (int i = 1; i < base.length(); i++) {
                if (Character.isLowerCase(base.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        String text = scan.text;
        List<Token> tokens = tokenize(text);
        List<Candidate> names = new ArrayList<>();
        titled(scan, tokens, names);
        triggered(scan, tokens, PATIENT, PATIENT_WORDS, "capitalised word after 'patient'", names);
        triggered(scan, tokens, RELATIVE, RELATIVE_WORDS, "name of a relative or contact", names);
        firstNames(scan, tokens, names);
        possessives(scan, tokens, names);

        // Drop the applicant's own attendings before their surnames can seed further matches.
        names.removeIf(c -> isAllowed(scan, c));
        coreferences(scan, tokens, names);
        out.addAll(names);
    }

    /** Capitalised words, optionally hyphenated ("Guillain-Barré") or possessive ("O'Brien's"); one pass, no regex. */
    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean capital = Character.isUpperCase(c) && (i == 0 || !isWordChar(text.charAt(i - 1)));
            i++;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetter(d) || d == '\'' || d == '’') {
                    i++;
                } else if (d == '-' && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            if (!capital) {
                continue;
            }
            String raw = text.substring(start, i);
            String base = NameLexicon.stripPossessive(raw);
            tokens.add(new Token(start, start + base.length(), i, base, base.length() != raw.length()));
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
    }

    /** "Mr Jonas Whitfield", "Mrs. Delgado", "Mr. K", "Dr. M. Lopez", and lower-case "mrs garcia". */
    private void titled(ScanContext scan, List<Token> tokens, List<Candidate> out) {
        scan.matchAt(TITLE, scan.startsOf(TITLE_WORDS), m -> {
            int first = tokenAt(tokens, m.end());
            if (first >= 0) {
                int last = extend(scan.text, tokens, first, 3, true);
                if (last >= 0) {
                    out.add(new Candidate(
                            PhiKind.NAME,
                            m.start(),
                            tokens.get(last).end(),
                            "title followed by a name",
                            Candidate.SHAPE));
                }
                return;
            }
            String title = m.group().strip();
            Rx.Match lower = SAFE_TITLE.matches(title) ? scan.matchAt(LOWER_WORD, m.end()) : null;
            if (lower != null && !LOWER_STOP.contains(lower.group()) && !lexicon.isAmbiguous(lower.group())) {
                out.add(new Candidate(
                        PhiKind.NAME, m.start(), lower.end(), "title followed by a name", Candidate.SHAPE));
            }
        });
    }

    /** A trigger phrase ("patient", "his wife") directly followed by one or two name-like words. */
    private void triggered(
            ScanContext scan,
            List<Token> tokens,
            Rx trigger,
            Set<String> triggerWords,
            String reason,
            List<Candidate> out) {
        scan.matchAt(trigger, scan.startsOf(triggerWords), m -> {
            int first = tokenAt(tokens, m.end());
            if (first < 0 || tokens.get(first).isInitial()) {
                return;
            }
            int last = extend(scan.text, tokens, first, 2, false);
            if (last >= 0 && !eponymFollows(scan, tokens.get(last))) {
                out.add(new Candidate(
                        PhiKind.NAME,
                        tokens.get(first).start(),
                        tokens.get(last).end(),
                        reason,
                        Candidate.SHAPE));
            }
        });
    }

    /**
     * Longest run of name-like words starting at {@code first}, at most {@code max}; returns the index of
     * the last token or -1. Initials are accepted after a title ("Mr. K").
     */
    private int extend(String text, List<Token> tokens, int first, int max, boolean initialsAllowed) {
        int last = -1;
        for (int i = first; i < tokens.size() && i < first + max; i++) {
            Token t = tokens.get(i);
            if (i > first && !adjacent(text, tokens.get(i - 1), t)) {
                break;
            }
            boolean ok = t.isInitial() ? initialsAllowed : t.hasLowerCase() && !lexicon.isNeverName(t.base());
            if (!ok) {
                break;
            }
            last = i;
            if (t.possessive()) {
                break;
            }
        }
        return last;
    }

    /** Known first names: with a following surname always; alone only when the name is not also a common word. */
    private void firstNames(ScanContext scan, List<Token> tokens, List<Candidate> out) {
        String text = scan.text;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isInitial() || !t.hasLowerCase()) {
                continue;
            }
            if (!lexicon.isFirstName(t.base())) {
                bareSurname(scan, t, out);
                continue;
            }
            if (placeWordBefore(scan.text, t.start())) {
                continue;
            }
            int last = i;
            if (!t.possessive()) {
                int j = i + 1;
                // Optional middle initial: "Jonas R. Whitfield".
                if (j < tokens.size()
                        && tokens.get(j).isInitial()
                        && adjacent(text, t, tokens.get(j))
                        && j + 1 < tokens.size()
                        && adjacent(text, tokens.get(j), tokens.get(j + 1))) {
                    j++;
                }
                if (j < tokens.size() && adjacent(text, tokens.get(j - 1), tokens.get(j))) {
                    Token s = tokens.get(j);
                    if (!s.isInitial() && s.hasLowerCase() && !lexicon.isNeverName(s.base())) {
                        last = j;
                    }
                }
            }
            Token end = tokens.get(last);
            if (eponymFollows(scan, end) || institutionFollows(scan.text, end.end())) {
                continue;
            }
            if (last == i && lexicon.isAmbiguous(t.base())) {
                continue;
            }
            String reason = last == i ? "common first name" : "first name and surname";
            out.add(new Candidate(
                    PhiKind.NAME, t.start(), end.end(), reason, last == i ? Candidate.WEAK : Candidate.SHAPE));
        }
    }

    /** A common surname on its own ("Nguyen in 7 is NPO"), unless it is also an eponym or a word. */
    private void bareSurname(ScanContext scan, Token t, List<Candidate> out) {
        if (!lexicon.isSurname(t.base())
                || lexicon.isAmbiguous(t.base())
                || eponymFollows(scan, t)
                || placeWordBefore(scan.text, t.start())
                || institutionFollows(scan.text, t.end())) {
            return;
        }
        out.add(new Candidate(PhiKind.NAME, t.start(), t.end(), "common surname", Candidate.WEAK));
    }

    /** "Hernandez's labs": a possessive capitalised word that is not an eponym ("Bell's palsy", "Crohn's"). */
    private void possessives(ScanContext scan, List<Token> tokens, List<Candidate> out) {
        for (Token t : tokens) {
            if (!t.possessive() || t.isInitial() || !t.hasLowerCase() || lexicon.isAmbiguous(t.base())) {
                continue;
            }
            if (eponymFollows(scan, t)
                    || placeWordBefore(scan.text, t.start())
                    || institutionFollows(scan.text, t.end())) {
                continue;
            }
            out.add(new Candidate(PhiKind.NAME, t.start(), t.end(), "possessive of a name", Candidate.WEAK));
        }
    }

    /**
     * Once "Mrs Kowalski" is found, a later bare "Kowalski" is the same person. One pass over the tokens
     * with a mark of where names are (not names times tokens: a text of a thousand names stays linear).
     */
    private void coreferences(ScanContext scan, List<Token> tokens, List<Candidate> names) {
        if (names.isEmpty()) {
            return;
        }
        java.util.BitSet inName = new java.util.BitSet(scan.text.length());
        for (Candidate c : names) {
            inName.set(c.start(), c.end());
        }
        Set<String> surnames = new HashSet<>();
        for (Token t : tokens) {
            if (inName.get(t.start())
                    && inName.get(t.end() - 1)
                    && !t.isInitial()
                    && t.base().length() >= 3
                    && !NameLexicon.isTitle(t.base())
                    && !lexicon.isAmbiguous(t.base())) {
                surnames.add(t.base().toLowerCase(Locale.ROOT));
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        List<Candidate> more = new ArrayList<>();
        for (Token t : tokens) {
            if (!surnames.contains(t.base().toLowerCase(Locale.ROOT))
                    || inName.get(t.start()) && inName.get(t.end() - 1)) {
                continue;
            }
            more.add(new Candidate(PhiKind.NAME, t.start(), t.end(), "same name as another finding", Candidate.WEAK));
        }
        names.addAll(more);
    }

    /** True when every name word of the candidate belongs to an allowed attending (titles and initials aside). */
    private boolean isAllowed(ScanContext scan, Candidate c) {
        if (!scan.hasAllowedNames()) {
            return false;
        }
        boolean anyWord = false;
        for (String raw : NameLexicon.nameWords(scan.text.substring(c.start(), c.end()))) {
            String word = NameLexicon.stripPossessive(raw);
            if (word.length() < 2 || NameLexicon.isTitle(word)) {
                continue;
            }
            anyWord = true;
            if (!scan.isAllowedNameToken(word)) {
                return false;
            }
        }
        return anyWord;
    }

    private boolean eponymFollows(ScanContext scan, Token t) {
        String text = scan.text;
        int i = skipSpaces(text, t.fullEnd());
        if (i < text.length() && text.charAt(i) == '-') {
            i = skipSpaces(text, i + 1);
        }
        return EPONYM_NOUNS.contains(wordAt(text, i));
    }

    /** "St. Mary's", "Sister Mary Joseph": the word before is a place or religious title. */
    private static boolean placeWordBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '.') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        int wordStart = i + 1;
        return wordStart < end
                && Character.isUpperCase(text.charAt(wordStart))
                && PLACE_WORDS_BEFORE.contains(text.substring(wordStart, end).toLowerCase(Locale.ROOT));
    }

    /** The name is part of an institution: "Mary Washington Hospital", "Cedars' Medical Center". */
    static boolean institutionFollows(String text, int end) {
        int i = end;
        if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '’')) {
            i++;
            if (i < text.length() && text.charAt(i) == 's') {
                i++;
            }
        }
        int first = skipSpaces(text, i);
        if (first == i || first >= text.length() || !Character.isUpperCase(text.charAt(first))) {
            return false;
        }
        String word = wordAt(text, first);
        if (INSTITUTION_WORDS.contains(word)) {
            return true;
        }
        int second = skipSpaces(text, first + word.length());
        return second > first + word.length()
                && second < text.length()
                && Character.isUpperCase(text.charAt(second))
                && INSTITUTION_WORDS.contains(wordAt(text, second));
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    /** The lower-cased run of letters starting at {@code i} (empty when none). */
    private static String wordAt(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j).toLowerCase(Locale.ROOT);
    }

    /** Index of the token starting exactly at {@code pos}, or -1 (binary search: tokens are in text order). */
    private static int tokenAt(List<Token> tokens, int pos) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s == pos) {
                return mid;
            }
            if (s < pos) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** Two words of one name: separated by spaces only, or by ". " after an initial; a possessive ends a name. */
    private static boolean adjacent(String text, Token a, Token b) {
        if (a.possessive()) {
            return false;
        }
        int i = a.end();
        if (a.isInitial() && i < b.start() && text.charAt(i) == '.') {
            i++;
        }
        if (i >= b.start() || b.start() - i > 2) {
            return false;
        }
        for (; i < b.start(); i++) {
            char ch = text.charAt(i);
            if (ch != ' ' && ch != '\t' && ch != '\u00A0') {
                return false;
            }
        }
        return true;
    }
}
