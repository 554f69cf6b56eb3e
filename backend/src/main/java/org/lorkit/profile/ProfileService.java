package org.lorkit.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.lorkit.common.Etags;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.Texts;
import org.lorkit.season.Specialties;

/** The target sheet of one applicant: read as defaults until first saved, then replaced by PUT. */
@ApplicationScoped
public class ProfileService {

    public static final String DEFAULT_ZONE = "UTC";

    @Inject
    Clock clock;

    @Transactional
    public ProfileDto get(UUID owner) {
        Profile profile = Profile.findById(owner);
        return profile == null ? ProfileDto.empty() : ProfileDto.of(profile);
    }

    @Transactional
    public ProfileDto put(UUID owner, ProfileInput input, String ifMatch) {
        validate(input);
        Profile profile = Profile.findById(owner);
        if (profile == null) {
            // The never-saved sheet has version 0; a save starts the row at 1.
            Etags.requireMatch(ifMatch, 0);
            profile = new Profile();
            profile.ownerId = owner;
            profile.version = 1;
            apply(profile, input, clock);
            profile.persistAndFlush();
        } else {
            Etags.requireMatch(ifMatch, profile.version);
            apply(profile, input, clock);
            profile.persistAndFlush();
        }
        return ProfileDto.of(profile);
    }

    /** The applicant's clock and target; the defaults when the sheet was never saved. One query. */
    @Transactional
    public ProfileFacts facts(UUID owner) {
        Profile profile = Profile.findById(owner);
        if (profile == null) {
            return new ProfileFacts(ZoneId.of(DEFAULT_ZONE), null, null, clock, null, null, null);
        }
        return new ProfileFacts(
                ZoneId.of(profile.timeZone),
                profile.targetSpecialty,
                profile.submissionTargetOn,
                clock,
                profile.erasOpensOn,
                profile.secondSpecialty,
                profile.season);
    }

    private static void validate(ProfileInput input) {
        FieldErrors errors = new FieldErrors();
        if (input.erasOpensOn() != null && input.submissionTargetOn() != null) {
            errors.check(
                    !input.submissionTargetOn().isBefore(input.erasOpensOn()),
                    "submissionTargetOn",
                    "must not be before erasOpensOn");
        }
        String second = Texts.clean(input.secondSpecialty());
        if (second != null) {
            String target = Texts.clean(input.targetSpecialty());
            errors.check(target != null, "secondSpecialty", "needs a targetSpecialty first");
            errors.check(
                    target == null || !Specialties.same(target, second),
                    "secondSpecialty",
                    "is the same specialty as targetSpecialty");
        }
        String zone = Texts.clean(input.timeZone());
        if (zone != null) {
            errors.check(
                    ZoneId.getAvailableZoneIds().contains(zone),
                    "timeZone",
                    "must be an IANA time zone such as America/New_York or UTC");
        }
        if (input.strengths() != null) {
            errors.check(
                    input.strengths().stream().allMatch(java.util.Objects::nonNull),
                    "strengths",
                    "must not contain null");
        }
        errors.throwIfAny();
    }

    /** Copies an input onto the sheet: PUT and the import write through this one place. */
    public static void apply(Profile p, ProfileInput input, Clock clock) {
        p.targetSpecialty = Texts.clean(input.targetSpecialty());
        p.secondSpecialty = Texts.clean(input.secondSpecialty());
        p.season = input.season();
        p.erasOpensOn = input.erasOpensOn();
        p.submissionTargetOn = input.submissionTargetOn();
        p.strengths = Competency.toStored(input.strengths());
        p.strengthsNote = Texts.clean(input.strengthsNote());
        p.cvReady = Boolean.TRUE.equals(input.cvReady());
        p.cvUpdatedOn = input.cvUpdatedOn();
        p.personalStatementStatus = input.personalStatementStatus() == null
                ? PersonalStatementStatus.NOT_STARTED
                : input.personalStatementStatus();
        p.personalStatementUpdatedOn = input.personalStatementUpdatedOn();
        String zone = Texts.clean(input.timeZone());
        p.timeZone = zone == null ? DEFAULT_ZONE : zone;
        p.updatedAt = clock.instant();
    }
}
