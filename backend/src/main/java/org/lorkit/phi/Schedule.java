package org.lorkit.phi;

import java.util.Set;
import org.lorkit.phi.Tokens.Tok;

/**
 * The applicant's own calendar is not PHI: "my elective at harborview starts 1/6", "the letter is due
 * may 14", "eras deadline is nov 24", "i switch to renal on 9/25". A date is the applicant's when the
 * words just before it, in the same clause, speak of the applicant or of the application.
 */
final class Schedule {

    /** Words that make a nearby date part of the applicant's schedule. */
    private static final Set<String> OWN = ScanContext.words(
            "i i'm im my me we our eras erasdeadline deadline due letter letters lor lors rotation rotations elective"
                    + " electives sub-i subi externship observership block interview interviews rank match step"
                    + " shelf exam usmle switch start starts starting began begins ends ending runs vacation off");
    /** How far back the clause is read. */
    private static final int WORDS_BACK = 9;

    private Schedule() {}

    static boolean isApplicantsOwn(Tokens tokens, int dateStart) {
        return ownClause(tokens, dateStart, OWN);
    }

    /**
     * "my elective in new york", "i moved to chicago for my sub-i": a town in a clause about the applicant's own
     * rotations or moves, not where a patient lives ("my pt lives in kent" is the patient's: "pt" comes first).
     */
    static boolean isApplicantsPlace(Tokens tokens, int placeStart) {
        return ownClause(tokens, placeStart, OWN_PLACE);
    }

    private static final Set<String> OWN_PLACE = ScanContext.words(
            "i i'm im my me we our rotation rotations elective electives sub-i subi externship observership interview"
                    + " interviews residency program");

    private static boolean ownClause(Tokens tokens, int start, Set<String> own) {
        int i = tokens.indexAt(start);
        if (i < 0) {
            return false;
        }
        for (int k = i - 1, words = 0; k >= 0 && words < WORDS_BACK; k--) {
            Tok t = tokens.get(k);
            if (t.is(".") || t.is(";") || t.is("!") || t.is("?") || t.is(",") && words > 2) {
                return false;
            }
            if (t.is("-")
                    && words > 0
                    && tokens.get(k + 1).isWord()
                    && !tokens.touching(k)
                    && !tokens.touching(k - 1)) {
                return false; // "… happy with my plan - grew up in magnolia": a spaced dash before a word ends the
                // clause
            }
            if (!t.isWord()) {
                continue;
            }
            words++;
            if (PATIENT.contains(t.lower()) || NEW_CLAUSE.contains(t.lower()) && words > 1) {
                return false; // "pt's last day", "she was admitted", "… but lives in kent": about the patient
            }
            if (t.is("day")
                    && tokens.get(k - 1) != null
                    && (tokens.get(k - 1).is("last") || tokens.get(k - 1).is("first"))) {
                Tok whose = tokens.get(k - 2);
                return whose == null
                        || !PATIENT.contains(whose.base()); // "last day at lincoln is june 5", not "his last day"
            }
            if (RESIDENCE.contains(t.lower())) {
                Tok who = tokens.get(k - 1);
                return who != null && (who.is("i") || who.is("we")); // "i grew up in lagos", not "lives in kent"
            }
            if (own.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PATIENT = ScanContext.words(
            "pt pts patient she he her his him admitted admit adm readmitted dc dc'd dcd discharged dob born died seen"
                    + " came surgery expired"
                    + " dod deceased passed delivered intubated extubated visit bday birthday");
    /** Words that start another clause, so the applicant's words before them no longer reach the date or place. */
    private static final Set<String> NEW_CLAUSE = ScanContext.words("but so also");
    /** Where someone lives: the patient's, unless "i" or "we" says it. */
    private static final Set<String> RESIDENCE = ScanContext.words("lives living lived resides residing grew raised");
}
