package org.lorkit.season;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The dates one applicant's plan follows: a service's season record with the applicant's own dates
 * (from the target sheet) laid over it. What the rules read; never a constant in code.
 *
 * @param year the service's name for the season (the year of its Match Day)
 * @param fromRecord false when no record exists for that season and the dates follow the usual
 *     pattern (all then unverified)
 */
public record SeasonDates(
        LetterService service,
        int year,
        int rulesOf,
        LocalDate opensOn,
        LocalDate submissionOpensOn,
        LocalDate programsReviewOn,
        LocalDate programDeadlineOn,
        LocalDate rankListDeadlineOn,
        LocalDate matchDay,
        LocalDate carryOverBefore,
        Set<String> unverified,
        boolean fromRecord) {

    /** "ERAS 2028 season": how the plan and Today name what they follow. */
    public String label() {
        return service.label() + " " + year + " season";
    }

    public boolean verified(String date) {
        return !unverified.contains(date);
    }

    /** The applicant's own opening day wins over the record's, and is no longer "unconfirmed": it is hers. */
    public SeasonDates withOwnOpensOn(LocalDate own) {
        if (own == null) {
            return this;
        }
        Set<String> left = new HashSet<>(unverified);
        left.remove("opensOn");
        return new SeasonDates(
                service,
                year,
                rulesOf,
                own,
                submissionOpensOn,
                programsReviewOn,
                programDeadlineOn,
                rankListDeadlineOn,
                matchDay,
                carryOverBefore,
                Set.copyOf(left),
                fromRecord);
    }

    static SeasonDates of(ApplicationSeason s) {
        return new SeasonDates(
                s.service,
                s.year,
                s.rulesOf,
                s.opensOn,
                s.submissionOpensOn,
                s.programsReviewOn,
                s.programDeadlineOn,
                s.rankListDeadlineOn,
                s.matchDay,
                s.carryOverBefore,
                Set.of(s.unverified),
                true);
    }
}
