package org.lorkit.phi;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Addresses below state level: street addresses, apartment/suite units, PO boxes, a city named where
 * the patient lives, and ZIP codes. A state on its own is allowed by Safe Harbor and never flagged.
 */
final class AddressRecognizer implements Recognizer {

    private static final String STATE_ABBR =
            "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN"
                    + "|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|PR|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)";
    private static final String STATE_NAME = "(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut"
            + "|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
            + "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire"
            + "|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
            + "|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
            + "|West Virginia|Wisconsin|Wyoming|Puerto Rico)";

    /** A street number starts a number: not after a letter, a digit, a slash, a dot or a dash. */
    private static final Rx.CharTest NUMBER_START = c -> Rx.WORD.test(c) || c == '/' || c == '.' || c == '-';

    /** A house number: up to six digits, then a space, a letter or a dash, then more (a street needs a word). */
    private static final Rx.Prefilter STREET_NUMBER = (text, start) -> {
        int run = Rx.digitRun(text, start);
        char next = Rx.charAt(text, start + run);
        if (run < 1 || run > 6 || !(next == ' ' || next == '\t' || next == '-' || Character.isLetter(next))) {
            return false;
        }
        int i = start + run;
        while (i < text.length() && i < start + run + 12 && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i < text.length() && Character.isUpperCase(text.charAt(i)) || i < text.length() && next != ' ';
    };

    private static final String SUFFIX_WORD = "(?:Street|Avenue|Road|Boulevard|Drive|Lane|Court|Place|Terrace|Parkway"
            + "|Highway|Circle|Trail|Square|Way|Plaza|Alley|Crescent|Expressway|Turnpike|Pike)";
    /** Abbreviated suffixes must be capitalised: lower-case "st", "dr", "ct" are clinical shorthand. */
    private static final String SUFFIX_ABBR = "(?:St|Ave|Av|Rd|Blvd|Dr|Ln|Ct|Pl|Ter|Pkwy|Hwy|Cir|Trl|Sq|Plz)\\.?";

    private static final String DIRECTION = "(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?";
    /** A street name word: capitalised ("Oak", "Martin Luther King") or an ordinal ("34th"). */
    private static final String NAME_WORD = "(?:\\p{Lu}(?:\\p{Ll}|'\\p{Lu})[\\p{L}'.-]*|\\d{1,3}(?:st|nd|rd|th))";

    /** "1200 Oak Street", "45 W 34th St", "88 Maple Ave". */
    private static final Rx STREET = Rx.of(
                    "\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?[^\\S\\n]+(?:" + DIRECTION + "[^\\S\\n]+)?"
                            + "(?:" + NAME_WORD + "[^\\S\\n]+){1,3}?"
                            + "(?:(?i:" + SUFFIX_WORD + ")|" + SUFFIX_ABBR + ")",
                    0,
                    NUMBER_START,
                    "\\w",
                    Rx.WORD)
            .onlyWhere(STREET_NUMBER);

    /** Lower-case street typed on a phone, accepted only after a residence word ("lives at 12 oak st"). */
    private static final Rx STREET_AFTER_RESIDENCE = Rx.of(
            "\\b(?:lives|lived|living|resides|resided|residing|address|addr|home)(?:[^\\S\\n]+(?:is|at|on|was))*"
                    + "[^\\S\\n]*:?[^\\S\\n]*(\\d{1,6}[^\\S\\n]+(?:[a-z0-9'-]+[^\\S\\n]+){1,3}?"
                    + "(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|place|pl|way"
                    + "|terrace|parkway|highway|hwy|circle)\\b\\.?)",
            Pattern.CASE_INSENSITIVE);

    /** Streets without a suffix word: "4417 N Broadway" (a compass direction makes it an address). */
    private static final Rx STREET_DIRECTION = Rx.of(
                    "\\d{2,6}[^\\S\\n]+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?[^\\S\\n]+"
                            + "\\p{Lu}\\p{Ll}[\\p{L}'-]*",
                    0,
                    NUMBER_START,
                    "\\w",
                    Rx.WORD)
            .onlyWhere(STREET_NUMBER);

    /** "lives at 12 Gardenia", "home address: 881 Calle Sol": number and capitalised words after a residence word. */
    private static final Rx NUMBER_AFTER_RESIDENCE = Rx.of(
            "\\b(?i:lives|lived|living|resides|resided|residing|address|addr|home)(?:[^\\S\\n]+(?i:is|at|on|was))*"
                    + "[^\\S\\n]*:?[^\\S\\n]*(\\d{1,6}[A-Za-z]?[^\\S\\n]+(?:(?:N|S|E|W)\\.?[^\\S\\n]+)?"
                    + "\\p{Lu}\\p{Ll}[\\p{L}'-]*(?:[^\\S\\n]+\\p{Lu}\\p{Ll}[\\p{L}'-]*){0,2})");

    /** A town right after a street address: "88 Maple Ave, Springfield". */
    private static final Rx TOWN_AFTER_STREET = Rx.of(
            ",[^\\S\\n]*(\\p{Lu}\\p{Ll}[\\p{L}'-]*(?:[^\\S\\n]\\p{Lu}\\p{Ll}[\\p{L}'-]*)?)", 0, null, "\\w", Rx.WORD);

    private static final Rx UNIT = Rx.of(
            "\\b(?:[Aa]pt|APT|[Aa]partment|Suite|Ste)\\.?[^\\S\\n]*#?[^\\S\\n]*(?:\\d{1,5}[A-Za-z]?|[A-Z]\\d{0,4})",
            0,
            null,
            "\\w",
            Rx.WORD);

    private static final Rx PO_BOX =
            Rx.of("\\bP\\.?[^\\S\\n]?O\\.?[^\\S\\n]+Box[^\\S\\n]+\\d{1,6}\\b", Pattern.CASE_INSENSITIVE);

    /** A state, where the index finds one of its words ("IL", "Ohio", "New York"); case-sensitive. */
    private static final Rx STATE_AT = Rx.of("(?:" + STATE_ABBR + "|" + STATE_NAME + ")\\b");

    private static final Set<String> STATE_WORDS = ScanContext.words(
            "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH"
                    + " OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY Alabama Alaska Arizona Arkansas California"
                    + " Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky"
                    + " Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska"
                    + " Nevada New North South Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas Utah Vermont"
                    + " Virginia Washington West Wisconsin Wyoming Puerto");
    /** The town right before ", STATE", matched at the end of the preceding text. */
    private static final Pattern CITY_BEFORE_STATE =
            Pattern.compile("(\\p{Lu}\\p{Ll}[\\p{L}.'-]*(?:[^\\S\\n]\\p{Lu}\\p{Ll}[\\p{L}.'-]*){0,2}),[^\\S\\n]+$");

    private static final Rx ZIP_AFTER_STATE = Rx.of(
            "\\.?,?[^\\S\\n]+(\\d{5}(?:-\\d{4})?)",
            0, null, "\\d-", c -> ContactRecognizer.isAsciiDigit(c) || c == '-');

    /** Residence verbs that make the next place name the patient's city. */
    private static final Rx RESIDENCE_BEFORE =
            Rx.of("(?i)\\b(?:lives|lived|living|resides|resided|residing|resident of|home(?: is)?|moved(?: here)?|hails"
                    + "|comes|came|relocated|transferred|from)(?:[^\\S\\n]+(?:in|at|on|to|from|near|outside|of))?"
                    + "[^\\S\\n]*$");

    /** "lives in Queens", "moved here from Lagos": a capitalised place after a residence verb (not a state or a country). */
    private static final Rx LIVES_IN =
            Rx.of("\\b(?:(?i:lives|lived|living|resides|resided|residing|home is)[^\\S\\n]+(?i:in|near|outside(?: of)?)"
                    + "|(?i:moved|relocated|immigrated|emigrated|came|comes|hails)(?:[^\\S\\n]+(?i:here|over|down|up))?"
                    + "[^\\S\\n]+(?i:from|to))"
                    + "[^\\S\\n]+(\\p{Lu}\\p{Ll}[\\p{L}.'-]*(?:[^\\S\\n]\\p{Lu}\\p{Ll}[\\p{L}.'-]*){0,2})");

    private static final Rx ZIP_LABELLED = Rx.of(
            "\\b(?:zip(?:[^\\S\\n]?code)?|postal[^\\S\\n]+code)[^\\S\\n]*(?:is[^\\S\\n]+)?[:#]?[^\\S\\n]*"
                    + "(\\d{5}(?:-\\d{4})?)",
            Pattern.CASE_INSENSITIVE, null, "\\d-", c -> ContactRecognizer.isAsciiDigit(c) || c == '-');
    private static final Rx ZIP_PLUS_4 = Rx.of(
                    "\\d{5}-\\d{4}", 0, NUMBER_START, "\\w/-", c -> Rx.WORD.test(c) || c == '/' || c == '-')
            .onlyWhere(Rx.digits(5, 5, "-"));

    /** First words of multi-word town names that are also ordinary words ("New Rochelle", "East Orange"). */
    private static final Set<String> PLACE_PREFIX = Set.of(
            "new", "north", "south", "east", "west", "upper", "lower", "old", "great", "little", "saint", "st", "fort",
            "lake", "mount", "port", "san", "santa", "los", "las", "el");

    /** Places at state level or above, and words that follow "lives in" without naming a town. */
    private static final Set<String> NOT_A_TOWN = Set.of(
            "the",
            "a",
            "an",
            "his",
            "her",
            "their",
            "us",
            "usa",
            "america",
            "india",
            "pakistan",
            "nigeria",
            "mexico",
            "china",
            "philippines",
            "egypt",
            "guatemala",
            "honduras",
            "el",
            "haiti",
            "jamaica",
            "dominican",
            "puerto",
            "cuba",
            "brazil",
            "colombia",
            "venezuela",
            "peru",
            "ecuador",
            "bangladesh",
            "nepal",
            "vietnam",
            "korea",
            "japan",
            "iran",
            "iraq",
            "syria",
            "afghanistan",
            "ukraine",
            "russia",
            "poland",
            "canada",
            "ghana",
            "ethiopia",
            "somalia",
            "kenya",
            "sudan",
            "lebanon",
            "jordan",
            "israel",
            "turkey",
            "italy",
            "germany",
            "france",
            "spain",
            "england",
            "uk",
            "europe",
            "africa",
            "asia",
            "section",
            "housing",
            "shelter",
            "assisted",
            "senior",
            "nursing",
            "group",
            "public",
            "skilled",
            "hospice");

    private static final Set<String> RESIDENCE_WORDS =
            ScanContext.words("lives lived living resides resided residing address addr home");
    private static final Set<String> MOVED_WORDS = ScanContext.words(
            "lives lived living resides resided residing home moved relocated immigrated emigrated came comes hails");
    private static final Set<String> UNIT_WORDS = ScanContext.words("apt apartment suite ste");
    private static final Set<String> PO_WORDS = ScanContext.words("p po");
    private static final Set<String> ZIP_WORDS = ScanContext.words("zip zipcode postal");

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        String text = scan.text;
        int[] numbers = scan.numberStarts();
        List<int[]> streets = new ArrayList<>();
        scan.matchAt(STREET, numbers, m -> street(m.start(), m.end(), "street address", Candidate.SHAPE, streets, out));
        scan.matchAt(
                STREET_DIRECTION,
                numbers,
                m -> street(m.start(), m.end(), "street address", Candidate.SHAPE, streets, out));
        int[] residence = scan.startsOf(RESIDENCE_WORDS);
        scan.matchAt(
                STREET_AFTER_RESIDENCE,
                residence,
                m -> street(m.start(1), m.end(1), "street address", Candidate.LABELLED, streets, out));
        scan.matchAt(NUMBER_AFTER_RESIDENCE, residence, m -> {
            int end = lastNonNeverWordEnd(text, m.start(1), m.end(1));
            if (end > 0) {
                street(m.start(1), end, "street address after a residence word", Candidate.LABELLED, streets, out);
            }
        });
        for (int[] street : streets) {
            Rx.Match town = scan.matchAt(TOWN_AFTER_STREET, street[1]);
            if (town != null) {
                int townStart = townStart(text, town.start(1), town.end(1), false);
                if (townStart >= 0) {
                    out.add(new Candidate(
                            PhiKind.ADDRESS, townStart, town.end(1), "town of a street address", Candidate.LABELLED));
                }
            }
        }
        scan.matchAt(
                UNIT,
                scan.startsOf(UNIT_WORDS),
                m -> out.add(new Candidate(
                        PhiKind.ADDRESS, m.start(), m.end(), "apartment or suite number", Candidate.SHAPE)));
        scan.matchAt(
                PO_BOX,
                scan.startsOf(PO_WORDS),
                m -> out.add(new Candidate(PhiKind.ADDRESS, m.start(), m.end(), "post office box", Candidate.SHAPE)));
        scan.matchAt(STATE_AT, scan.startsOf(STATE_WORDS), st -> cityAndZip(scan, st.start(), st.end(), out));
        scan.matchAt(LIVES_IN, scan.startsOf(MOVED_WORDS), m -> {
            int townStart = townStart(text, m.start(1), m.end(1), false);
            if (townStart >= 0 && STATE_AT.at(scan.text, m.start(1)) == null) {
                out.add(new Candidate(
                        PhiKind.ADDRESS, townStart, m.end(1), "town where the patient lives", Candidate.LABELLED));
            }
        });
        scan.matchAt(
                ZIP_LABELLED,
                scan.startsOf(ZIP_WORDS),
                m -> out.add(new Candidate(
                        PhiKind.ZIP_CODE, m.start(1), m.end(1), "number labelled ZIP", Candidate.LABELLED)));
        scan.matchAt(
                ZIP_PLUS_4,
                numbers,
                m -> out.add(new Candidate(PhiKind.ZIP_CODE, m.start(), m.end(), "ZIP+4 shape", Candidate.WEAK)));
    }

