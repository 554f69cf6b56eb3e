package org.lorkit.nextseason;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lorkit.coaching.CoachService;
import org.lorkit.common.ProblemException;
import org.lorkit.common.Texts;
import org.lorkit.feedback.Feedback;
import org.lorkit.letter.LetterCarryOver;
import org.lorkit.profile.Profile;
import org.lorkit.program.Program;
import org.lorkit.season.FollowedSeason;
import org.lorkit.season.SeasonDates;
import org.lorkit.season.SeasonService;
import org.lorkit.story.Story;

/**
 * A reapplicant starts the next season from the one she followed: the target sheet moves one season on,
 * her letters that are in are marked for import (those too old to import, requests made in the service
 * for the old application and paths that ended stay in the season left), requests still under way are
 * reported, and everything
 * she logged (stories, feedback, rotations, writers, programs) stays as it is. Possible from the Match
 * Day of the season followed; a second call before the new season's Match Day answers 409, so a
 * double tap never skips a season.
 */
@ApplicationScoped
public class NextSeasonService {

    @Inject
    Clock clock;

    @Inject
    SeasonService seasons;

    @Inject
    LetterCarryOver letters;

    @Inject
    CoachService coaching;

    @Transactional
    public NextSeasonDto start(UUID owner) {
        // Locked so that two taps at once start one season, not two.
        Profile p = Profile.findById(owner, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || (p.season == null && p.submissionTargetOn == null)) {
            throw ProblemException.conflict("Your target sheet does not say which season you applied in yet: set its "
                    + "season (or your submission target) first, so that LORkit knows which season comes next.");
        }
        ZoneId zone = ZoneId.of(p.timeZone == null ? "UTC" : p.timeZone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        SeasonDates left = followed(p, today).dates();
        if (today.isBefore(left.matchDay())) {
            throw ProblemException.conflict((p.reappliedFrom != null && p.reappliedFrom == left.year() - 1
                            ? "You already started the " + left.label() + " (from the "
                                    + left.service().label() + " " + p.reappliedFrom + " season). "
                            : "You follow the " + left.label() + ". ")
                    + "The next season can be started from its Match Day, " + Texts.day(left.matchDay())
                    + ", once you know whether you matched.");
        }
        int appliedIn = p.season != null ? p.season : p.submissionTargetOn.getYear();
        p.reappliedFrom = left.year();
        p.season = appliedIn + 1;
        // Her own opening day was the season left's; the new season's record says when it opens.
        p.erasOpensOn = null;
        p.submissionTargetOn = p.submissionTargetOn == null ? null : p.submissionTargetOn.plusYears(1);
        p.updatedAt = clock.instant();
        p.persistAndFlush();
        SeasonDates into = followed(p, today).dates();

        LetterCarryOver.Result carried = letters.carry(owner, zone, left, into);
        int ticks = coaching.restartSeasonTicks(owner);
        long stories = Story.count("ownerId", owner);
        long feedback = Feedback.count("ownerId", owner);
        long programs = Program.count("ownerId", owner);

        List<String> summary = new ArrayList<>();
        summary.add("You now follow the " + into.label() + ": " + into.service().label() + " opens on "
                + Texts.day(into.opensOn()) + (into.verified("opensOn") ? "" : " (not confirmed yet)")
                + " and Match Day is " + Texts.day(into.matchDay())
                + (into.verified("matchDay") ? "" : " (not confirmed yet)") + ".");
        if (p.submissionTargetOn != null) {
            summary.add("Your submission target moved one year on, to " + Texts.day(p.submissionTargetOn)
                    + ": check it on your target sheet.");
        }
        carried.imported().forEach(c -> summary.add(c.sentence()));
        carried.notImported().forEach(c -> summary.add(c.sentence()));
        carried.inFlight().forEach(c -> summary.add(c.sentence()));
        carried.ended().forEach(c -> summary.add(c.sentence()));
        summary.add("Kept as they were: " + stories + (stories == 1 ? " story, " : " stories, ") + feedback
                + " feedback " + (feedback == 1 ? "entry" : "entries") + " and " + programs
                + (programs == 1 ? " program" : " programs")
                + (ticks > 0 ? "; the season's checkpoints you had ticked start over." : "."));
        return new NextSeasonDto(
                left.label(),
                into.label(),
                p.season,
                p.submissionTargetOn,
                NextSeasonDto.CarriedLetter.of(carried.imported()),
                NextSeasonDto.CarriedLetter.of(carried.notImported()),
                NextSeasonDto.CarriedLetter.of(carried.inFlight()),
                NextSeasonDto.CarriedLetter.of(carried.ended()),
                stories,
                feedback,
                programs,
                summary);
    }

    private FollowedSeason followed(Profile p, LocalDate today) {
        return seasons.followedBy(p.targetSpecialty, p.season, p.erasOpensOn, p.submissionTargetOn, today);
    }
}
