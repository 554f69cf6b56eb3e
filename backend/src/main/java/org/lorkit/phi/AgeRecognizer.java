package org.lorkit.phi;

import com.google.re2j.Pattern;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Set;

/**
 * Ages over 89 (Safe Harbor lets "90 or older" through only as one aggregated category), including a
 * birth year that implies such an age. Ages up to 89 are not identifiers and are never flagged.
 */
final class AgeRecognizer implements Recognizer {

    /** "Born in 1931" is over 89 depending on today's year: the application's clock, not the system's. */
    private final Clock clock;

    AgeRecognizer(Clock clock) {
        this.clock = clock;
    }

    private static final String OLD = "(?:9\\d|1[0-2]\\d)";
    /** An age starts a number: not after a letter, a digit or a decimal point. */
    private static final Rx.CharTest NUMBER_BEFORE = c -> Rx.WORD.test(c) || c == '.';

    /** "92-year-old", "92 years old", "92 yr old", "92 years of age". */
    private static final Rx YEARS_OLD = Rx.of(
                    OLD + "[^\\S\\n]*-?[^\\S\\n]*(?:years?|yrs?|y)[^\\S\\n]*-?[^\\S\\n]*(?:old|of[^\\S\\n]+age)\\b",
                    Pattern.CASE_INSENSITIVE,
                    NUMBER_BEFORE,
                    null,
                    null)
            .onlyWhere(Rx.OLD_AGE);

    /** "95 yo", "95yo", "95 y/o", "95-y.o.", "95 yoM". */
    private static final Rx YO = Rx.of(
                    "(?i:" + OLD + "[^\\S\\n]*-?[^\\S\\n]*(?:y/o|y\\.o\\.?|yo))",
                    0,
                    NUMBER_BEFORE,
                    "a-z",
                    c -> c >= 'a' && c <= 'z')
            .onlyWhere(Rx.OLD_AGE);

    /** "aged 95", "age 95", "age: 92", "at the age of 91". */
    private static final Rx AGED = Rx.of(
            "\\bage(?:d|[^\\S\\n]+of)?[^\\S\\n]*[:=]?[^\\S\\n]*" + OLD, Pattern.CASE_INSENSITIVE, null, "\\w", Rx.WORD);

    /** Note shorthand "92M", "97F", "93 F" (not a temperature such as "T 95F"). */
    private static final Rx SEX_SUFFIX = Rx.of(
                    OLD + "[^\\S\\n]?[MF]", 0, NUMBER_BEFORE, "\\w°/", c -> Rx.WORD.test(c) || c == '°' || c == '/')
            .onlyWhere(Rx.OLD_AGE);

    private static final Rx TEMPERATURE_BEFORE =
            Rx.of("(?i)(?:\\bT|\\btemp(?:erature)?|\\btmax|°)[^\\S\\n]*[:=]?[^\\S\\n]*$");

    /** "turned 90", "turns 101" (not "turned 90 degrees"). */
    private static final Rx TURNED =
            Rx.of("\\b(?:turned|turns|turning|will be|is now)[^\\S\\n]+" + OLD, Pattern.CASE_INSENSITIVE);
    /** After "turned 90": an angle, a percentage or a count, not an age. */
    private static final Rx NOT_AN_AGE_AFTER =
            Rx.of("\\w|\\.\\d|[^\\S\\n]*(?:degrees|deg|°|%|times|x\\b)", Pattern.CASE_INSENSITIVE);

    /** "105 years young", "aged about 92 years": no one has a 90-year duration other than a lifetime. */
    private static final Rx BARE_YEARS = Rx.of(
                    OLD + "[^\\S\\n]*-?[^\\S\\n]*(?:years?|yrs?)\\b",
                    Pattern.CASE_INSENSITIVE,
                    NUMBER_BEFORE,
                    null,
                    null)
            .onlyWhere(Rx.OLD_AGE);
    /** "95 years ago", "90 pack-years": a duration, not an age. */
    private static final Rx DURATION_AFTER = Rx.of("[^\\S\\n]+ago\\b|-?[^\\S\\n]*pack", Pattern.CASE_INSENSITIVE);

    private static final Rx BIRTHDAY = Rx.of(
                    OLD + "(?:st|nd|rd|th)[^\\S\\n]+birthday\\b", Pattern.CASE_INSENSITIVE, NUMBER_BEFORE, null, null)
            .onlyWhere(Rx.OLD_AGE);

    private static final String UNITS = "(?:one|two|three|four|five|six|seven|eight|nine)";
    /** Ages in words: "ninety-three years old", "ninety-two-year-old", "one hundred and one year old". */
    private static final Rx WORDS = Rx.of(
            "\\b(?:ninety(?:[- ]" + UNITS + ")?|(?:a|one)[- ]hundred(?:[- ](?:and[- ])?(?:" + UNITS
                    + "|ten|eleven|twelve))?)"
                    + "[- ](?:years?|yrs?)[- ](?:old|of age)\\b"
                    + "|\\b(?:nonagenarian|centenarian|supercentenarian)s?\\b",
            Pattern.CASE_INSENSITIVE);