    private static void street(
            int start, int end, String reason, int strength, List<int[]> streets, List<Candidate> out) {
        out.add(new Candidate(PhiKind.ADDRESS, start, end, reason, strength));
        streets.add(new int[] {start, end});
    }

    /** Around a state: a ZIP code right after it, and the town right before ", STATE". */
    private static void cityAndZip(ScanContext scan, int stateStart, int stateEnd, List<Candidate> out) {
        Rx.Match zip = scan.matchAt(ZIP_AFTER_STATE, stateEnd);
        if (zip != null) {
            out.add(new Candidate(
                    PhiKind.ZIP_CODE, zip.start(1), zip.end(1), "ZIP code after a state", Candidate.LABELLED));
        }
        String before = scan.before(stateStart, 60);
        com.google.re2j.Matcher city = CITY_BEFORE_STATE.matcher(before);
        if (!city.find()) {
            return;
        }
        int offset = stateStart - before.length();
        // The capitalised run may start with a sentence word ("From Yonkers, NY"): keep the town part only.
        int cityStart = townStart(scan.text, offset + city.start(1), offset + city.end(1), true);
        if (cityStart < 0) {
            return;
        }
        boolean residence = RESIDENCE_BEFORE.foundIn(scan.before(cityStart, 40));
        // Two-letter states collide with clinical shorthand ("Cards, CT", "pain, MI") and a city named
        // without a residence word is usually the rotation site: need a ZIP or a residence verb.
        if (zip != null || residence) {
            out.add(new Candidate(PhiKind.ADDRESS, cityStart, offset + city.end(1), "city", Candidate.LABELLED));
        }
    }

