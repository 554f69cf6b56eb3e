package org.lorkit.season;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lorkit.common.Etags;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.ProblemException;

/** The season calendars: read by everyone signed in and by the rules, corrected by admins. */
@ApplicationScoped
public class SeasonService {

    @Inject
    Clock clock;

    @Transactional
    public List<SeasonDto> list() {
        return ApplicationSeason.<ApplicationSeason>find("order by service, year").stream()
                .map(SeasonDto::of)
                .toList();
    }

    @Transactional
    public SeasonDto get(UUID id) {
        return SeasonDto.of(find(id));
    }

    @Transactional
    public SeasonDto update(UUID id, SeasonInput input, String ifMatch) {
        ApplicationSeason season = find(id);
        Etags.requireMatch(ifMatch, season.version);
        checkOrder(season.service, input);
        season.rulesOf = input.rulesOf();
        season.opensOn = input.opensOn();
        season.submissionOpensOn = input.submissionOpensOn();
        season.programsReviewOn = input.programsReviewOn();
        season.programDeadlineOn = input.programDeadlineOn();
        season.rankListDeadlineOn = input.rankListDeadlineOn();
        season.matchDay = input.matchDay();
        season.carryOverBefore = input.carryOverBefore();
        season.unverified = input.unverified() == null
                ? new String[0]
                : input.unverified().stream().distinct().sorted().toArray(String[]::new);
        season.updatedAt = clock.instant();
        ApplicationSeason.getEntityManager().flush();
        return SeasonDto.of(season);
    }

    /**
     * The dates of one service's season: its record, else the usual pattern (all unverified) so that
     * an applicant planning beyond the shipped seasons still gets a plan. Callers hold the transaction.
     */
    public SeasonDates datesOf(LetterService service, int year) {
        return ApplicationSeason.<ApplicationSeason>find("service = ?1 and year = ?2", service, year)
                .firstResultOptional()
                .map(SeasonDates::of)
                .orElseGet(() -> SeasonPattern.guess(service, year));
    }

    /** The season an applicant follows, from her target sheet (null values: not set). Callers hold the transaction. */
    public FollowedSeason followedBy(
            String targetSpecialty,
            Integer appliesIn,
            LocalDate ownOpensOn,
            LocalDate ownSubmissionTarget,
            LocalDate today) {
        return followedBy(targetSpecialty, appliesIn, ownOpensOn, ownSubmissionTarget, today, this::datesOf);
    }

    /** {@link #followedBy} with the calendars read by {@code datesOf} (the coaching model keeps those it read). */
    public static FollowedSeason followedBy(
            String targetSpecialty,
            Integer appliesIn,
            LocalDate ownOpensOn,
            LocalDate ownSubmissionTarget,
            LocalDate today,
            BiFunction<LetterService, Integer, SeasonDates> datesOf) {
        Specialties.Expectation expected = Specialties.of(targetSpecialty);
        int year = FollowedSeason.seasonYear(appliesIn, ownSubmissionTarget, today);
        return new FollowedSeason(
                datesOf.apply(expected.service(), year).withOwnOpensOn(ownOpensOn), expected.standardized());
    }

    private static ApplicationSeason find(UUID id) {
        ApplicationSeason season = ApplicationSeason.findById(id);
        if (season == null) {
            throw ProblemException.notFound("No season has this id.");
        }
        return season;
    }

    private static void checkOrder(LetterService service, SeasonInput in) {
        FieldErrors errors = new FieldErrors()
                .check(
                        !in.submissionOpensOn().isBefore(in.opensOn()),
                        "submissionOpensOn",
                        "must not be before opensOn")
                .check(
                        !in.programsReviewOn().isBefore(in.submissionOpensOn()),
                        "programsReviewOn",
                        "must not be before submissionOpensOn")
                .check(
                        in.rankListDeadlineOn().isAfter(in.programsReviewOn()),
                        "rankListDeadlineOn",
                        "must be after programsReviewOn")
                .check(in.matchDay().isAfter(in.rankListDeadlineOn()), "matchDay", "must be after rankListDeadlineOn")
                .check(
                        service == LetterService.RESIDENCYCAS || in.programDeadlineOn() == null,
                        "programDeadlineOn",
                        "only ResidencyCAS has a program deadline")
                .check(
                        in.programDeadlineOn() == null
                                || !in.programDeadlineOn().isBefore(in.submissionOpensOn()),
                        "programDeadlineOn",
                        "must not be before submissionOpensOn");
        if (in.unverified() != null) {
            for (String name : in.unverified()) {
                errors.check(KNOWN_DATES.contains(name), "unverified", "'" + name + "' is not a date of a season");
            }
        }
        errors.throwIfAny();
    }

    private static final Set<String> KNOWN_DATES = Stream.concat(
                    SeasonPattern.ALL_DATES.stream(), Stream.of("carryOverBefore"))
            .collect(Collectors.toSet());
}
