package org.lorkit.phi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists for the name rules, loaded once from the classpath and immutable afterwards (so shared
 * by all threads): common first names and surnames, and capitalised words that are not names.
 */
final class NameLexicon {

    private static final String FIRST_NAMES = "first-names.txt";
    private static final String NOT_NAMES = "not-names.txt";
    private static final String SURNAMES = "surnames.txt";

    /** Titles and degrees dropped from allowed names ("Dr Maria Lopez, MD" allows "maria" and "lopez"). */
    private static final Set<String> TITLES_AND_DEGREES = Set.of(
            "dr",
            "doctor",
            "prof",
            "professor",
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "md",
            "do",
            "phd",
            "mbbs",
            "mph",
            "facp",
            "facc",
            "faap",
            "facs",
            "rn",
            "np",
            "pa",
            "jr",
            "sr",
            "ii",
            "iii",
            "the",
            "attending");

    private final Set<String> firstNames;
    private final Set<String> surnames;
    private final Set<String> ambiguous;
    private final Set<String> never;

    private NameLexicon(Set<String> firstNames, Set<String> surnames, Set<String> ambiguous, Set<String> never) {
        this.firstNames = firstNames;
        this.surnames = surnames;
        this.ambiguous = ambiguous;
        this.never = never;
    }

    /** Lazy holder: the lists are read on first use, exactly once. */
    private static final class Holder {
        static final NameLexicon INSTANCE = load();
    }

    static NameLexicon get() {
        return Holder.INSTANCE;
    }

    boolean isFirstName(String word) {
        return firstNames.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isSurname(String word) {
        return surnames.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Never a person's name in a case note: drugs, calendar words, roles, sentence starters, states. */
    boolean isNeverName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (never.contains(w)) {
            return true;
        }
        if (w.indexOf('-') < 0) {
            return false;
        }
        for (String part : w.split("-")) {
            if (!part.isEmpty() && !never.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** An eponym, a textbook, an institution or a first name that doubles as a word (Murphy, Grace, Todd). */
    boolean isAmbiguous(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (ambiguous.contains(w) || never.contains(w)) {
            return true;
        }
        if (w.indexOf('-') < 0) {
            return false;
        }
        for (String part : w.split("-")) {
            if (ambiguous.contains(part) || never.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-cased name tokens of the allowed attendings, without titles and degrees. */
    static Set<String> allowedTokens(Collection<String> allowedNames) {
        if (allowedNames == null || allowedNames.isEmpty()) {
            return Set.of();
        }
        Set<String> tokens = new HashSet<>();
        for (String name : allowedNames) {
            if (name == null) {
                continue;
            }
            for (String t : nameWords(name.toLowerCase(Locale.ROOT))) {
                String token = stripPossessive(t);
                if (token.length() >= 2 && !TITLES_AND_DEGREES.contains(token)) {
                    tokens.add(token);
                }
            }
        }
        return Set.copyOf(tokens);
    }

    /** The runs of letters, apostrophes and hyphens in {@code s} ("Dr. M. Lopez-Ruiz" gives Dr, M, Lopez-Ruiz). */
    static java.util.List<String> nameWords(String s) {
        java.util.List<String> words = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !isNameChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && isNameChar(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(s.substring(start, i));
            }
        }
        return words;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
    }

    static boolean isTitle(String token) {
        return TITLES_AND_DEGREES.contains(token.toLowerCase(Locale.ROOT));
    }

    static String stripPossessive(String token) {
        if (token.endsWith("'s") || token.endsWith("’s")) {
            return token.substring(0, token.length() - 2);
        }
        // A bare trailing apostrophe is a plural possessive only after s/z/x ("Graves'", "Jones'"), not "K'iche'".
        if ((token.endsWith("'") || token.endsWith("’"))
                && token.length() > 1
                && "szxSZX".indexOf(token.charAt(token.length() - 2)) >= 0) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    private static NameLexicon load() {
        Set<String> first = new HashSet<>();
        Set<String> last = new HashSet<>();
        Set<String> ambiguous = new HashSet<>();
        Set<String> never = new HashSet<>();
        readWords(FIRST_NAMES, first::add, null, null);
        readWords(SURNAMES, last::add, null, null);
        readWords(NOT_NAMES, null, ambiguous, never);
        return new NameLexicon(Set.copyOf(first), Set.copyOf(last), Set.copyOf(ambiguous), Set.copyOf(never));
    }

    private interface WordSink {
        void add(String word);
    }

    /**
     * Reads a word list; '#' starts a comment line. In not-names.txt a "[ambiguous]" or "[never]" line
     * switches the set that receives the following words.
     */
    private static void readWords(String resource, WordSink plain, Set<String> ambiguous, Set<String> never) {
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("PHI guard word list missing from classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Set<String> target = never;
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.equals("[ambiguous]")) {
                    target = ambiguous;
                    continue;
                }
                if (line.equals("[never]")) {
                    target = never;
                    continue;
                }
                for (String word : ScanContext.words(line)) {
                    String w = word.toLowerCase(Locale.ROOT);
                    if (plain != null) {
                        plain.add(w);
                    } else {
                        target.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PHI guard word list " + resource, e);
        }
    }
}
