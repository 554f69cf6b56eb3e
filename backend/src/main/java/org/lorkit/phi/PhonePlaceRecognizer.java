package org.lorkit.phi;

import java.util.List;
import java.util.Set;
import org.lorkit.phi.Tokens.Tok;

/**
 * Places below the state as typed on a phone: a town or neighbourhood after "lives in" / "from" (any
 * case), a known town anywhere after "in", a county, an intersection ("corner of 5th and main"), a house
 * number without a street word ("lives at 412 maple"), a lower-case street ("12 oak st"), and a ZIP
 * code anywhere ("the 98118 area"). The applicant's own hospitals and rotation places are allowed.
 */
final class PhonePlaceRecognizer implements Recognizer {

    // Word sets for token tests, built once; Tok.isAny compares the lower-cased token like Tok.is.
    private static final Set<String> DIRECTION_PARTICLES = Set.of("out", "over", "down", "up");
    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("in", "at", "on", "near", "to", "from", "off", "by", "outside");
    private static final Set<String> ADDRESS_PREPOSITIONS = Set.of("at", "on", "off");
    private static final Set<String> AMBIGUOUS_STREET_WORDS =
            Set.of("dr", "pl", "ct", "way", "place", "court", "circle", "sq");
    private static final Set<String> NUMBER_MARKS_BEFORE = Set.of("=", "#", "-");
    private static final Set<String> NUMBER_MARKS_AFTER = Set.of(".", ",", "/", "%");
    private static final Set<String> CROSS_STREET_JOINERS = Set.of("and", "&", "/");
    private static final Set<String> CROSS_STREET_JOINERS_LOOSE = Set.of("and", "&", "/", "n");
    private static final Set<String> COUNTY_WORDS = Set.of("county", "parish", "borough");
    private static final Set<String> ROOM_WORDS = Set.of("bed", "room", "rm", "x");
    private static final Set<String> CORNER_LINKS = Set.of("of", "at", "streets");
    private static final Set<String> RESIDENCE = ScanContext.words(
            "lives living lived resides residing stays staying moved relocated from home house apartment apt address"
                    + " addr near outside");
    private static final Set<String> STREET_WORDS = ScanContext.words(
            "st street ave avenue av rd road blvd boulevard ln lane dr drive ct court pl place way ter terrace pkwy"
                    + " parkway hwy highway cir circle sq");
    private static final Set<String> AREA_AFTER = ScanContext.words(
            "county parish borough township twp neighborhood neighbourhood area projects houses district");
    /** Words that precede a ZIP in prose and rule out a lab value ("the 98118 area", "zip 10027"). */
    private static final Set<String> LAB_BEFORE = ScanContext.words(
            "wbc plt plts platelets ck cpk bnp ldh ferritin trop troponin crp esr vl load cd4 count counts tsh"
                    + " ige d-dimer ddimer hcg bhcg b-hcg afp igg igm iga copies units u mg mcg x $ usd cost costs bill"
                    + " paid owes owe");

    private final Vocabulary vocab = Vocabulary.get();

