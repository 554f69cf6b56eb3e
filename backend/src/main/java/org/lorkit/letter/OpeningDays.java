package org.lorkit.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lorkit.profile.ProfileFacts;
import org.lorkit.season.FollowedSeason;
import org.lorkit.season.LetterService;
import org.lorkit.season.SeasonDates;
import org.lorkit.season.SeasonService;

/**
 * The day a letter can first be requested in the service it goes through. ERAS: the applicant's own
 * opening day from her target sheet (the sheet's field is ERAS's; the season record's ERAS day is
 * disputed, so ERAS refuses nothing until she sets it). ResidencyCAS has no field on the sheet: its day
 * comes from the season-dates record of her season (the one table every season date lives in).
 */
@ApplicationScoped
public class OpeningDays {

    @Inject
    SeasonService seasons;

    /** One service's opening day, and whether the record marks it confirmed. */
    public record Opening(LetterService service, LocalDate day, boolean verified) {}

    /**
     * The earliest known opening among the letter's services. A General letter of an applicant applying
     * through both services can be requested in whichever one is open, so it may be requested from the
     * earlier day; if one of its services has no known day, nothing says it is closed, so nothing is refused.
     */
    public Optional<Opening> earliest(ProfileFacts profile, List<LetterService> services) {
        Opening earliest = null;
        for (LetterService service : services.isEmpty() ? List.of(LetterService.ERAS) : services) {
            Opening o = of(profile, service);
            if (o == null) {
                return Optional.empty();
            }
            if (earliest == null || o.day().isBefore(earliest.day())) {
                earliest = o;
            }
        }
        return Optional.ofNullable(earliest);
    }

    private Opening of(ProfileFacts profile, LetterService service) {
        if (service == LetterService.ERAS) {
            return profile.erasOpensOn() == null ? null : new Opening(service, profile.erasOpensOn(), true);
        }
        int year = FollowedSeason.seasonYear(profile.season(), profile.submissionTargetOn(), profile.today());
        SeasonDates dates = seasons.datesOf(service, year);
        return dates.opensOn() == null ? null : new Opening(service, dates.opensOn(), dates.verified("opensOn"));
    }
}