    /**
     * Start of the town name inside a capitalised run, or -1. With {@code skipSentenceWords} leading words
     * that are not towns are skipped ("From Yonkers, NY"); otherwise the run must start with the town,
     * possibly after a place prefix ("New Rochelle"), so "came to Dr Lopez" is not a town.
     */
    private static int townStart(String text, int start, int end, boolean skipSentenceWords) {
        int i = start;
        while (i < end) {
            int wordEnd = i;
            while (wordEnd < end && !Character.isWhitespace(text.charAt(wordEnd))) {
                wordEnd++;
            }
            int cut = i;
            while (cut < wordEnd && ".'-".indexOf(text.charAt(cut)) < 0) {
                cut++;
            }
            String word = text.substring(i, cut).toLowerCase(Locale.ROOT);
            boolean notTown = NOT_A_TOWN.contains(word) || NameLexicon.get().isNeverName(word);
            if (!notTown) {
                return i;
            }
            if (!skipSentenceWords && !PLACE_PREFIX.contains(word)) {
                return -1;
            }
            i = wordEnd;
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return -1;
    }

    /**
     * End of the street part of "12 Gardenia Court Dr Lopez": the capitalised run stops before the first
     * word that is never part of a street name; 0 when no street word is left after the number.
     */
    private static int lastNonNeverWordEnd(String text, int start, int end) {
        int last = 0;
        int i = start;
        while (i < end) {
            if (!Character.isUpperCase(text.charAt(i)) || i > start && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'' || text.charAt(j) == '-')) {
                j++;
            }
            if (NameLexicon.get().isNeverName(text.substring(i, j))) {
                break;
            }
            last = j;
            i = j;
        }
        return last;
    }
}
