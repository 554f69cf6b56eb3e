package org.lorkit.phi;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A pattern matched in time linear in the text (RE2/J, no backtracking), with the two look-arounds the
 * guard's patterns need, which RE2 lacks:
 * <ul>
 *   <li>"not preceded by" one of some characters: checked in code on the character before the start;</li>
 *   <li>"not followed by" one of some characters: compiled as {@code body()(?:[^C]|$)}, so RE2 still
 *   prefers the longest alternative that ends well, and the empty group marks where the body ends.</li>
 * </ul>
 * Anchored matches run on a window of {@link #WINDOW} characters from the start: no identifier is longer,
 * so a text with many possible starts still costs at most {@code WINDOW} steps per start.
 */
final class Rx {

    /** Longer than any identifier the guard looks for (an address line, a UDI). */
    static final int WINDOW = 160;

    /** A set of characters, for the look-arounds. */
    interface CharTest {
        boolean test(char c);
    }

    static final CharTest WORD = c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    static final CharTest LETTER = Character::isLetter;

    /** A cheap test of where a match can start, run before RE2 (which costs microseconds per call). */
    interface Prefilter {
        boolean test(String text, int start);
    }

    final Pattern pattern;
    private Prefilter prefilter;
    private final CharTest notAfter;
    private final CharTest notBefore;
    private final int endGroup;

    private Rx(String body, int flags, CharTest notAfter, String notBeforeClass, CharTest notBefore) {
        String regex =
                notBeforeClass == null ? "(?:" + body + ")()" : "(?:" + body + ")()(?:[^" + notBeforeClass + "]|$)";
        this.pattern = Pattern.compile(regex, flags);
        this.notAfter = notAfter;
        this.notBefore = notBefore;
        this.endGroup = pattern.groupCount();
    }

    static Rx of(String body) {
        return new Rx(body, 0, null, null, null);
    }

    static Rx of(String body, int flags) {
        return new Rx(body, flags, null, null, null);
    }

    /**
     * @param notAfter       the character before the match must not be one of these (null: any)
     * @param notBeforeClass a character class body ("\\w/-") the character after the match must not be in (null: any)
     * @param notBefore      the same set as a test, for the end of a window
     */
    static Rx of(String body, int flags, CharTest notAfter, String notBeforeClass, CharTest notBefore) {
        return new Rx(body, flags, notAfter, notBeforeClass, notBefore);
    }

    /** Only tries RE2 where {@code prefilter} says a match can start. */
    Rx onlyWhere(Prefilter test) {
        this.prefilter = test;
        return this;
    }

    /** Length of the run of ASCII digits starting at {@code start}. */
    static int digitRun(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - start;
    }

    /** The character at {@code i}, or 0 past the end. */
    static char charAt(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : 0;
    }

    /** A run of {@code min} to {@code max} digits at {@code start}, followed by one of {@code next} (null: anything). */
    static Prefilter digits(int min, int max, String next) {
        return (text, start) -> {
            int run = digitRun(text, start);
            return run >= min && run <= max && (next == null || next.indexOf(charAt(text, start + run)) >= 0);
        };
    }

    /** An age over 89 starts here: "9x" or "1xx". */
    static final Prefilter OLD_AGE = (text, start) -> {
        int run = digitRun(text, start);
        return run == 2 && text.charAt(start) == '9' || run == 3 && text.charAt(start) == '1';
    };

    /** One match, with offsets into the whole text. */
    static final class Match {
        private final String text;
        private final Matcher m;
        private final int offset;
        private final int endGroup;

        private Match(String text, Matcher m, int offset, int endGroup) {
            this.text = text;
            this.m = m;
            this.offset = offset;
            this.endGroup = endGroup;
        }

        int start() {
            return m.start() + offset;
        }

        int end() {
            return m.start(endGroup) + offset;
        }

        String group() {
            return text.substring(start(), end());
        }

        int start(int g) {
            int s = m.start(g);
            return s < 0 ? -1 : s + offset;
        }

        int end(int g) {
            int e = m.end(g);
            return e < 0 ? -1 : e + offset;
        }

        String group(int g) {
            String s = m.group(g);
            return s;
        }
    }

    /** The match starting exactly at {@code start}, or null. */
    Match at(String text, int start) {
        if (start < 0 || start > text.length()) {
            return null;
        }
        if (notAfter != null && start > 0 && notAfter.test(text.charAt(start - 1))) {
            return null;
        }
        if (prefilter != null && !prefilter.test(text, start)) {
            return null;
        }
        int end = Math.min(text.length(), start + WINDOW);
        Matcher m = pattern.matcher(new Window(text, start, end));
        if (!m.lookingAt()) {
            return null;
        }
        Match match = new Match(text, m, start, endGroup);
        if (notBefore != null
                && match.end() < text.length()
                && match.end() == end
                && notBefore.test(text.charAt(match.end()))) {
            return null;
        }
        return match;
    }

    /** True when the pattern matches somewhere in {@code s} (for short strings: a window before a number). */
    boolean foundIn(CharSequence s) {
        return pattern.matcher(s).find();
    }

    /** Every match in the text, left to right, not overlapping (one linear RE2 scan per match). */
    void findAll(String text, java.util.function.Consumer<Match> handler) {
        Matcher m = pattern.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            Match match = new Match(text, m, 0, endGroup);
            int next = Math.max(match.end(), m.start() + 1);
            if (notAfter == null || match.start() == 0 || !notAfter.test(text.charAt(match.start() - 1))) {
                handler.accept(match);
            } else {
                next = m.start() + 1;
            }
            from = next;
        }
    }

    /** A view of part of the text, so an anchored match neither copies nor reads past the window. */
    private static final class Window implements CharSequence {
        private final String text;
        private final int from;
        private final int to;

        Window(String text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Window(text, from + start, from + end);
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }
}