    @Override
    public void recognize(ScanContext scan, List<Candidate> out) {
        Tokens tokens = scan.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (t.isNumber() && t.text().length() == 5) {
                zip(tokens, i, out);
                townBetweenStreetAndZip(tokens, i, out);
            }
            if (!t.isWord()) {
                continue;
            }
            String w = t.lower();
            if (RESIDENCE.contains(w)
                    || w.equals("up") && i > 0 && tokens.get(i - 1).lower().startsWith("grew")
                    || w.equals("raised")) {
                afterResidence(scan, tokens, i, out);
            }
            if ((w.equals("house") || w.equals("home") || w.equals("apt"))
                    && tokens.get(i + 1) != null
                    && tokens.get(i + 1).is("is")) {
                bareHouseNumber(tokens, i + 2, out);
            }
            if (w.equals("at") || w.equals("near") || w.equals("on") || w.equals("off")) {
                streetWithoutNumber(scan, tokens, i + 1, out);
                intersectionAt(tokens, i + 1, true, out);
            } else if (w.equals("in") || w.equals("by") || w.equals("around")) {
                intersectionAt(tokens, i + 1, false, out); // "the clinic in cermak n kedzie"
            }
            if (RESPONDERS.contains(w)) {
                responderWentTo(tokens, i, out);
            }
            if (AREA_AFTER.contains(w) && i > 0) {
                beforeArea(scan, tokens, i, out);
            }
            if ((w.equals("corner") || w.equals("cross") || w.equals("intersection"))) {
                intersection(tokens, i, out);
            }
            if (w.equals("in") || w.equals("to") || w.equals("near")) {
                knownTown(scan, tokens, i, out);
            }
            if (w.equals("in") || w.equals("from") || w.equals("near") || w.equals("to") || w.equals("the")) {
                namedArea(scan, tokens, i, out);
            }
            if (w.equals("in")) {
                unknownTownOfRelative(scan, tokens, i, out);
            }
            if (PHRASE_BEFORE.contains(w)) {
                placePhrase(scan, tokens, i, out);
            }
            if (ROAD_WORDS.contains(w) && (i == 0 || !tokens.get(i - 1).is("iv"))) {
                numberedRoad(tokens, i, out);
            }
        }
        lowerCaseStreets(tokens, out);
    }

    private void zip(Tokens tokens, int i, List<Candidate> out) {
        Tok t = tokens.get(i);
        Tok before = tokens.get(i - 1);
        Tok after = tokens.get(i + 1);
        boolean zipGlued = before != null
                && before.isAny(NUMBER_MARKS_BEFORE)
                && tokens.get(i - 2) != null
                && tokens.get(i - 2).is("zip"); // "zip=98118", "zip#98118"
        if (before != null
                && tokens.touching(i - 1)
                && !before.is("(")
                && !before.is(",")
                && !before.is(":")
                && !zipGlued) {
            return;
        }
        // "lives in 98118 hx of dm": after a place word, a clinical word next is the note going on, not a unit
        boolean placeBefore = before != null && PLACE_BEFORE_ZIP.contains(before.lower());
        if (after != null && after.isWord() && tokens.joined(i) && LAB_AFTER.contains(after.lower())) {
            return; // "in 12000 copies", "12000 units"
        }
        if (after != null
                && tokens.touching(i)
                && after.isAny(NUMBER_MARKS_AFTER)
                && tokens.get(i + 2) != null
                && tokens.get(i + 2).isNumber()
                && tokens.touching(i + 1)) {
            return; // "12000.5", "10000/12000"; not "lives in 98118, 45 yo"
        }
        if (after != null
                && after.isWord()
                && tokens.joined(i)
                && (vocab.isClinical(after.lower())
                                && !AREA_AFTER.contains(after.lower())
                                && !(placeBefore
                                        && !UNITS.contains(after.lower())
                                        && !LAB_AFTER.contains(after.lower()))
                                && !after.is("w") // "pt from 98146 w no car"
                        || after.is("mg")
                        || after.is("units"))) {
            return;
        }
        if (before != null
                && (LAB_BEFORE.contains(before.lower())
                        || before.isWord() && vocab.isShorthand(before.lower()) && !before.is("w"))) {
            return;
        }
        if (before != null
                && before.is(":")
                && tokens.get(i - 2) != null
                && LAB_BEFORE.contains(tokens.get(i - 2).lower())) {
            return;
        }
        out.add(new Candidate(PhiKind.ZIP_CODE, t.start(), t.end(), "five-digit ZIP code", Candidate.SHAPE));
        // "…blvd, centralia 98405": the word before a ZIP, after a comma, is the town.
        Tok town = tokens.get(i - 1);
        Tok comma = tokens.get(i - 2);
        if (town != null
                && town.isWord()
                && tokens.joined(i - 1)
                && comma != null
                && comma.is(",")
                && !allCapsState(town)
                && (!vocab.isClinical(town.lower()) || vocab.isTownWord(town.lower()))
                && !NOT_PLACES.contains(town.lower())) {
            out.add(new Candidate(
                    PhiKind.ADDRESS, town.start(), town.end(), "town before a ZIP code", Candidate.LABELLED));
        }
    }

    private static final Set<String> PLACE_BEFORE_ZIP = ScanContext.words("in from near to zip zipcode");

    /**
     * "2318 e 116th st aurora 19134", "828 grand river ave mesa zip 19120": the one or two words between a street
     * word and a ZIP are the town, whatever else they mean.
     */
    private void townBetweenStreetAndZip(Tokens tokens, int zip, List<Candidate> out) {
        int last = zip - 1;
        Tok label = tokens.get(last);
        if (label != null && (label.is("zip") || label.is("zipcode"))) {
            last--;
        }
        for (int first = last; first >= last - 1 && first > 0; first--) {
            Tok street = tokens.get(first - 1);
            if (street == null || !STREET_WORDS.contains(street.lower()) || tokens.get(first - 2) == null) {
                continue;
            }
            for (int k = first; k <= last; k++) {
                Tok w = tokens.get(k);
                if (!w.isWord()
                        || !tokens.joined(k - 1)
                        || STREET_WORDS.contains(w.lower())
                        || DIRECTIONS.contains(w.lower())
                        || allCapsState(w)
                        || FUNCTION_WORDS.contains(w.lower())
                        || vocab.isShorthand(w.lower())) {
                    return;
                }
            }
            addPlace(tokens, first, last, "town between a street and a ZIP code", out);
            return;
        }
    }
    /** Words after a five-digit number that make it a count or a lab value even after "in" ("in 12000 copies"). */
    private static final Set<String> LAB_AFTER =
            ScanContext.words("copies cells count wbc plt units iu u mg mcg ml kg lbs cal kcal steps dollars");

    /** "IL 62704": a state before the ZIP, which Safe Harbor allows. */
    private static boolean allCapsState(Tok t) {
        return t.text().length() == 2
                && Character.isUpperCase(t.text().charAt(0))
                && Character.isUpperCase(t.text().charAt(1));
    }

    /** "lives in flatbush", "from hialeah", "lives at 412 maple", "lives on elm". */
    private void afterResidence(ScanContext scan, Tokens tokens, int i, List<Candidate> out) {
        int j = i + 1;
        Tok p = tokens.get(j);
        if (p != null && !tokens.get(i).is("from") && p.isAny(DIRECTION_PARTICLES) && tokens.joined(j)) {
            p = tokens.get(++j); // "lives out by enumclaw", "lives down in …"
        }
        if (p != null && p.isNumber() && ADDRESS_LABELS.contains(tokens.get(i).lower()) && tokens.joined(i)) {
            labelledHouseNumber(tokens, j, out);
            return;
        }
        boolean at = false;
        if (p != null && p.isAny(PLACE_PREPOSITIONS)) {
            at = p.isAny(ADDRESS_PREPOSITIONS);
            j++;
        } else if (!tokens.get(i).is("from")
                && !tokens.get(i).is("near")
                && !tokens.get(i).is("outside")) {
            return;
        }
        Tok v = tokens.get(j);
        if (v == null) {
            return;
        }
        if (NOT_A_PLACE_START.contains(v.lower())) {
            return;
        }
        if (v.is("the") || v.is("a")) {
            theDistrict(tokens, j, out);
            return;
        }
        if (v.isNumber()
                && at
                && (tokens.get(j + 1) == null || !tokens.get(j + 1).isWord())
                && v.text().length() >= 3
                && v.text().length() <= 5) {
            bareHouseNumber(tokens, j, out);
            return;
        }
        if (v.isNumber()
                && v.text().length() <= 6
                && at
                && !(v.text().length() == 4
                        && (v.text().startsWith("19") || v.text().startsWith("20")))) {
            int last = j;
            for (int k = j + 1; k <= j + 3 && k < tokens.size(); k++) {
                Tok s = tokens.get(k);
                if (!s.isWord() && !(isOrdinalWord(s)) || !tokens.joined(k - 1)) {
                    break;
                }
                if (vocab.isShorthand(s.lower()) && !STREET_WORDS.contains(s.lower())) {
                    break;
                }
                last = k;
                if (STREET_WORDS.contains(s.lower())) {
                    break;
                }
            }
            if (last > j) {
                out.add(new Candidate(
                        PhiKind.ADDRESS,
                        v.start(),
                        tokens.get(last).end(),
                        "house number and street",
                        Candidate.LABELLED));
            } else {
                bareHouseNumber(tokens, j, out); // "lives at 3248 w her son": shorthand after the number
            }
            return;
        }
        if (!v.isWord()) {
            return;
        }
        int last = placeWords(scan, tokens, j, at);
        if (last >= j) {
            out.add(new Candidate(
                    PhiKind.ADDRESS,
                    v.start(),
                    tokens.get(last).end(),
                    "town or street where the patient lives",
                    Candidate.LABELLED));
            // "moved from kendall to sequim", "lives in burien or tukwila": the second town of the pair
            Tok link = tokens.get(last + 1);
            Tok second = tokens.get(last + 2);
            if (link != null
                    && second != null
                    && second.isWord()
                    && (link.is("to") || link.is("or") || (link.is("and") || link.is("then")) && townWord(second))
                    && !NOT_A_PLACE_START.contains(second.lower())
                    && !second.is("the")
                    && !second.is("a")) {
                int end = placeWords(scan, tokens, last + 2, false);
                if (end >= last + 2) {
                    out.add(new Candidate(
                            PhiKind.ADDRESS,
                            second.start(),
                            tokens.get(end).end(),
                            "town or street where the patient lives",
                            Candidate.LABELLED));
                }
            }
        }
    }

    /** "lives in burien and …": after "and" the note may go on ("… and pyelo, ct no abscess"), so a town's word is needed. */
    private boolean townWord(Tok t) {
        String w = t.lower();
        return (vocab.isPlace(w) || vocab.isTownWord(w)) && !vocab.isClinical(w) && !vocab.isEnglish(w);
    }

    private static final Set<String> ADDRESS_LABELS = ScanContext.words("address addr home house");

    /** "address 1503 e jefferson", "home 2210 nw market": a house number, a direction and a street name. */
    private void labelledHouseNumber(Tokens tokens, int j, List<Candidate> out) {
        Tok number = tokens.get(j);
        if (number.text().length() < 3 || number.text().length() > 5) {
            return;
        }
        int k = j + 1;
        Tok dir = tokens.get(k);
        boolean direction = dir != null && tokens.joined(j) && DIRECTIONS.contains(dir.lower());
        if (direction) {
            k++;
        }
        Tok name = tokens.get(k);
        if (name == null || !name.isWord() || !tokens.joined(k - 1)) {
            return;
        }
        String w = name.lower();
        if (UNITS.contains(w) || NOT_PLACES.contains(w) || FUNCTION_WORDS.contains(w) || vocab.isClinical(w)) {
            return;
        }
        if (!direction && vocab.isEnglish(w) && !vocab.isNameLike(w) && !vocab.isPlace(w)) {
            return;
        }
        out.add(new Candidate(
                PhiKind.ADDRESS, number.start(), name.end(), "house number and street", Candidate.LABELLED));
    }

    /** "lives in the u district", "from the north heights": a named district after "the". */
    private void theDistrict(Tokens tokens, int the, List<Candidate> out) {
        Tok x = tokens.get(the + 1);
        Tok area = tokens.get(the + 2);
        if (x != null
                && area != null
                && x.isWord()
                && tokens.joined(the + 1)
                && DISTRICT_WORDS.contains(area.lower())
                && !FUNCTION_WORDS.contains(x.lower())
                && (x.lower().length() <= 2 || !vocab.isClinical(x.lower()))) { // "the u district"
            out.add(new Candidate(
                    PhiKind.ADDRESS, tokens.get(the).start(), area.end(), "named district", Candidate.LABELLED));
        }
    }

    private static final Set<String> DISTRICT_WORDS =
            ScanContext.words("district heights hills projects flats village gardens estates");
    /** "from out of town", "lives in my car": what follows is not a place name. */
    private static final Set<String> NOT_A_PLACE_START =
            ScanContext.words("of an my his her their our your this that same other whole");

    private static final Set<String> FUNCTION_WORDS =
            ScanContext.words("a an the my his her their our your same other this that new old whole");

    /** "in capitol hill", "is in beacon hill": a word and a place suffix after "in", "from" or "near". */
    private void namedArea(ScanContext scan, Tokens tokens, int i, List<Candidate> out) {
        Tok x = tokens.get(i + 1);
        Tok suffix = tokens.get(i + 2);
        if (x == null
                || suffix == null
                || !x.isWord()
                || !tokens.joined(i)
                || !tokens.joined(i + 1)
                || !AREA_SUFFIX.contains(suffix.lower())) {
            return;
        }
        String w = x.lower();
        if (tokens.get(i).is("the") && vocab.isEnglish(w) && !vocab.isPlace(w)) {
            return;
        }
        if (FUNCTION_WORDS.contains(w)
                || vocab.isClinical(w) && !vocab.isPlace(w)
                || NOT_PLACES.contains(w)
                || scan.isAllowedPlaceToken(w)
                || PhoneDateRecognizer.MONTHS.contains(w)) {
            return;
        }
        Tok after = tokens.get(i + 3);
        if (after != null && after.isWord() && tokens.joined(i + 2) && INSTITUTION_AFTER.contains(after.lower())) {
            return; // "in cherry hill hospital": the applicant's institution, not an address
        }
        out.add(new Candidate(PhiKind.ADDRESS, x.start(), suffix.end(), "neighbourhood or town", Candidate.LABELLED));
    }

    private static final Set<String> AREA_SUFFIX = ScanContext.words(
            "hill hills heights park beach valley village springs gardens district falls junction ridge harbor"
                    + " creek grove city");
    private static final Set<String> INSTITUTION_AFTER =
            ScanContext.words("hospital clinic center centre medical health campus school university college");

    private static final Set<String> PHRASE_BEFORE =
            ScanContext.words("in from near to at by around outside toward towards past");

    /**
     * "from gig harbor", "lives in queen anne", "near the pearl district": a town or neighbourhood of two or three
     * words from the lists (us-towns.txt, neighbourhoods.txt) after a preposition, in any case. Each word alone may
     * be ordinary ("union gap"); the whole name is not something a note says otherwise.
     */
    private void placePhrase(ScanContext scan, Tokens tokens, int i, List<Candidate> out) {
        int j = i + 1;
        if (tokens.get(j) != null && tokens.get(j).is("the") && tokens.joined(i)) {
            Tok x = tokens.get(j + 1);
            String two = x == null ? null : "the " + x.lower();
            if (two != null && x.isWord() && tokens.joined(j) && vocab.isPlacePhrase(two)) {
                addPhrase(scan, tokens, j, j + 1, out); // "the bronx", "the pearl"
                return;
            }
            j++;
        }
        if (!tokens.joined(j - 1)) {
            return;
        }
        for (int len = 3; len >= 2; len--) {
            StringBuilder b = new StringBuilder();
            boolean words = true;
            for (int k = j; k < j + len; k++) {
                Tok t = tokens.get(k);
                if (t == null || !t.isWord() || k > j && !tokens.joined(k - 1)) {
                    words = false;
                    break;
                }
                if (k > j) {
                    b.append(' ');
                }
                b.append(t.lower());
            }
            if (words && b.length() <= 60 && vocab.isPlacePhrase(b.toString())) {
                addPhrase(scan, tokens, j, j + len - 1, out);
                return;
            }
        }
    }

    private void addPhrase(ScanContext scan, Tokens tokens, int first, int last, List<Candidate> out) {
        Tok after = tokens.get(last + 1);
        if (after != null && after.isWord() && tokens.joined(last) && INSTITUTION_AFTER.contains(after.lower())) {
            return; // "at valley medical center", "from lake city clinic"
        }
        for (int k = first; k <= last; k++) {
            String w = tokens.get(k).lower();
            if (scan.isAllowedPlaceToken(w)) {
                return;
            }
        }
        addPlace(tokens, first, last, "town or neighbourhood", out);
    }

    /** A labelled place from token {@code first} to token {@code last}. */
    private static void addPlace(Tokens tokens, int first, int last, String reason, List<Candidate> out) {
        out.add(new Candidate(
                PhiKind.ADDRESS, tokens.get(first).start(), tokens.get(last).end(), reason, Candidate.LABELLED));
    }

    /** "mva on highway 99", "off hwy 16", "route 9": a numbered road. */
    private void numberedRoad(Tokens tokens, int i, List<Candidate> out) {
        Tok n = tokens.get(i + 1);
        if (n == null || !n.isNumber() || n.text().length() > 3 || !tokens.joined(i)) {
            return;
        }
        Tok after = tokens.get(i + 2);
        if (after != null && after.isWord() && tokens.joined(i + 1) && UNITS.contains(after.lower())) {
            return;
        }
        out.add(new Candidate(PhiKind.ADDRESS, tokens.get(i).start(), n.end(), "numbered road", Candidate.LABELLED));
    }

    private static final Set<String> ROAD_WORDS = ScanContext.words("highway hwy interstate route sr us-");

    /** People who go to where the patient is: the number they went to is a house number. */
    private static final Set<String> RESPONDERS =
            ScanContext.words("ems ambulance medics paramedics police cops fire firefighters 911");

    /** "ems went to 904 but wrong street", "ambulance picked her up at 1120": a responder's destination. */
    private void responderWentTo(Tokens tokens, int i, List<Candidate> out) {
        for (int k = i + 1; k <= i + 4 && k < tokens.size(); k++) {
            Tok t = tokens.get(k);
            if (!t.isWord() || !tokens.joined(k)) {
                return;
            }
            if (t.is("to") || t.is("at")) {
                bareHouseNumber(tokens, k + 1, out);
                return;
            }
        }
    }

    /** "her house is 1209", "lives at 3248, the blue house": a house number with no street word. */
    private void bareHouseNumber(Tokens tokens, int j, List<Candidate> out) {
        Tok v = tokens.get(j);
        if (v == null
                || !v.isNumber()
                || v.text().length() < 3
                || v.text().length() > 5
                || (v.text().length() == 4
                        && (v.text().startsWith("19") || v.text().startsWith("20")))) {
            return;
        }
        Tok after = tokens.get(j + 1);
        if (after != null && after.isWord() && tokens.joined(j) && UNITS.contains(after.lower())) {
            return;
        }
        out.add(new Candidate(PhiKind.ADDRESS, v.start(), v.end(), "house number", Candidate.LABELLED));
    }

    private static final Set<String> UNITS =
            ScanContext.words("mg mcg ml units u days weeks hours mins am pm feet ft miles");

    /** "shelter on rainier ave s", "on delridge way": one or two words and a street word, no number. */
    private void streetWithoutNumber(ScanContext scan, Tokens tokens, int j, List<Candidate> out) {
        for (int k = j; k <= j + 2 && k < tokens.size(); k++) {
            Tok s = tokens.get(k);
            if (!s.isWord() && !isOrdinalWord(s) || k > j && !tokens.joined(k - 1)) {
                return;
            }
            if (k > j
                    && STREET_WORDS.contains(s.lower())
                    && !s.is("dr")
                    && !s.is("pl")
                    && !s.is("ct")
                    && !s.is("place")
                    && !s.is("court")
                    && !s.is("sq")
                    && !s.is("cir")) {
                String first = tokens.get(j).lower();
                if (vocab.isClinical(first)
                        || NOT_PLACES.contains(first)
                        || ScanContext.words("the a my his her their our same right left one this that")
                                .contains(first)) {
                    return;
                }
                int end = k;
                Tok dir = tokens.get(k + 1);
                if (dir != null && tokens.joined(k) && DIRECTIONS.contains(dir.lower())) {
                    end = k + 1;
                }
                out.add(new Candidate(
                        PhiKind.ADDRESS, tokens.get(j).start(), tokens.get(end).end(), "street", Candidate.LABELLED));
                return;
            }
            if (vocab.isClinical(s.lower()) && !vocab.isPlace(s.lower())) {
                return;
            }
        }
    }

    /** A word of a street pair written with a slash: a name, a place or an unknown word, never a clinical one. */
    private boolean streetName(Tok t) {
        String w = t.lower();
        return t.isWord()
                && !t.possessive()
                && w.length() >= 3
                && !FUNCTION_WORDS.contains(w)
                && !NOT_PLACES.contains(w)
                && !(vocab.isClinical(w) && !vocab.isNameLike(w))
                && !(vocab.isEnglish(w) && !vocab.isNameLike(w) && !vocab.isPlace(w))
                && (vocab.isNameLike(w) || vocab.isPlace(w) || !vocab.isKnown(w));
    }

    private static final Set<String> DIRECTIONS = ScanContext.words("n s e w ne nw se sw north south east west");

    /**
     * "at 5th and pine", "near aurora and 85th": two street names, one of them a numbered street; after "in" or "by"
     * ({@code atWord} false) only two street names that are no words ("in cermak n kedzie").
     */
    private void intersectionAt(Tokens tokens, int a, boolean atWord, List<Candidate> out) {
        Tok x = tokens.get(a);
        Tok and = tokens.get(a + 1);
        Tok y = tokens.get(a + 2);
        if (x == null || and == null || y == null || !and.isAny(CROSS_STREET_JOINERS_LOOSE)) {
            return;
        }
        if (!atWord || and.is("n")) {
            if (!and.is("/")
                    && streetName(x)
                    && streetName(y)
                    && !vocab.isGivenName(x.lower())
                    && !vocab.isGivenName(y.lower())
                    && tokens.joined(a)
                    && tokens.joined(a + 1)) {
                out.add(new Candidate(PhiKind.ADDRESS, x.start(), y.end(), "street intersection", Candidate.LABELLED));
            }
            return;
        }
        if (and.is("/") && tokens.touching(a) && tokens.touching(a + 1) && streetName(x) && streetName(y)) {
            out.add(new Candidate(PhiKind.ADDRESS, x.start(), y.end(), "street intersection", Candidate.LABELLED));
            return; // "at boren/james"
        }
        if (and.is("and") && streetName(x) && streetName(y) && !vocab.isGivenName(y.lower())) {
            out.add(new Candidate(PhiKind.ADDRESS, x.start(), y.end(), "street intersection", Candidate.LABELLED));
            return; // "at rainier and othello"
        }
        boolean ordinal = isOrdinalWord(x) || isOrdinalWord(y);
        boolean words = (x.isWord() || isOrdinalWord(x)) && (y.isWord() || isOrdinalWord(y));
        if (!ordinal || !words) {
            return;
        }
        out.add(new Candidate(PhiKind.ADDRESS, x.start(), y.end(), "street intersection", Candidate.LABELLED));
    }

    /** Last index of a place name starting at {@code j}, or -1 when the words there are not a place. */
    private int placeWords(ScanContext scan, Tokens tokens, int j, boolean streetExpected) {
        int last = -1;
        for (int k = j; k < j + 3 && k < tokens.size(); k++) {
            Tok s = tokens.get(k);
            if (!s.isWord() || k > j && !tokens.joined(k - 1)) {
                break;
            }
            String w = s.lower();
            if (scan.isAllowedPlaceToken(w) || NOT_PLACES.contains(w) || vocab.isClinical(w) && !vocab.isPlace(w)) {
                break;
            }
            boolean place = vocab.isPlace(w)
                    || !vocab.isKnown(w)
                    || s.capitalised() && !vocab.isEnglish(w)
                    || vocab.isNameLike(w) && !vocab.isEnglish(w) && !vocab.isClinical(w)
                    || k == j
                            && PLACE_SUFFIX.contains(
                                    tokens.get(k + 1) == null
                                            ? ""
                                            : tokens.get(k + 1).lower())
                            && tokens.joined(k)
                            && !vocab.isClinical(w)
                    || STREET_WORDS.contains(w) && k > j
                    || streetExpected && k == j && !vocab.isEnglish(w);
            if (!place && !(k > j && PLACE_SUFFIX.contains(w))) {
                break;
            }
            last = k;
        }
        return last;
    }

    private static final Set<String> PLACE_SUFFIX = ScanContext.words(
            "heights park hills hill city beach springs valley village district town county way center centre point"
                    + " harbor heights gardens terrace");

    private static final Set<String> NOT_PLACES = ScanContext.words(
            "home here there work school jail prison shelter hospital rehab snf nursing facility alf ltc er ed icu"
                    + " bed room floor unit us usa america states abroad overseas india pakistan nigeria mexico china"
                    + " philippines egypt haiti jamaica cuba brazil colombia peru bangladesh nepal vietnam korea iran"
                    + " iraq syria ukraine russia poland canada ghana ethiopia somalia kenya italy germany france spain"
                    + " england uk ohio texas florida california georgia virginia"
                    + " monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun"
                    + " today tonight tomorrow yesterday noon midnight morning evening night now then");

    /** "kings county", "the 98118 area", "flatbush area": the words before an area word. */
    private void beforeArea(ScanContext scan, Tokens tokens, int i, List<Candidate> out) {
        Tok prev = tokens.get(i - 1);
        if (prev == null || !prev.isWord() || !tokens.joined(i - 1)) {
            return;
        }
        String w = prev.lower();
        if (scan.isAllowedPlaceToken(w) || vocab.isClinical(w) || NOT_PLACES.contains(w)) {
            return;
        }
        boolean county = tokens.get(i).isAny(COUNTY_WORDS);
        if (county && HOSPITAL_COUNTIES.contains(w) && !residenceBefore(tokens, i - 1)) {
            return; // "cook county had a huge census", "my sub-i at kings county": the hospital
        }
        if (!county && vocab.isEnglish(w) && !vocab.isPlace(w)) {
            return;
        }
        if (vocab.isEnglish(w)
                && ScanContext.words("the a same this that our their his her home local rural")
                        .contains(w)) {
            return;
        }
        int start = i - 1;
        if (start - 1 >= 0
                && tokens.get(start - 1).isWord()
                && tokens.joined(start - 1)
                && (vocab.isPlace(tokens.get(start - 1).lower())
                        || !vocab.isKnown(tokens.get(start - 1).lower()))) {
            start--;
        }
        out.add(new Candidate(
                PhiKind.ADDRESS,
                tokens.get(start).start(),
                tokens.get(i).end(),
                "county or neighbourhood",
                Candidate.LABELLED));
    }

    /** Counties that name a public hospital ("Cook County", "Kings County", "Hennepin County"). */
    private static final Set<String> HOSPITAL_COUNTIES =
            ScanContext.words("cook kings hennepin erie nassau westchester alameda harris");

    /** "lives in", "from", "moved to": a residence word among the two words before {@code first}. */
    private static boolean residenceBefore(Tokens tokens, int first) {
        for (int k = first - 1; k >= first - 2 && k >= 0; k--) {
            Tok t = tokens.get(k);
            if (t.isWord() && (RESIDENCE.contains(t.lower()) || t.is("in") && k == first - 1)) {
                return true;
            }
        }
        return false;
    }

    /** "corner of 5th and main", "cross of flatbush and nostrand". */
    private void intersection(Tokens tokens, int i, List<Candidate> out) {
        Tok of = tokens.get(i + 1);
        if (of == null || !of.isAny(CORNER_LINKS)) {
            return;
        }
        int a = i + 2;
        Tok and = tokens.get(a + 1);
        Tok b = tokens.get(a + 2);
        if (tokens.get(a) == null || and == null || b == null || !and.isAny(CROSS_STREET_JOINERS)) {
            return;
        }
        int last = a + 2;
        Tok suffix = tokens.get(last + 1);
        if (suffix != null && STREET_WORDS.contains(suffix.lower()) && tokens.joined(last)) {
            last++;
        }
        out.add(new Candidate(
                PhiKind.ADDRESS,
                tokens.get(a).start(),
                tokens.get(last).end(),
                "street intersection",
                Candidate.LABELLED));
    }

    /** "in flatbush", "to hialeah": a town of the list (not an English word) after a place preposition. */
    private void knownTown(ScanContext scan, Tokens tokens, int i, List<Candidate> out) {
        Tok v = tokens.get(i + 1);
        if (v == null || !v.isWord() || !tokens.joined(i)) {
            return;
        }
        String w = v.lower();
        if (!vocab.isPlace(w)
                || vocab.isEnglish(w)
                || vocab.isClinical(w)
                || vocab.isNameLike(w)
                || scan.isAllowedPlaceToken(w)
                || NOT_PLACES.contains(w)) {
            return;
        }
        out.add(new Candidate(PhiKind.ADDRESS, v.start(), v.end(), "town or neighbourhood", Candidate.WEAK));
    }

    /**
     * "her daughter in issaquah", "a cousin in yelm": a word no list knows after "in", right after a relative
     * (people live somewhere; a patient is "in" a unit, a rhythm or pain, all known words).
     */
    private void unknownTownOfRelative(ScanContext scan, Tokens tokens, int i, List<Candidate> out) {
        Tok v = tokens.get(i + 1);
        Tok relative = tokens.get(i - 1);
        if (v == null
                || relative == null
                || !v.isWord()
                || !tokens.joined(i)
                || v.lower().length() < 4) {
            return;
        }
        String w = v.lower();
        boolean townLike = !vocab.isKnownOrTypo(w)
                || vocab.isPlace(w) && !vocab.isEnglish(w)
                || vocab.isNameLike(w) && !vocab.isEnglish(w) && !vocab.isClinical(w);
        if (!RELATIVES.contains(relative.lower()) || !townLike || scan.isAllowedPlaceToken(w)) {
            return;
        }
        out.add(new Candidate(PhiKind.ADDRESS, v.start(), v.end(), "where a relative lives", Candidate.WEAK));
    }

    private static final Set<String> RELATIVES = ScanContext.words(
            "daughter son wife husband mom mother dad father sister brother aunt uncle cousin niece nephew"
                    + " grandma grandpa grandmother grandfather family kids children friend friends relatives");

    /** "12 oak st", "4417 n broadway ave": a number, one to three words, a street word. */
    private void lowerCaseStreets(Tokens tokens, List<Candidate> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Tok t = tokens.get(i);
            if (!t.isNumber() || t.text().length() > 5) {
                continue;
            }
            Tok before = tokens.get(i - 1);
            if (before != null && (before.isAny(ROOM_WORDS) || before.isNumber())) {
                continue;
            }
            for (int k = i + 1; k <= i + 4 && k < tokens.size(); k++) {
                Tok s = tokens.get(k);
                if (!tokens.joined(k - 1) || !(s.isWord() || isOrdinalWord(s))) {
                    break;
                }
                boolean ambiguous = s.isAny(AMBIGUOUS_STREET_WORDS);
                if (k > i + 1
                        && STREET_WORDS.contains(s.lower())
                        && (!ambiguous || houseNumberThenStreetEnd(tokens, i, k))) {
                    boolean wordsOk = true;
                    for (int m = i + 1; m < k; m++) {
                        String w = tokens.get(m).lower();
                        if (m == i + 1 && DIRECTIONS.contains(w) && k > i + 2) {
                            continue; // "9774 w 26th st", "4417 n broadway ave"
                        }
                        if (vocab.isShorthand(w) || NOT_STREET_WORDS.contains(w)) {
                            wordsOk = false;
                        }
                    }
                    if (wordsOk) {
                        out.add(new Candidate(PhiKind.ADDRESS, t.start(), s.end(), "street address", Candidate.SHAPE));
                    }
                    break;
                }
            }
        }
    }

    /** Words that never stand between a house number and its street word ("3 pm also st luke's"). */
    private static final Set<String> NOT_STREET_WORDS =
            ScanContext.words("mg units days times of the and to with x am pm also so then but at on in");

    /**
     * "picked up at 7160 lakeshore dr": "dr", "ct" or "way" ends a street only after a house number of three to five
     * digits and before the end of the clause ("dr smith" would be a doctor).
     */
    private static boolean houseNumberThenStreetEnd(Tokens tokens, int number, int streetWord) {
        int digits = tokens.get(number).text().length();
        Tok after = tokens.get(streetWord + 1);
        return digits >= 3
                && digits <= 5
                && (after == null
                        || after.isPunct() && !after.is(".")
                        || after.isNumber()
                        || after.is(".") && tokens.get(streetWord + 2) == null
                        || after.isWord() && Tokens.joinsClauses(after.lower()));
    }

    private static boolean isOrdinalWord(Tok t) {
        String s = t.lower();
        return t.digits()
                && t.letters()
                && s.length() <= 5
                && (s.endsWith("st") || s.endsWith("nd") || s.endsWith("rd") || s.endsWith("th"));
    }
}
