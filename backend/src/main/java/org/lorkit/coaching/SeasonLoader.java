package org.lorkit.coaching;

import static org.lorkit.common.NativeRows.date;
import static org.lorkit.common.NativeRows.instant;
import static org.lorkit.common.NativeRows.split;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lorkit.attending.AttendingRole;
import org.lorkit.attending.Enthusiasm;
import org.lorkit.common.NativeRows;
import org.lorkit.common.ProblemException;
import org.lorkit.feedback.FeedbackKind;
import org.lorkit.letter.Commitment;
import org.lorkit.letter.LetterMoves;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.season.SeasonService;

/**
 * Loads one applicant's {@link Season} in a constant number of queries, whatever the number of
 * stories or letters (stories are read as per-rotation counts and distinct days, not row by row).
 * Callers hold the transaction.
 */
@ApplicationScoped
public class SeasonLoader {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SeasonService seasons;

    public Season load(UUID owner) {
        Object[] head = single("""
                SELECT u.display_name, p.target_specialty, p.season, p.eras_opens_on, p.submission_target_on,
                       array_to_string(p.strengths, ','), p.strengths_note, coalesce(p.cv_ready, false), p.cv_updated_on,
                       coalesce(p.personal_statement_status, 'NOT_STARTED'), p.personal_statement_updated_on,
                       coalesce(p.time_zone, 'UTC')
                FROM app_user u LEFT JOIN profile p ON p.owner_id = u.id WHERE u.id = ?1""", owner);
        if (head == null) {
            throw ProblemException.unauthorized("This account no longer exists.");
        }
        ZoneId zone = ZoneId.of((String) head[11]);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Season.Profile profile = new Season.Profile(
                (String) head[1],
                head[2] == null ? null : ((Number) head[2]).intValue(),
                date(head[3]),
                date(head[4]),
                split((String) head[5]),
                (String) head[6],
                (Boolean) head[7],
                date(head[8]),
                (String) head[9],
                date(head[10]));

        List<Season.Rotation> rotations = new ArrayList<>();
        for (Object[] r : rows("""
                SELECT id, institution, specialty, kind, starts_on, ends_on FROM rotation
                WHERE owner_id = ?1 ORDER BY starts_on, id""", owner)) {
            rotations.add(new Season.Rotation(
                    (UUID) r[0], (String) r[1], (String) r[2], (String) r[3], date(r[4]), date(r[5])));
        }

        Map<UUID, List<Season.Link>> links = new HashMap<>();
        for (Object[] r : rows("""
                SELECT l.attending_id, l.rotation_id, l.from_on, l.to_on FROM attending_rotation l
                JOIN attending a ON a.id = l.attending_id WHERE a.owner_id = ?1 ORDER BY l.from_on""", owner)) {
            links.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new Season.Link((UUID) r[1], date(r[2]), date(r[3])));
        }
        Map<UUID, Season.Attending> attendings = new LinkedHashMap<>();
        for (Object[] r : rows("""
                SELECT id, name, degree, role, specialty, institution, email, coordinator_email, has_seen_me_present, address_as
                FROM attending WHERE owner_id = ?1 ORDER BY name, id""", owner)) {
            UUID id = (UUID) r[0];
            attendings.put(
                    id,
                    new Season.Attending(
                            id,
                            (String) r[1],
                            (String) r[2],
                            (String) r[9],
                            AttendingRole.valueOf((String) r[3]),
                            (String) r[4],
                            (String) r[5],
                            (String) r[6],
                            (String) r[7],
                            (Boolean) r[8],
                            links.getOrDefault(id, List.of())));
        }

        List<Season.Feedback> feedback = new ArrayList<>();
        for (Object[] r : rows("""
                SELECT id, attending_id, rotation_id, received_on, kind, enthusiasm, to_improve, what_i_changed
                FROM feedback WHERE owner_id = ?1 ORDER BY received_on, created_at""", owner)) {
            feedback.add(new Season.Feedback(
                    (UUID) r[0],
                    (UUID) r[1],
                    (UUID) r[2],
                    date(r[3]),
                    FeedbackKind.valueOf((String) r[4]),
                    r[5] == null ? null : Enthusiasm.valueOf((String) r[5]),
                    (String) r[6],
                    (String) r[7]));
        }

        Map<UUID, Season.RotationStories> storiesByRotation = new HashMap<>();
        for (Object[] r : rows("""
                SELECT rotation_id, count(*), count(*) FILTER (WHERE kind = 'TEACHING'), max(occurred_on)
                FROM story WHERE owner_id = ?1 AND rotation_id IS NOT NULL GROUP BY rotation_id""", owner)) {
            storiesByRotation.put(
                    (UUID) r[0],
                    new Season.RotationStories(((Number) r[1]).longValue(), ((Number) r[2]).longValue(), date(r[3])));
        }
        Set<LocalDate> storyDays = new HashSet<>();
        for (Object[] day : rows("""
                SELECT DISTINCT coalesce(occurred_on, CAST(timezone(?2, created_at) AS date)) FROM story WHERE owner_id = ?1""", owner, zone.getId())) {
            storyDays.add(date(day[0]));
        }
        Map<UUID, Long> packetStories = new HashMap<>();
        for (Object[] r : rows("""
                SELECT w.attending_id, count(*) FROM story_witness w JOIN story s ON s.id = w.story_id
                WHERE s.owner_id = ?1 AND s.include_in_packet GROUP BY w.attending_id""", owner)) {
            packetStories.put((UUID) r[0], ((Number) r[1]).longValue());
        }

