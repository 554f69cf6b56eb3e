package org.lorkit.coaching;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lorkit.attending.Attending;
import org.lorkit.feedback.Feedback;
import org.lorkit.letter.LetterRequest;
import org.lorkit.profile.Profile;
import org.lorkit.program.Program;
import org.lorkit.rotation.Rotation;
import org.lorkit.story.Story;

/**
 * "The whole account" of one applicant as its entities, read once by {@link AccountSnapshots} (a
 * constant number of queries, read-only and detached): the coaching rules' {@link Season} and the
 * export are both built from it, so a new field of a record is read in one place, through its entity
 * (the coaching tables too: {@link PlanTick}, {@link SentMessage}, {@link HabitCheckIn}, {@link RedFlagCheck}).
 */
public record AccountSnapshot(
        UUID owner,
        String email,
        String displayName,
        Instant accountCreatedAt,
        Profile profile,
        List<Rotation> rotations,
        List<Attending> attendings,
        List<Story> stories,
        List<Feedback> feedback,
        List<LetterRequest> letters,
        List<Program> programs,
        List<PlanTick> ticks,
        List<SentMessage> sentMessages,
        List<HabitCheckIn> checkIns,
        List<RedFlagCheck> redFlags) {}
