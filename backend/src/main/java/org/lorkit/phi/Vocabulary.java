package org.lorkit.phi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the guard knows about a lower-cased word: English, medical, shorthand, a given or family name,
 * a place. Read once from the word lists in {@code vocab/} (see its README for sources and licences) and
 * immutable afterwards, so shared by every thread.
 */
final class Vocabulary {

    private final Set<String> english;
    private final Set<String> medical;
    private final Set<String> shorthand;
    private final Set<String> given;
    private final Set<String> family;
    private final Set<String> wordNames;
    private final Set<String> places;
    /** Place names of two or three words ("gig harbor", "queen anne"), each a single space-separated string. */
    private final Set<String> placePhrases;
    /** Every word of a US town's name, whatever else it is ("seattle" is also in the medical list). */
    private final Set<String> townWords;

    private Vocabulary() {
        english = read("english.txt");
        medical = read("medical.txt");
        shorthand = read("shorthand.txt");
        given = read("given-names.txt");
        family = read("family-names.txt");
        wordNames = read("word-names.txt");
        Set<String> p = new HashSet<>(read("places.txt"));
        p.addAll(read("us-places.txt"));
        p.addAll(read("us-gazetteer.txt"));
        Set<String> phrases = new HashSet<>();
        Set<String> town = new HashSet<>();
        for (String file : new String[] {"us-towns.txt", "neighbourhoods.txt"}) {
            for (String line : readLines(file)) {
                String[] words = line.split(" ");
                if (words.length >= 2 && words.length <= 3) {
                    phrases.add(line);
                }
                for (String w : words) {
                    town.add(w);
                    // A town word joins the places only when no other list knows it: a US town list is full of
                    // names (lincoln, mason) and words (index, concrete); the one-word neighbourhoods composed
                    // for LORkit (magnolia, kent) may be English words or names, never clinical words.
                    boolean ownLine = words.length == 1 && file.equals("neighbourhoods.txt");
                    if (ownLine && !isClinical(w)
                            || w.length() >= 4 && !isNameLike(w) && !isClinical(w) && !english.contains(w)) {
                        p.add(w);
                    }
                }
            }
        }
        places = Set.copyOf(p);
        placePhrases = Set.copyOf(phrases);
        townWords = Set.copyOf(town);
    }

    private static final class Holder {
        static final Vocabulary INSTANCE = new Vocabulary();
    }

    static Vocabulary get() {
        return Holder.INSTANCE;
    }

    boolean isEnglish(String w) {
        return english.contains(w) || english.contains(NameLexicon.stripPossessive(w));
    }

    /** A medical word, a drug, a lab or a note or texting abbreviation: never a name on its own. */
    boolean isClinical(String w) {
        return medical.contains(w) || shorthand.contains(w);
    }

    boolean isShorthand(String w) {
        return shorthand.contains(w);
    }

    boolean isGivenName(String w) {
        return given.contains(w);
    }

    boolean isFamilyName(String w) {
        return family.contains(w) || wordNames.contains(w);
    }

    /** A name that is also an English word, from the composed list ("joy", "bishop", "fox"). */
    boolean isWordName(String w) {
        return wordNames.contains(w);
    }

    boolean isNameLike(String w) {
        return given.contains(w) || family.contains(w) || wordNames.contains(w);
    }

    /** One word of a place name ("flatbush") or a whole multi-word place ("boyle heights"). */
    boolean isPlace(String w) {
        return places.contains(w);
    }

    /** A place name of two or three words, lower case, one space between the words ("walla walla"). */
    boolean isPlacePhrase(String words) {
        return placePhrases.contains(words);
    }

    /** A word of a US town's or neighbourhood's name, even one that is also a clinical or English word. */
    boolean isTownWord(String w) {
        return townWords.contains(w);
    }

    /** Known to the guard at all: a word no list holds is a misspelling, a rare name or a name it has never seen. */
    boolean isKnown(String w) {
        return isEnglish(w) || isClinical(w) || isNameLike(w) || places.contains(w);
    }

    /**
     * Known, or a known word with two neighbouring letters swapped ("pateint", "tahnks"): thumbs swap letters
     * often, and a misspelt clinical word must not pass for an unknown name.
     */
    boolean isKnownOrTypo(String w) {
        if (isKnown(w)) {
            return true;
        }
        if (w.length() < 4 || w.length() > MAX_TYPO_LENGTH) {
            return false; // each swap copies the word: a bound keeps a 10 000-letter "word" linear
        }
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) {
                if (!part.isEmpty() && !isKnown(part)) {
                    return false;
                }
            }
            return true; // "mother-in-law", "follow-up"
        }
        if (isInflected(w)) {
            return true; // "stooling", "hashimotos": an ending on a known word
        }
        char[] c = w.toCharArray();
        for (int k = 0; k + 1 < c.length; k++) {
            char x = c[k];
            c[k] = c[k + 1];
            c[k + 1] = x;
            String swapped = new String(c);
            c[k + 1] = c[k];
            c[k] = x;
            if (isEnglish(swapped) || isClinical(swapped)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A known English or clinical word with an ending the word list lacks: "stooling" (stool), "hashimotos"
     * (hashimoto), "diuresed" (diurese), "bronched" (bronch). The stem must have four letters, so a short name does not
     * turn into a word ("tevita" has no ending; "ling" is no "l" + "ing").
     */
    private boolean isInflected(String w) {
        for (String ending : ENDINGS) {
            if (w.length() - ending.length() < 4 || !w.endsWith(ending)) {
                continue;
            }
            String stem = w.substring(0, w.length() - ending.length());
            if (isWordOrClinical(stem) || !ending.equals("s") && isWordOrClinical(stem + "e")) {
                return true;
            }
            int n = stem.length();
            if (!ending.equals("s")
                    && stem.charAt(n - 1) == stem.charAt(n - 2)
                    && isWordOrClinical(stem.substring(0, n - 1))) {
                return true; // "bagged", "stopping"
            }
        }
        return false;
    }

    private static final String[] ENDINGS = {"ing", "ed", "es", "s"};

    private boolean isWordOrClinical(String w) {
        return english.contains(w) || isClinical(w);
    }

    /** True when {@code w} is {@code target} with one pair of neighbouring letters swapped ("fmaily"). */
    static boolean swapsTo(String w, String target) {
        if (w.length() != target.length() || w.equals(target)) {
            return false;
        }
        int k = 0;
        while (w.charAt(k) == target.charAt(k)) {
            k++;
        }
        return k + 1 < w.length()
                && w.charAt(k) == target.charAt(k + 1)
                && w.charAt(k + 1) == target.charAt(k)
                && w.substring(k + 2).equals(target.substring(k + 2));
    }

    /** Longer than any English or clinical word. */
    private static final int MAX_TYPO_LENGTH = 40;

    private static Set<String> read(String file) {
        Set<String> words = new HashSet<>();
        for (String line : readLines(file)) {
            for (String w : line.split(" ")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return Set.copyOf(words);
    }

    /** The lines of a word list, lower case, without comments and blank lines, inner spaces collapsed. */
    private static List<String> readLines(String file) {
        String resource = "vocab/" + file;
        List<String> lines = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                return lines; // a list left out of a build (e.g. the GPL medical list) only costs precision
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String lower = line.strip().toLowerCase(Locale.ROOT);
                while (lower.contains("  ")) {
                    lower = lower.replace("  ", " ");
                }
                lines.add(lower);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PHI guard word list " + resource, e);
        }
        return lines;
    }
}