        Map<UUID, List<LetterMoves.Move>> entries = new HashMap<>();
        for (Object[] r : rows("""
                SELECT c.letter_id, c.from_status, c.to_status, c.changed_at, c.correction FROM letter_status_change c
                JOIN letter_request l ON l.id = c.letter_id WHERE l.owner_id = ?1 ORDER BY c.letter_id, c.position""", owner)) {
            entries.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new LetterMoves.Move(
                            r[1] == null ? null : LetterStatus.valueOf((String) r[1]),
                            LetterStatus.valueOf((String) r[2]),
                            instant(r[3]),
                            Boolean.TRUE.equals(r[4])));
        }
        // The rules read the moves that stand: a corrected "agreed" was never agreed.
        Map<UUID, List<Season.Change>> history = new HashMap<>();
        entries.forEach((letterId, moves) -> history.put(
                letterId,
                LetterMoves.standing(moves).stream()
                        .map(m -> new Season.Change(m.to(), m.at().atZone(zone).toLocalDate()))
                        .toList()));
        List<Season.Letter> letters = new ArrayList<>();
        for (Object[] r : rows("""
                SELECT id, attending_id, letter_type, status, commitment, eras_letter_id, soft_deadline,
                       array_to_string(reminders_sent, ','), received_on, thanked_after_submission_on,
                       thanked_interview_invitations_on, thanked_match_day_on
                FROM letter_request WHERE owner_id = ?1 ORDER BY created_at, id""", owner)) {
            UUID id = (UUID) r[0];
            letters.add(new Season.Letter(
                    id,
                    (UUID) r[1],
                    LetterType.valueOf((String) r[2]),
                    LetterStatus.valueOf((String) r[3]),
                    r[4] == null ? null : Commitment.valueOf((String) r[4]),
                    (String) r[5],
                    date(r[6]),
                    split((String) r[7]).stream().map(LocalDate::parse).sorted().toList(),
                    date(r[8]),
                    date(r[9]),
                    date(r[10]),
                    date(r[11]),
                    history.getOrDefault(id, List.of())));
        }

        Map<UUID, List<UUID>> assigned = new HashMap<>();
        for (Object[] r : rows("""
                SELECT pl.program_id, pl.letter_id FROM program_letter pl JOIN program p ON p.id = pl.program_id
                WHERE p.owner_id = ?1 ORDER BY pl.letter_id""", owner)) {
            assigned.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        List<Season.Program> programs = new ArrayList<>();
        for (Object[] r : rows("""
                SELECT id, name, specialty, letters_required, from_us_clinicians, in_specialty, locked
                FROM program WHERE owner_id = ?1 ORDER BY name, id""", owner)) {
            UUID id = (UUID) r[0];
            programs.add(new Season.Program(
                    id,
                    (String) r[1],
                    (String) r[2],
                    ((Number) r[3]).intValue(),
                    ((Number) r[4]).intValue(),
                    ((Number) r[5]).intValue(),
                    (Boolean) r[6],
                    assigned.getOrDefault(id, List.of())));
        }

        Map<String, LocalDate> ticks = new HashMap<>();
        for (Object[] r : rows("SELECT checkpoint_id, done_on FROM plan_tick WHERE owner_id = ?1", owner)) {
            ticks.put((String) r[0], date(r[1]));
        }
        List<Season.Sent> sent = new ArrayList<>();
        for (Object[] r : rows("""
                SELECT id, kind, letter_id, attending_id, sent_on FROM sent_message WHERE owner_id = ?1
                ORDER BY sent_on, created_at""", owner)) {
            sent.add(new Season.Sent(
                    (UUID) r[0], MessageKind.valueOf((String) r[1]), (UUID) r[2], (UUID) r[3], date(r[4])));
        }
        List<Season.CheckIn> checkIns = new ArrayList<>();
        for (Object[] r : rows("""
                SELECT habit, checked_on, rotation_id FROM habit_check_in WHERE owner_id = ?1 ORDER BY checked_on""", owner)) {
            checkIns.add(new Season.CheckIn(Habit.valueOf((String) r[0]), date(r[1]), (UUID) r[2]));
        }
        Map<UUID, Season.RedFlags> redFlags = new HashMap<>();
        for (Object[] r : rows("""
                SELECT rotation_id, array_to_string(flags, ','), checked_on FROM red_flag_check WHERE owner_id = ?1""", owner)) {
            redFlags.put(
                    (UUID) r[0],
                    new Season.RedFlags(
                            split((String) r[1]).stream().map(RedFlag::valueOf).toList(), date(r[2])));
        }
        return new Season(
                owner,
                today,
                zone,
                (String) head[0],
                profile,
                seasons.followedBy(profile.targetSpecialty(), profile.season(), profile.submissionTargetOn(), today),
                rotations,
                attendings,
                feedback,
                storiesByRotation,
                storyDays,
                packetStories,
                letters,
                programs,
                ticks,
                sent,
                checkIns,
                redFlags);
    }

    private Object[] single(String sql, Object... params) {
        List<Object[]> result = rows(sql, params);
        return result.isEmpty() ? null : result.get(0);
    }

    private List<Object[]> rows(String sql, Object... params) {
        return NativeRows.rows(em, sql, params);
    }
}
