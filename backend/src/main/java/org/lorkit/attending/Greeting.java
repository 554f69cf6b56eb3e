package org.lorkit.attending;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a script greets a writer: the applicant's own words when given ("Prof. Okafor"), else title and
 * surname only ("Dr. Mitchell" for "Sarah Mitchell, MD" or "Dr Sarah Mitchell"). Without a doctoral
 * degree or title nothing is guessed (no Ms. or Mr.): the full name is the safe greeting.
 */
public final class Greeting {

    /** Degrees that make "Dr." the right title in a US hospital (compared without dots or spaces). */
    private static final Set<String> DOCTORAL = Set.of(
            "MD",
            "DO",
            "PHD",
            "MBBS",
            "MBCHB",
            "MBBCH",
            "DPM",
            "PHARMD",
            "DNP",
            "PSYD",
            "EDD",
            "DRPH",
            "DDS",
            "DMD",
            "DVM",
            "SCD",
            "MDPHD",
            "DMSC",
            "DSC",
            "MBBS(HONS)");

    private Greeting() {}

    // Compiled once: the ranked list and today greet every writer of the applicant on each read.
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern CREDENTIAL_SEPARATORS = Pattern.compile("[,/\\s]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SUFFIX = Pattern.compile("jr\\.?|sr\\.?|ii|iii|iv");
    private static final Pattern PARTICLE = Pattern.compile("de|del|la|van|von|der|den|da|di|le|el|al|bin|ibn");

    /** The greeting: addressAs when set, else derived from the name and degree. */
    public static String of(String addressAs, String name, String degree) {
        if (addressAs != null && !addressAs.isBlank()) {
            return addressAs.strip();
        }
        return derived(name, degree);
    }

    static String derived(String name, String degree) {
        String[] parts = COMMA.split(name.strip());
        List<String> credentials = new ArrayList<>(List.of(parts).subList(1, parts.length));
        if (degree != null) {
            credentials.addAll(List.of(CREDENTIAL_SEPARATORS.split(degree)));
        }
        List<String> words = new ArrayList<>(List.of(SPACES.split(parts[0])));
        String title = null;
        if (words.size() > 1) {
            String first = words.get(0).toLowerCase(Locale.ROOT).replace(".", "");
            if (first.equals("dr") || first.equals("doctor")) {
                title = "Dr.";
                words.remove(0);
            } else if (first.equals("prof") || first.equals("professor")) {
                title = "Prof.";
                words.remove(0);
            }
        }
        if (title == null && credentials.stream().anyMatch(Greeting::doctoral)) {
            title = "Dr.";
        }
        String fullName = String.join(" ", words);
        if (title == null || words.isEmpty()) {
            return fullName.isEmpty() ? name.strip() : fullName;
        }
        return title + " " + surname(words);
    }

    private static boolean doctoral(String credential) {
        return DOCTORAL.contains(credential
                .toUpperCase(Locale.ROOT)
                .replace(".", "")
                .replace("-", "")
                .replace(" ", ""));
    }

    /** The last word, keeping particles that belong to it ("de la Cruz", "van Dijk") and dropping Jr./III. */
    private static String surname(List<String> words) {
        int end = words.size();
        while (end > 1
                && words.get(end - 1)
                        .toLowerCase(Locale.ROOT)
                        .transform(w -> SUFFIX.matcher(w).matches())) {
            end--;
        }
        int start = end - 1;
        while (start > 1
                && words.get(start - 1)
                        .toLowerCase(Locale.ROOT)
                        .transform(w -> PARTICLE.matcher(w).matches())) {
            start--;
        }
        List<String> surname = new ArrayList<>();
        for (int i = start; i < end; i++) {
            surname.add(i < end - 1 ? words.get(i) : capitalized(words.get(i)));
        }
        return String.join(" ", surname);
    }

    /**
     * A surname typed all in lower case on a phone ("mitchell", "o'brien", "smith-jones") gets its capitals
     * back; one typed with capitals of its own ("McDonald", "DeVries") is kept as typed.
     */
    static String capitalized(String word) {
        if (!word.equals(word.toLowerCase(Locale.ROOT))) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' || c == '\u2019';
        }
        return out.toString();
    }
}
