package org.lorkit.share;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lorkit.coaching.CoachDtos;

/**
 * The applicant's own sentences (the portfolio findings, the plan's steps, the dates ahead) said about her
 * to the adviser she shared them with: the rules write them to her ("No letter yet from core faculty in
 * your target specialty"), an adviser reads them about her ("... in Ana's target specialty"). "Your" becomes
 * "Ana's"; "you" becomes "Ana", and a present-tense verb after it agrees ("where you interview" → "where Ana
 * interviews"). The rules stay the one source of the sentences; only the person changes.
 */
final class ToAnAdviser {

    private static final Pattern YOU =
            Pattern.compile("(?<![\\w-])(you|your|yours|yourself)(?![\\w-])(\\s+([a-z]+))?", Pattern.CASE_INSENSITIVE);

    /** Verbs whose third person is not the word plus "s". */
    private static final Map<String, String> IRREGULAR =
            Map.of("are", "is", "were", "was", "have", "has", "do", "does");

    /** The present-tense verbs the rules put after "you"; any other word after "you" leaves it an object. */
    private static final Set<String> VERBS = Set.of(
            "add",
            "apply",
            "ask",
            "assign",
            "choose",
            "get",
            "interview",
            "match",
            "need",
            "plan",
            "see",
            "send",
            "start",
            "submit",
            "think",
            "want",
            "work",
            "write");

    private final String name;

    /** "Ana" from "Ana Lima"; "the applicant" when the profile has no name. */
    ToAnAdviser(String applicantName) {
        String trimmed = applicantName == null ? "" : applicantName.strip();
        this.name = trimmed.isEmpty() ? "the applicant" : trimmed.split("\\s+")[0];
    }

    /** The portfolio check with its findings said about her (the checks per specialty too). */
    CoachDtos.Portfolio portfolio(CoachDtos.Portfolio p) {
        return new CoachDtos.Portfolio(
                p.today(),
                p.byStatus(),
                p.byCommitment(),
                p.secured(),
                p.received(),
                checks(p.checks()),
                p.specialties().stream()
                        .map(sp -> new CoachDtos.SpecialtyPortfolio(
                                sp.specialty(),
                                sp.service(),
                                sp.standardizedLetter(),
                                sp.secured(),
                                sp.received(),
                                checks(sp.checks())))
                        .toList());
    }

    private List<CoachDtos.Check> checks(List<CoachDtos.Check> checks) {
        return checks.stream()
                .map(c -> new CoachDtos.Check(c.code(), c.status(), say(c.message()), c.links()))
                .toList();
    }

    String say(String sentence) {
        if (sentence == null) {
            return null;
        }
        Matcher m = YOU.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(atStart(sentence, m.start(), replaced(m))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replaced(Matcher m) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        String next = m.group(3);
        String after = next == null ? "" : m.group(2);
        if (word.equals("your") || word.equals("yours")) {
            return name + "'s" + after;
        }
        if (word.equals("yourself") || next == null) {
            return name + after;
        }
        String lower = next.toLowerCase(Locale.ROOT);
        String space = m.group(2).substring(0, m.group(2).length() - next.length());
        if (IRREGULAR.containsKey(lower)) {
            return name + space + IRREGULAR.get(lower);
        }
        if (VERBS.contains(lower)) {
            return name + space + thirdPerson(next);
        }
        // Past tense ("you submitted"), a modal ("you can"), or "you" as the object ("give you choice").
        return name + after;
    }

    private static String thirdPerson(String verb) {
        if (verb.matches("(?i).*(s|sh|ch|x|o)")) {
            return verb + "es";
        }
        if (verb.matches("(?i).*[^aeiou]y")) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    /** "The applicant's" at the start of a sentence. */
    private static String atStart(String sentence, int at, String replacement) {
        boolean start = sentence.substring(0, at).strip().isEmpty()
                || sentence.substring(0, at).strip().matches(".*[.:;!?]$");
        return start ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }
}
