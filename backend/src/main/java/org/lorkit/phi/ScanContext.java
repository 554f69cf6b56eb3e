package org.lorkit.phi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text being scanned, an index of where words and numbers start, and the per-call facts the
 * recognisers share (allowed attending names).
 *
 * <p>Why the index: scanning a 2 000-character note with some seventy patterns, each tried at every
 * position, costs milliseconds. Every pattern here starts either at a number or at one of a few
 * label words, so the text is walked once and each pattern is only tried, anchored, where it can
 * start.
 */
final class ScanContext {

    /** A callback for one anchored match. */
    interface MatchHandler {
        void accept(Rx.Match match);
    }

    /**
     * Words that, right after a number, show the number is a dose, a quantity or a score rather than
     * part of a date or an identifier ("5/10 mg", "1/2 tab", "8/10 pain").
     */
    private static final Rx UNIT_AFTER = Rx.of(
            "[^\\S\\n]*(?:mg|mcg|µg|ug|g|gm|kg|mL|ml|cc|L|units?|U|IU|tabs?|tablets?|caps?|capsules?|puffs?|drops?"
                    + "|sprays?|%|mmHg|mm|cm|mEq|mmol|meq|doses?|NS|ns|pain|of|strength|scale|score|points?|copies"
                    + "|cells|mcL|uL|µL|/)",
            0, null, "A-Za-z", Character::isLetter);

    private static final int[] NONE = new int[0];

    final String text;
    private final Set<String> allowedNameTokens;
    /** Lower-cased word -> ascending start offsets. */
    private final Map<String, int[]> wordStarts;
    /** Starts of digit runs, plus '(' and '+' right before a digit (phone numbers). */
    private final int[] numberStarts;
    /** Offsets of '#' characters ("acct #4456", "# 7734510"). */
    private final int[] hashes;

    ScanContext(String text, Set<String> allowedNameTokens) {
        this.text = text;
        this.allowedNameTokens = allowedNameTokens;
        Map<String, IntList> words = new HashMap<>();
        IntList numbers = new IntList();
        IntList hashMarks = new IntList();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int start = i;
                i++;
                while (i < n
                        && (Character.isLetter(text.charAt(i))
                                || isApostrophe(text.charAt(i))
                                        && i + 1 < n
                                        && Character.isLetter(text.charAt(i + 1)))) {
                    i++;
                }
                words.computeIfAbsent(text.substring(start, i).toLowerCase(Locale.ROOT), k -> new IntList())
                        .add(start);
                continue;
            }
            if (c >= '0' && c <= '9') {
                if (i == 0 || !isDigit(text.charAt(i - 1))) {
                    numbers.add(i);
                }
            } else if ((c == '(' || c == '+') && i + 1 < n && isDigit(text.charAt(i + 1))) {
                numbers.add(i);
            } else if (c == '#') {
                hashMarks.add(i);
            }
            i++;
        }
        Map<String, int[]> frozen = new HashMap<>(words.size() * 2);
        words.forEach((w, list) -> frozen.put(w, list.toArray()));
        this.wordStarts = frozen;
        this.numberStarts = numbers.toArray();
        this.hashes = hashMarks.toArray();
    }

    /** Start offsets of every occurrence of the given lower-case words, ascending. */
    int[] startsOf(Set<String> lowerCaseWords) {
        IntList starts = null;
        int[] single = null;
        // Walk the smaller side: a short note has fewer distinct words than most trigger lists have.
        if (wordStarts.size() < lowerCaseWords.size()) {
            for (Map.Entry<String, int[]> word : wordStarts.entrySet()) {
                if (!lowerCaseWords.contains(word.getKey())) {
                    continue;
                }
                if (single == null && starts == null) {
                    single = word.getValue();
                    continue;
                }
                if (starts == null) {
                    starts = new IntList();
                    starts.addAll(single);
                }
                starts.addAll(word.getValue());
            }
        } else {
            for (String w : lowerCaseWords) {
                int[] at = wordStarts.get(w);
                if (at == null) {
                    continue;
                }
                if (single == null && starts == null) {
                    single = at;
                    continue;
                }
                if (starts == null) {
                    starts = new IntList();
                    starts.addAll(single);
                }
                starts.addAll(at);
            }
        }
        if (starts != null) {
            int[] all = starts.toArray();
            Arrays.sort(all);
            return all;
        }
        return single != null ? single : NONE;
    }

    /** The text as words, numbers and marks (made on first use, once per text). */
    Tokens tokens() {
        if (tokens == null) {
            tokens = new Tokens(text);
        }
        return tokens;
    }

    private Tokens tokens;

    /** True when the lower-case word belongs to an allowed attending, institution or rotation place. */
    boolean isAllowedPlaceToken(String lowerCaseWord) {
        return !allowedNameTokens.isEmpty() && allowedNameTokens.contains(lowerCaseWord);
    }

    int[] numberStarts() {
        return numberStarts;
    }

    int[] hashes() {
        return hashes;
    }

    /** Sorted union of two start lists. */
    static int[] union(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Arrays.sort(all);
        return all;
    }

    /**
     * Tries {@code pattern} anchored at each start, in order, and hands every match to {@code handler};
     * like a left-to-right search, a start inside the previous match is skipped.
     */
    void matchAt(Rx pattern, int[] starts, MatchHandler handler) {
        int skipUntil = -1;
        for (int s : starts) {
            if (s < skipUntil) {
                continue;
            }
            Rx.Match m = pattern.at(text, s);
            if (m != null) {
                handler.accept(m);
                skipUntil = Math.max(m.end(), s + 1);
            }
        }
    }

    /** The match of {@code pattern} anchored at {@code start}, or null. */
    Rx.Match matchAt(Rx pattern, int start) {
        return pattern.at(text, start);
    }

    /** Up to {@code window} characters before {@code pos}, cut at the previous line break. */
    String before(int pos, int window) {
        int from = Math.max(0, pos - window);
        String s = text.substring(from, pos);
        int nl = s.lastIndexOf('\n');
        return nl >= 0 ? s.substring(nl + 1) : s;
    }

    /** Up to {@code window} characters after {@code pos}, cut at the next line break. */
    String after(int pos, int window) {
        String s = text.substring(pos, Math.min(text.length(), pos + window));
        int nl = s.indexOf('\n');
        return nl >= 0 ? s.substring(0, nl) : s;
    }

    /** True when the number ending at {@code pos} is followed by a unit or a dose word. */
    boolean unitFollows(int pos) {
        return matchAt(UNIT_AFTER, pos) != null;
    }

    /** True when the name token (any case, possessive already stripped) belongs to an allowed attending. */
    boolean isAllowedNameToken(String token) {
        return !allowedNameTokens.isEmpty() && allowedNameTokens.contains(token.toLowerCase(Locale.ROOT));
    }

    boolean hasAllowedNames() {
        return !allowedNameTokens.isEmpty();
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }

    /** Trigger words of a pattern, written naturally and stored lower-case. */
    static Set<String> words(String spaceSeparated) {
        List<String> list = new ArrayList<>();
        int i = 0;
        int n = spaceSeparated.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(spaceSeparated.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(spaceSeparated.charAt(i))) {
                i++;
            }
            if (i > start) {
                list.add(spaceSeparated.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(list);
    }

    /** A growable int array (avoids boxing in the hot path). */
    private static final class IntList {
        private int[] items = new int[8];
        private int size;

        void add(int v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = v;
        }

        void addAll(int[] vs) {
            for (int v : vs) {
                add(v);
            }
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
