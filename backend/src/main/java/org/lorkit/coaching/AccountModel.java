package org.lorkit.coaching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The part of a {@link Season} that is the account's own data, without the day it is read on or the
 * season calendars (an admin may correct those): what {@link org.lorkit.platform.AccountRevisionCache} keeps per revision.
 * Its collections are unmodifiable, since one instance serves many requests; {@code evaluations} keeps
 * what the rules made of it.
 */
record AccountModel(
        ZoneId zone,
        String applicantName,
        Season.Profile profile,
        List<Season.Rotation> rotations,
        Map<UUID, Season.Attending> attendings,
        List<Season.Feedback> feedback,
        Map<UUID, Season.RotationStories> storiesByRotation,
        Set<LocalDate> storyDays,
        Map<UUID, Long> packetStoriesByWitness,
        List<Season.Letter> letters,
        List<Season.Program> programs,
        Map<String, LocalDate> ticks,
        List<Season.Sent> sent,
        List<Season.CheckIn> checkIns,
        Map<UUID, Season.RedFlags> redFlags,
        Evaluations evaluations) {}