    private static final String SPELLED = "(?:ninety(?:[- ]" + UNITS + ")?|(?:a|one)[- ]hundred(?:[- ](?:and[- ])?(?:"
            + UNITS + "|ten|eleven|twelve))?)";
    /** "she is ninety four and still does her crossword", "hes ninety-one": a spelled age said of a person. */
    private static final Rx SPELLED_OF_PERSON = Rx.of(
            "\\b(?:she|he|pt|patient|mom|dad|grandma|grandpa|grandmother|grandfather)"
                    + "(?:'s|s|[^\\S\\n]+(?:is|was|turned|turns|is now))[^\\S\\n]+(" + SPELLED + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** "bp is ninety over sixty", "sat ninety percent": a measure, not an age. */
    private static final Rx MEASURE_AFTER = Rx.of("[^\\S\\n]*(?:over|/|%|percent|degrees)", Pattern.CASE_INSENSITIVE);

    private static final Set<String> PERSON_WORDS =
            ScanContext.words("she he hes shes she's he's pt patient mom dad grandma grandpa grandmother grandfather");

    /** A birth year: "born in 1928", "YOB 1931". */
    private static final Rx BIRTH_YEAR = Rx.of(
            "\\b(?:born(?:[^\\S\\n]+in)?|b\\.|year of birth|YOB|birth year)[^\\S\\n]*[:=]?[^\\S\\n]*((?:18|19|20)\\d\\d)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> AGE_WORDS = ScanContext.words("age aged");
    private static final Set<String> TURNED_WORDS = ScanContext.words("turned turns turning will is");
    private static final Set<String> NUMBER_WORDS = ScanContext.words(
            "ninety a one nonagenarian nonagenarians centenarian centenarians supercentenarian supercentenarians");
    private static final Set<String> BIRTH_WORDS = ScanContext.words("born b year yob birth");

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        int[] numbers = scan.numberStarts();
        add(scan, YEARS_OLD, numbers, "age over 89", out);
        add(scan, YO, numbers, "age over 89", out);
        add(scan, BIRTHDAY, numbers, "birthday over 89", out);
        scan.matchAt(BARE_YEARS, numbers, m -> {
            if (DURATION_AFTER.at(scan.text, m.end()) == null) {
                out.add(new Candidate(PhiKind.AGE_OVER_89, m.start(), m.end(), "age over 89", Candidate.SHAPE));
            }
        });
        add(scan, AGED, scan.startsOf(AGE_WORDS), "age over 89", out);
        scan.matchAt(TURNED, scan.startsOf(TURNED_WORDS), m -> {
            if (NOT_AN_AGE_AFTER.at(scan.text, m.end()) == null) {
                out.add(new Candidate(PhiKind.AGE_OVER_89, m.start(), m.end(), "age over 89", Candidate.SHAPE));
            }
        });
        add(scan, WORDS, scan.startsOf(NUMBER_WORDS), "age over 89 in words", out);
        scan.matchAt(SPELLED_OF_PERSON, scan.startsOf(PERSON_WORDS), m -> {
            if (MEASURE_AFTER.at(scan.text, m.end(1)) == null) {
                out.add(new Candidate(
                        PhiKind.AGE_OVER_89, m.start(1), m.end(1), "age over 89 in words", Candidate.SHAPE));
            }
        });
        scan.matchAt(SEX_SUFFIX, numbers, m -> {
            if (!TEMPERATURE_BEFORE.foundIn(scan.before(m.start(), 12))) {
                out.add(new Candidate(
                        PhiKind.AGE_OVER_89, m.start(), m.end(), "age over 89 (age/sex shorthand)", Candidate.SHAPE));
            }
        });
        int thisYear = Year.now(clock).getValue();
        scan.matchAt(BIRTH_YEAR, scan.startsOf(BIRTH_WORDS), m -> {
            int year = Integer.parseInt(m.group(1));
            if (year <= thisYear - 90) {
                out.add(new Candidate(
                        PhiKind.AGE_OVER_89,
                        m.start(1),
                        m.end(1),
                        "birth year implies age over 89",
                        Candidate.LABELLED));
            }
        });
    }

    private static void add(ScanContext scan, Rx pattern, int[] starts, String reason, List<Candidate> out) {
        scan.matchAt(
                pattern,
                starts,
                m -> out.add(new Candidate(PhiKind.AGE_OVER_89, m.start(), m.end(), reason, Candidate.SHAPE)));
    }
}
