package org.lorkit.phi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text cut into words, numbers and single punctuation marks in one pass, without regular
 * expressions (linear in the text). A token of letters and digits together ("mrn7730115", "91F",
 * "5th") is one token; apostrophes and hyphens inside words are kept ("meena's", "o'brien").
 */
final class Tokens {

    /** One token: {@code lower} is the lower-cased text, {@code base} the same without a possessive. */
    record Tok(int start, int end, String text, String lower, String base, boolean letters, boolean digits) {
        boolean isWord() {
            return letters && !digits;
        }

        boolean isNumber() {
            return digits && !letters;
        }

        boolean isPunct() {
            return !letters && !digits;
        }

        boolean is(String lowerText) {
            return lower.equals(lowerText);
        }

        /** Same test as {@link #is} against a set of lower-case words built once by the caller. */
        boolean isAny(Set<String> lowerWords) {
            return lowerWords.contains(lower);
        }

        boolean capitalised() {
            return letters && Character.isUpperCase(text.charAt(0));
        }

        boolean possessive() {
            return base.length() != lower.length();
        }

        boolean nonAscii() {
            for (int i = 0; i < base.length(); i++) {
                if (base.charAt(i) > 127) {
                    return true;
                }
            }
            return false;
        }
    }

    final String text;
    final List<Tok> all;

    Tokens(String text) {
        this.text = text;
        this.all = cut(text);
    }

    int size() {
        return all.size();
    }

    Tok get(int i) {
        return i >= 0 && i < all.size() ? all.get(i) : null;
    }

    /** Index of the token starting at {@code offset}, or -1 (binary search: tokens are in text order). */
    int indexAt(int offset) {
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = all.get(mid).start();
            if (s == offset) {
                return mid;
            }
            if (s < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** True when only spaces or tabs separate token {@code i} from the next (no line break, no mark). */
    boolean joined(int i) {
        Tok a = get(i);
        Tok b = get(i + 1);
        if (a == null || b == null) {
            return false;
        }
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\u00A0') {
                return false;
            }
        }
        return true;
    }

    /** True when tokens {@code i} and {@code i + 1} touch (no space between). */
    boolean touching(int i) {
        Tok a = get(i);
        Tok b = get(i + 1);
        return a != null && b != null && a.end() == b.start();
    }

    /** True when token {@code i} starts a sentence (text start, or after . ! ? or a line break). */
    boolean sentenceStart(int i) {
        Tok t = get(i);
        if (t == null) {
            return false;
        }
        for (int k = t.start() - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '-' || c == '('
                    || c == '"') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when token {@code i} opens a clause: a sentence start, or right after a comma, a semicolon or a word
     * that joins clauses in run-on phone notes ("k 5.9 so kalani ate", "…, also tevita dx w t1dm", "… but sione
     * wants", "hgb 7.4 w moved to 5 north": thumbs use "w" for "and" too). The rules for what opens a sentence hold after these as well.
     */
    boolean clauseStart(int i) {
        if (sentenceStart(i)) {
            return true;
        }
        Tok before = get(i - 1);
        if (before == null) {
            return false;
        }
        if (before.is(",") || before.is(";")) {
            return true;
        }
        return before.isWord() && joined(i - 1) && CLAUSE_JOINERS.contains(before.lower());
    }

    /** True for a word that joins clauses in a run-on note ("so", "then", "also", "w"). */
    static boolean joinsClauses(String lowerWord) {
        return CLAUSE_JOINERS.contains(lowerWord);
    }

    /** Words that start a new clause in a run-on note. */
    private static final Set<String> CLAUSE_JOINERS =
            Set.of("also", "so", "then", "but", "and", "plus", "bc", "because", "cuz", "while", "though", "tho", "w");

    private static List<Tok> cut(String text) {
        List<Tok> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                String s = String.valueOf(c);
                out.add(new Tok(i, i + 1, s, s, s, false, false));
                i++;
                continue;
            }
            int start = i;
            boolean letters = false;
            boolean digits = false;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetter(d)) {
                    letters = true;
                    i++;
                } else if (Character.isDigit(d)) {
                    digits = true;
                    i++;
                } else if ((d == '\'' || d == '’' || d == '-')
                        && i + 1 < n
                        && Character.isLetter(text.charAt(i + 1))
                        && Character.isLetter(text.charAt(i - 1))) {
                    i++;
                } else {
                    break;
                }
            }
            String raw = text.substring(start, i);
            String lower = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
            String base = NameLexicon.stripPossessive(lower);
            out.add(new Tok(start, i, raw, lower, base, letters, digits));
        }
        return out;
    }
}
