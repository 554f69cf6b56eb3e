package org.lorkit.season;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * The season one applicant's plan follows: the service her target specialty goes through, the
 * season she applies in, its dates, and the standardized letter her specialty expects.
 */
public record FollowedSeason(SeasonDates dates, Optional<StandardizedLetter> standardizedLetter) {

    public LetterService service() {
        return dates.service();
    }

    public String label() {
        return dates.label();
    }

    /**
     * The season by the usual pattern, without reading any record: for the pure rules' tests and for
     * seasons beyond the shipped data.
     */
    public static FollowedSeason usualPattern(
            String targetSpecialty,
            Integer appliesIn,
            LocalDate ownOpensOn,
            LocalDate ownSubmissionTarget,
            LocalDate today) {
        Specialties.Expectation expected = Specialties.of(targetSpecialty);
        int year = seasonYear(appliesIn, ownSubmissionTarget, today);
        return new FollowedSeason(
                SeasonPattern.guess(expected.service(), year).withOwnOpensOn(ownOpensOn), expected.standardized());
    }

    /**
     * The service's season name (the Match year) for an applicant: the year after the one she applies
     * in when the target sheet says it; else after her own submission target's year; else the next
     * season whose submission has not opened yet (before September: next spring's Match is too late
     * to start letters for, so the one after).
     */
    public static int seasonYear(Integer appliesIn, LocalDate ownSubmissionTarget, LocalDate today) {
        if (appliesIn != null) {
            return appliesIn + 1;
        }
        if (ownSubmissionTarget != null) {
            return ownSubmissionTarget.getYear() + 1;
        }
        return today.getMonth().compareTo(Month.SEPTEMBER) < 0 ? today.getYear() + 1 : today.getYear() + 2;
    }
}
