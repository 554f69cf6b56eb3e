package org.lorkit.season;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service and which standardized letter a target specialty means, from the specialty as the
 * applicant typed it ("OB/GYN", "emergency med", "Ortho"). Unknown or empty specialties go through
 * ERAS with narrative letters only, as most specialties do.
 */
public final class Specialties {

    private Specialties() {}

    /** The service and standardized letter of one specialty. */
    public record Expectation(LetterService service, Optional<StandardizedLetter> standardized) {}

    public static Expectation of(String specialty) {
        String s = normalized(specialty);
        List<String> words = List.of(s.split(" "));
        if (starts(words, "emergency", "em")) {
            return new Expectation(LetterService.RESIDENCYCAS, Optional.of(StandardizedLetter.ESLOE_2));
        }
        // "gyn" anywhere: "ob/gyn", "obgyn", "obstetrics and gynecology".
        if (starts(words, "obstet") || s.contains("gyn")) {
            return new Expectation(LetterService.RESIDENCYCAS, Optional.of(StandardizedLetter.OBGYN_SLOE));
        }
        if (starts(words, "ortho")) {
            return eras(StandardizedLetter.ORTHO_SLOR);
        }
        if (starts(words, "otolaryng", "ent")) {
            return eras(StandardizedLetter.ENT_SLOR);
        }
        if (starts(words, "dermatol", "derm", "urolog", "uro", "plastic")) {
            return eras(StandardizedLetter.PORTAL_FORM);
        }
        return new Expectation(LetterService.ERAS, Optional.empty());
    }

    /**
     * The services a letter goes through: its own specialty's; a General letter (no specialty) goes to
     * every specialty applied to, so to each of their services, the target's first (ERAS when none is set).
     */
    public static List<LetterService> servicesOf(String letterSpecialty, String target, String second) {
        if (letterSpecialty != null && !letterSpecialty.isBlank()) {
            return List.of(of(letterSpecialty).service());
        }
        return second == null
                ? List.of(of(target).service())
                : java.util.stream.Stream.of(target, second)
                        .map(s -> of(s).service())
                        .distinct()
                        .toList();
    }

    /** Whether two specialties as typed are the same one ("internal medicine" and "Internal  Medicine"). */
    public static boolean same(String a, String b) {
        return a != null && b != null && normalized(a).equals(normalized(b));
    }

    /**
     * Whether a word is one of the short forms or begins with one of the longer stems (5+ letters),
     * so "neurology" is not read as "urology" and "emergent" cannot come from "em".
     */
    private static boolean starts(List<String> words, String... stems) {
        for (String stem : stems) {
            for (String word : words) {
                if (stem.length() < 5 ? word.equals(stem) : word.startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Expectation eras(StandardizedLetter letter) {
        return new Expectation(LetterService.ERAS, Optional.of(letter));
    }

    /** Compiled once: the season rules normalise specialties on every read of today. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    /** Lower case, "&" as "and", every run of other characters one space ("ob/gyn" → "ob gyn"). */
    static String normalized(String specialty) {
        if (specialty == null) {
            return "";
        }
        return specialty
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .transform(t -> NOT_LETTERS.matcher(t).replaceAll(" "))
                .trim();
    }
}
