package org.lorkit.datarights;

import static org.lorkit.common.NativeRows.date;
import static org.lorkit.common.NativeRows.instant;
import static org.lorkit.common.NativeRows.split;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.lorkit.attending.AttendingRole;
import org.lorkit.attending.Enthusiasm;
import org.lorkit.coaching.Habit;
import org.lorkit.coaching.MessageKind;
import org.lorkit.coaching.RedFlag;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.NativeRows;
import org.lorkit.common.ProblemException;
import org.lorkit.datarights.AccountExport.Attending;
import org.lorkit.datarights.AccountExport.Feedback;
import org.lorkit.datarights.AccountExport.Letter;
import org.lorkit.datarights.AccountExport.Program;
import org.lorkit.datarights.AccountExport.Rotation;
import org.lorkit.datarights.AccountExport.Story;
import org.lorkit.feedback.FeedbackKind;
import org.lorkit.letter.Commitment;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.profile.PersonalStatementStatus;
import org.lorkit.rotation.RotationKind;
import org.lorkit.story.StoryKind;
import org.lorkit.story.StoryLimits;

/**
 * Data rights: export everything of an applicant as one document, import it into an empty account in
 * one transaction (any failure changes nothing), and delete the account with everything in it.
 */
@ApplicationScoped
public class DataRightsService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    // ---------------------------------------------------------------- export

    @Transactional
    public AccountExport export(UUID owner) {
        Object[] account = one("SELECT email, display_name, created_at FROM app_user WHERE id = ?1", owner);
        if (account == null) {
            throw ProblemException.unauthorized("This account no longer exists.");
        }
        Object[] p = one("""
                SELECT target_specialty, season, eras_opens_on, submission_target_on, array_to_string(strengths, ','),
                       strengths_note, cv_ready, cv_updated_on, personal_statement_status, personal_statement_updated_on,
                       time_zone, updated_at FROM profile WHERE owner_id = ?1""", owner);
        AccountExport.Profile profile = p == null
                ? null
                : new AccountExport.Profile(
                        (String) p[0],
                        p[1] == null ? null : ((Number) p[1]).intValue(),
                        date(p[2]),
                        date(p[3]),
                        split((String) p[4]),
                        (String) p[5],
                        (Boolean) p[6],
                        date(p[7]),
                        PersonalStatementStatus.valueOf((String) p[8]),
                        date(p[9]),
                        (String) p[10],
                        instant(p[11]));

        List<Rotation> rotations = rows("""
                SELECT id, institution, location, specialty, kind, starts_on, ends_on, supervised_by_letter_writer,
                       can_present_patients, can_write_notes, observed_repeatedly, works_with_residents, shadowing_only, large_group,
                       created_at, updated_at FROM rotation WHERE owner_id = ?1 ORDER BY created_at, id""", owner).stream()
                .map(r -> new Rotation(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        RotationKind.valueOf((String) r[4]),
                        date(r[5]),
                        date(r[6]),
                        (Boolean) r[7],
                        (Boolean) r[8],
                        (Boolean) r[9],
                        (Boolean) r[10],
                        (Boolean) r[11],
                        (Boolean) r[12],
                        (Boolean) r[13],
                        instant(r[14]),
                        instant(r[15])))
                .toList();

        Map<UUID, List<AccountExport.Link>> links = new HashMap<>();
        for (Object[] r : rows("""
                SELECT l.attending_id, l.rotation_id, l.from_on, l.to_on FROM attending_rotation l JOIN attending a ON a.id = l.attending_id
                WHERE a.owner_id = ?1 ORDER BY l.from_on, l.to_on, l.rotation_id""", owner)) {
            links.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new AccountExport.Link((UUID) r[1], date(r[2]), date(r[3])));
        }
        List<Attending> attendings = rows("""
                SELECT id, name, degree, role, specialty, institution, email, coordinator_email, notes, has_seen_me_present,
                       created_at, updated_at, address_as FROM attending WHERE owner_id = ?1 ORDER BY created_at, id""", owner).stream()
                .map(r -> new Attending(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        AttendingRole.valueOf((String) r[3]),
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        (String) r[8],
                        (Boolean) r[9],
                        links.getOrDefault((UUID) r[0], List.of()),
                        instant(r[10]),
                        instant(r[11]),
                        (String) r[12]))
                .toList();

        Map<UUID, List<UUID>> witnesses = new HashMap<>();
        for (Object[] r : rows("""
                SELECT w.story_id, w.attending_id FROM story_witness w JOIN story s ON s.id = w.story_id
                WHERE s.owner_id = ?1 ORDER BY w.attending_id""", owner)) {
            witnesses.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        List<Story> stories = rows("""
                SELECT id, title, summary, what_i_did, what_it_shows, occurred_on, kind, include_in_packet, phi_reviewed,
                       rotation_id, array_to_string(competencies, ','), created_at, updated_at
                FROM story WHERE owner_id = ?1 ORDER BY created_at, id""", owner).stream()
                .map(r -> new Story(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        date(r[5]),
                        StoryKind.valueOf((String) r[6]),
                        (Boolean) r[7],
                        (Boolean) r[8],
                        (UUID) r[9],
                        witnesses.getOrDefault((UUID) r[0], List.of()),
                        split((String) r[10]),
                        instant(r[11]),
                        instant(r[12])))
                .toList();

        List<Feedback> feedback = rows("""
                SELECT id, attending_id, rotation_id, received_on, kind, went_well, to_improve, my_plan, what_i_changed,
                       checked_back_on, enthusiasm, created_at, updated_at FROM feedback WHERE owner_id = ?1 ORDER BY created_at, id""", owner).stream()
                .map(r -> new Feedback(
                        (UUID) r[0],
                        (UUID) r[1],
                        (UUID) r[2],
                        date(r[3]),
                        FeedbackKind.valueOf((String) r[4]),
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        (String) r[8],
                        date(r[9]),
                        r[10] == null ? null : Enthusiasm.valueOf((String) r[10]),
                        instant(r[11]),
                        instant(r[12])))
                .toList();

        Map<UUID, List<AccountExport.Change>> history = new HashMap<>();
        for (Object[] r : rows("""
                SELECT c.letter_id, c.from_status, c.to_status, c.changed_at, c.note, c.correction FROM letter_status_change c
                JOIN letter_request l ON l.id = c.letter_id WHERE l.owner_id = ?1 ORDER BY c.letter_id, c.position""", owner)) {
            history.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new AccountExport.Change(
                            r[1] == null ? null : LetterStatus.valueOf((String) r[1]),
                            LetterStatus.valueOf((String) r[2]),
                            instant(r[3]),
                            (String) r[4],
                            // Only corrections say so: older exports (without the field) stay equal after a round trip.
                            Boolean.TRUE.equals(r[5]) ? Boolean.TRUE : null));
        }
        List<Letter> letters = rows("""
                SELECT id, attending_id, letter_type, status, commitment, eras_letter_id, waived_right_to_see, soft_deadline,
                       array_to_string(reminders_sent, ','), received_on, thanked_after_submission_on,
                       thanked_interview_invitations_on, thanked_match_day_on, created_at, updated_at
                FROM letter_request WHERE owner_id = ?1 ORDER BY created_at, id""", owner).stream()
                .map(r -> new Letter(
                        (UUID) r[0],
                        (UUID) r[1],
                        LetterType.valueOf((String) r[2]),
                        LetterStatus.valueOf((String) r[3]),
                        r[4] == null ? null : Commitment.valueOf((String) r[4]),
                        (String) r[5],
                        (Boolean) r[6],
                        date(r[7]),
                        split((String) r[8]).stream().map(LocalDate::parse).toList(),
                        date(r[9]),
                        date(r[10]),
                        date(r[11]),
                        date(r[12]),
                        history.getOrDefault((UUID) r[0], List.of()),
                        instant(r[13]),
                        instant(r[14])))
                .toList();

        Map<UUID, List<UUID>> assigned = new HashMap<>();
        for (Object[] r : rows("""
                SELECT pl.program_id, pl.letter_id FROM program_letter pl JOIN program p ON p.id = pl.program_id
                WHERE p.owner_id = ?1 ORDER BY pl.letter_id""", owner)) {
            assigned.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]);
        }
        List<Program> programs = rows("""
                SELECT id, name, specialty, letters_required, from_us_clinicians, in_specialty, added_on, locked, locked_at, notes,
                       created_at, updated_at FROM program WHERE owner_id = ?1 ORDER BY created_at, id""", owner).stream()
                .map(r -> new Program(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue(),
                        date(r[6]),
                        (Boolean) r[7],
                        instant(r[8]),
                        (String) r[9],
                        assigned.getOrDefault((UUID) r[0], List.of()),
                        instant(r[10]),
                        instant(r[11])))
                .toList();

        AccountExport.Coaching coaching = new AccountExport.Coaching(
                rows(
                                "SELECT checkpoint_id, done_on, created_at FROM plan_tick WHERE owner_id = ?1 ORDER BY checkpoint_id",
                                owner)
                        .stream()
                        .map(r -> new AccountExport.Tick((String) r[0], date(r[1]), instant(r[2])))
                        .toList(),
                rows("""
                        SELECT id, kind, letter_id, attending_id, sent_on, created_at FROM sent_message WHERE owner_id = ?1
                        ORDER BY created_at, id""", owner).stream()
                        .map(r -> new AccountExport.SentMessage(
                                (UUID) r[0],
                                MessageKind.valueOf((String) r[1]),
                                (UUID) r[2],
                                (UUID) r[3],
                                date(r[4]),
                                instant(r[5])))
                        .toList(),
                rows(
                                "SELECT habit, checked_on, rotation_id, created_at FROM habit_check_in WHERE owner_id = ?1 ORDER BY checked_on, habit",
                                owner)
                        .stream()
                        .map(r -> new AccountExport.CheckIn(
                                Habit.valueOf((String) r[0]), date(r[1]), (UUID) r[2], instant(r[3])))
                        .toList(),
                rows("""
                        SELECT rotation_id, array_to_string(flags, ','), checked_on FROM red_flag_check WHERE owner_id = ?1
                        ORDER BY checked_on, rotation_id""", owner).stream()
                        .map(r -> new AccountExport.RedFlagCheck(
                                (UUID) r[0],
                                split((String) r[1]).stream()
                                        .map(RedFlag::valueOf)
                                        .toList(),
                                date(r[2])))
                        .toList());

        return new AccountExport(
                AccountExport.FORMAT_VERSION,
                clock.instant(),
                new AccountExport.Account((String) account[0], (String) account[1], instant(account[2])),
                profile,
                rotations,
                attendings,
                stories,
                feedback,
                letters,
                programs,
                coaching);
    }

    // ---------------------------------------------------------------- import

    /** Restores a document into the caller's account, which must be empty; all or nothing. */
    @Transactional
    public AccountExport importInto(UUID owner, AccountExport doc) {
        long existing =
                ((Number) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM profile WHERE owner_id = ?1) + (SELECT count(*) FROM rotation WHERE owner_id = ?1)
                     + (SELECT count(*) FROM attending WHERE owner_id = ?1) + (SELECT count(*) FROM story WHERE owner_id = ?1)
                     + (SELECT count(*) FROM feedback WHERE owner_id = ?1) + (SELECT count(*) FROM letter_request WHERE owner_id = ?1)
                     + (SELECT count(*) FROM program WHERE owner_id = ?1) + (SELECT count(*) FROM plan_tick WHERE owner_id = ?1)
                     + (SELECT count(*) FROM habit_check_in WHERE owner_id = ?1)""").setParameter(1, owner).getSingleResult()).longValue();
        if (existing > 0) {
            throw ProblemException.conflict(
                    "This account already holds data: import restores into an empty account only. "
                            + "Export it first if you need it, delete the account, register again and import.");
        }
        List<Rotation> rotations = list(doc.rotations());
        List<Attending> attendings = list(doc.attendings());
        List<Story> stories = list(doc.stories());
        List<Feedback> feedback = list(doc.feedback());
        List<Letter> letters = list(doc.letters());
        List<Program> programs = list(doc.programs());
        AccountExport.Coaching coaching = doc.coaching() == null
                ? new AccountExport.Coaching(List.of(), List.of(), List.of(), List.of())
                : doc.coaching();
        validate(doc, rotations, attendings, stories, feedback, letters, programs, coaching);

        Set<UUID> all = new HashSet<>();
        rotations.forEach(r -> all.add(r.id()));
        attendings.forEach(a -> all.add(a.id()));
        stories.forEach(s -> all.add(s.id()));
        feedback.forEach(f -> all.add(f.id()));
        letters.forEach(l -> all.add(l.id()));
        programs.forEach(p -> all.add(p.id()));
        list(coaching.sentMessages()).forEach(m -> all.add(m.id()));
        Ids ids = new Ids(!all.isEmpty() && taken(all));
        Instant now = clock.instant();

        AccountExport.Profile p = doc.profile();
        if (p != null) {
            exec(
                    """
                    INSERT INTO profile (owner_id, target_specialty, season, eras_opens_on, submission_target_on, strengths, strengths_note,
                        cv_ready, cv_updated_on, personal_statement_status, personal_statement_updated_on, time_zone, updated_at, version)
                    VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS varchar(40)[]), ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1)""",
                    owner,
                    p.targetSpecialty(),
                    p.season(),
                    p.erasOpensOn(),
                    p.submissionTargetOn(),
                    array(p.strengths()),
                    p.strengthsNote(),
                    Boolean.TRUE.equals(p.cvReady()),
                    p.cvUpdatedOn(),
                    (p.personalStatementStatus() == null
                                    ? PersonalStatementStatus.NOT_STARTED
                                    : p.personalStatementStatus())
                            .name(),
                    p.personalStatementUpdatedOn(),
                    p.timeZone() == null ? "UTC" : p.timeZone(),
                    or(p.updatedAt(), now));
        }
        for (Rotation r : rotations) {
            exec(
                    """
                    INSERT INTO rotation (id, owner_id, institution, location, specialty, kind, starts_on, ends_on, supervised_by_letter_writer,
                        can_present_patients, can_write_notes, observed_repeatedly, works_with_residents, shadowing_only, large_group,
                        created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)""",
                    ids.of(r.id()),
                    owner,
                    r.institution(),
                    r.location(),
                    r.specialty(),
                    r.kind().name(),
                    r.startsOn(),
                    r.endsOn(),
                    r.supervisedByLetterWriter(),
                    r.canPresentPatients(),
                    r.canWriteNotes(),
                    r.observedRepeatedly(),
                    r.worksWithResidents(),
                    r.shadowingOnly(),
                    r.largeGroup(),
                    or(r.createdAt(), now),
                    or(r.updatedAt(), now));
        }
        for (Attending a : attendings) {
            exec(
                    """
                    INSERT INTO attending (id, owner_id, name, degree, role, specialty, institution, email, coordinator_email, notes,
                        has_seen_me_present, created_at, updated_at, address_as)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)""",
                    ids.of(a.id()),
                    owner,
                    a.name(),
                    a.degree(),
                    a.role().name(),
                    a.specialty(),
                    a.institution(),
                    a.email(),
                    a.coordinatorEmail(),
                    a.notes(),
                    a.hasSeenMePresent(),
                    or(a.createdAt(), now),
                    or(a.updatedAt(), now),
                    a.addressAs());
            for (AccountExport.Link l : list(a.rotations())) {
                exec(
                        "INSERT INTO attending_rotation (attending_id, rotation_id, from_on, to_on) VALUES (?1, ?2, ?3, ?4)",
                        ids.of(a.id()),
                        ids.of(l.rotationId()),
                        l.from(),
                        l.to());
            }
        }
        for (Story s : stories) {
            exec(
                    """
                    INSERT INTO story (id, owner_id, title, summary, what_i_did, what_it_shows, occurred_on, kind, include_in_packet,
                        phi_reviewed, phi_reviewed_digest, rotation_id, competencies, created_at, updated_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, CAST(?13 AS varchar(40)[]), ?14, ?15)""",
                    ids.of(s.id()),
                    owner,
                    s.title(),
                    s.summary(),
                    s.whatIDid(),
                    s.whatItShows(),
                    s.occurredOn(),
                    (s.kind() == null ? StoryKind.CASE : s.kind()).name(),
                    s.includeInPacket(),
                    s.phiReviewed(),
                    reviewDigestOf(s),
                    ids.of(s.rotationId()),
                    array(s.competencies()),
                    or(s.createdAt(), now),
                    or(s.updatedAt(), now));
            for (UUID w : new java.util.LinkedHashSet<>(list(s.witnessAttendingIds()))) {
                exec("INSERT INTO story_witness (story_id, attending_id) VALUES (?1, ?2)", ids.of(s.id()), ids.of(w));
            }
        }
        for (Feedback f : feedback) {
            exec(
                    """
                    INSERT INTO feedback (id, owner_id, attending_id, rotation_id, received_on, kind, went_well, to_improve, my_plan,
                        what_i_changed, checked_back_on, enthusiasm, created_at, updated_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)""",
                    ids.of(f.id()),
                    owner,
                    ids.of(f.attendingId()),
                    ids.of(f.rotationId()),
                    f.receivedOn(),
                    f.kind().name(),
                    f.wentWell(),
                    f.toImprove(),
                    f.myPlan(),
                    f.whatIChanged(),
                    f.checkedBackOn(),
                    f.enthusiasm() == null ? null : f.enthusiasm().name(),
                    or(f.createdAt(), now),
                    or(f.updatedAt(), now));
        }
        for (Letter l : letters) {
            exec(
                    """
                    INSERT INTO letter_request (id, owner_id, attending_id, letter_type, status, commitment, eras_letter_id, waived_right_to_see,
                        soft_deadline, reminders_sent, received_on, thanked_after_submission_on, thanked_interview_invitations_on,
                        thanked_match_day_on, created_at, updated_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS date[]), ?11, ?12, ?13, ?14, ?15, ?16)""",
                    ids.of(l.id()),
                    owner,
                    ids.of(l.attendingId()),
                    (l.letterType() == null ? LetterType.TARGET_SPECIALTY : l.letterType()).name(),
                    l.status().name(),
                    l.commitment() == null ? null : l.commitment().name(),
                    l.erasLetterId(),
                    l.waivedRightToSee(),
                    l.softDeadline(),
                    array(list(l.remindersSent()).stream()
                            .map(LocalDate::toString)
                            .toList()),
                    l.receivedOn(),
                    l.thankedAfterSubmissionOn(),
                    l.thankedInterviewInvitationsOn(),
                    l.thankedMatchDayOn(),
                    or(l.createdAt(), now),
                    or(l.updatedAt(), now));
            int position = 0;
            for (AccountExport.Change c : list(l.history())) {
                exec(
                        """
                        INSERT INTO letter_status_change (letter_id, position, from_status, to_status, changed_at, note, correction)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""",
                        ids.of(l.id()),
                        position++,
                        c.from() == null ? null : c.from().name(),
                        c.to().name(),
                        or(c.at(), now),
                        c.note(),
                        Boolean.TRUE.equals(c.correction()));
            }
        }
        for (Program p2 : programs) {
            exec(
                    """
                    INSERT INTO program (id, owner_id, name, specialty, letters_required, from_us_clinicians, in_specialty, added_on, locked,
                        locked_at, notes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)""",
                    ids.of(p2.id()),
                    owner,
                    p2.name(),
                    p2.specialty(),
                    p2.lettersRequired(),
                    p2.fromUsClinicians(),
                    p2.inSpecialty(),
                    p2.addedOn() == null ? LocalDate.ofInstant(now, java.time.ZoneOffset.UTC) : p2.addedOn(),
                    p2.locked(),
                    p2.lockedAt(),
                    p2.notes(),
                    or(p2.createdAt(), now),
                    or(p2.updatedAt(), now));
            for (UUID letterId : new java.util.LinkedHashSet<>(list(p2.letterIds()))) {
                exec(
                        "INSERT INTO program_letter (program_id, letter_id) VALUES (?1, ?2)",
                        ids.of(p2.id()),
                        ids.of(letterId));
            }
        }
        for (AccountExport.Tick t : list(coaching.ticks())) {
            exec(
                    "INSERT INTO plan_tick (owner_id, checkpoint_id, done_on, created_at) VALUES (?1, ?2, ?3, ?4)",
                    owner,
                    ids.checkpoint(t.checkpointId()),
                    t.doneOn(),
                    or(t.createdAt(), now));
        }
        for (AccountExport.SentMessage m : list(coaching.sentMessages())) {
            exec(
                    """
                    INSERT INTO sent_message (id, owner_id, kind, letter_id, attending_id, sent_on, created_at)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""",
                    ids.of(m.id()),
                    owner,
                    m.kind().name(),
                    ids.of(m.letterId()),
                    ids.of(m.attendingId()),
                    m.sentOn(),
                    or(m.createdAt(), now));
        }
        for (AccountExport.CheckIn c : list(coaching.checkIns())) {
            exec("""
                    INSERT INTO habit_check_in (owner_id, habit, checked_on, rotation_id, created_at) VALUES (?1, ?2, ?3, ?4, ?5)""", owner, c.habit().name(), c.on(), ids.of(c.rotationId()), or(c.createdAt(), now));
        }
        for (AccountExport.RedFlagCheck r : list(coaching.redFlags())) {
            exec(
                    """
                    INSERT INTO red_flag_check (owner_id, rotation_id, flags, checked_on) VALUES (?1, ?2, CAST(?3 AS varchar(40)[]), ?4)""",
                    owner,
                    ids.of(r.rotationId()),
                    array(list(r.flags()).stream().map(Enum::name).toList()),
                    r.checkedOn());
        }
        em.flush();
        return export(owner);
    }

    /** Every reference inside the document must name a record of the document; required values present. */
    private static void validate(
            AccountExport doc,
            List<Rotation> rotations,
            List<Attending> attendings,
            List<Story> stories,
            List<Feedback> feedback,
            List<Letter> letters,
            List<Program> programs,
            AccountExport.Coaching coaching) {
        FieldErrors errors = new FieldErrors();
        Set<UUID> rotationIds = ids(rotations.stream().map(Rotation::id).toList(), "rotations", errors);
        Set<UUID> attendingIds = ids(attendings.stream().map(Attending::id).toList(), "attendings", errors);
        ids(stories.stream().map(Story::id).toList(), "stories", errors);
        ids(feedback.stream().map(Feedback::id).toList(), "feedback", errors);
        Set<UUID> letterIds = ids(letters.stream().map(Letter::id).toList(), "letters", errors);
        ids(programs.stream().map(Program::id).toList(), "programs", errors);
        for (int i = 0; i < rotations.size(); i++) {
            Rotation r = rotations.get(i);
            String at = "rotations[" + i + "].";
            errors.check(r.institution() != null && !r.institution().isBlank(), at + "institution", "is required");
            errors.check(r.kind() != null, at + "kind", "is required");
            errors.check(
                    r.startsOn() != null && r.endsOn() != null && !r.endsOn().isBefore(r.startsOn()),
                    at + "endsOn",
                    "startsOn and endsOn are required, endsOn not before startsOn");
        }
        for (int i = 0; i < attendings.size(); i++) {
            Attending a = attendings.get(i);
            String at = "attendings[" + i + "].";
            errors.check(a.name() != null && !a.name().isBlank(), at + "name", "is required");
            errors.check(a.role() != null, at + "role", "is required");
            errors.check(
                    a.addressAs() == null || a.addressAs().length() <= 100,
                    at + "addressAs",
                    "must be at most 100 characters");
            List<AccountExport.Link> links = list(a.rotations());
            for (int j = 0; j < links.size(); j++) {
                AccountExport.Link l = links.get(j);
                errors.check(
                        rotationIds.contains(l.rotationId()),
                        at + "rotations[" + j + "].rotationId",
                        "names no rotation of this document");
                errors.check(
                        l.from() != null && l.to() != null && !l.to().isBefore(l.from()),
                        at + "rotations[" + j + "].to",
                        "from and to are required, to not before from");
            }
        }
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            String at = "stories[" + i + "].";
            errors.check(s.title() != null && !s.title().isBlank(), at + "title", "is required");
            errors.check(
                    s.title() == null || s.title().length() <= StoryLimits.TITLE,
                    at + "title",
                    "must be at most " + StoryLimits.TITLE + " characters, as on the story form");
            errors.check(
                    s.summary() == null || s.summary().length() <= StoryLimits.SUMMARY,
                    at + "summary",
                    "must be at most " + StoryLimits.SUMMARY + " characters, as on the story form");
            errors.check(
                    s.whatIDid() == null || s.whatIDid().length() <= StoryLimits.DETAIL,
                    at + "whatIDid",
                    "must be at most " + StoryLimits.DETAIL + " characters, as on the story form");
            errors.check(
                    s.whatItShows() == null || s.whatItShows().length() <= StoryLimits.DETAIL,
                    at + "whatItShows",
                    "must be at most " + StoryLimits.DETAIL + " characters, as on the story form");
            errors.check(
                    s.rotationId() == null || rotationIds.contains(s.rotationId()),
                    at + "rotationId",
                    "names no rotation of this document");
            List<UUID> witnesses = list(s.witnessAttendingIds());
            for (int j = 0; j < witnesses.size(); j++) {
                errors.check(
                        attendingIds.contains(witnesses.get(j)),
                        at + "witnessAttendingIds[" + j + "]",
                        "names no attending of this document");
            }
        }
        for (int i = 0; i < feedback.size(); i++) {
            Feedback f = feedback.get(i);
            String at = "feedback[" + i + "].";
            errors.check(
                    attendingIds.contains(f.attendingId()), at + "attendingId", "names no attending of this document");
            errors.check(
                    f.rotationId() == null || rotationIds.contains(f.rotationId()),
                    at + "rotationId",
                    "names no rotation of this document");
            errors.check(f.kind() != null, at + "kind", "is required");
            errors.check(f.receivedOn() != null, at + "receivedOn", "is required");
            errors.check(
                    f.checkedBackOn() == null
                            || f.receivedOn() == null
                            || !f.checkedBackOn().isBefore(f.receivedOn()),
                    at + "checkedBackOn",
                    "must not be before receivedOn");
        }
        Set<UUID> writers = new HashSet<>();
        Set<String> erasIds = new HashSet<>();
        for (int i = 0; i < letters.size(); i++) {
            Letter l = letters.get(i);
            String at = "letters[" + i + "].";
            errors.check(
                    attendingIds.contains(l.attendingId()), at + "attendingId", "names no attending of this document");
            errors.check(
                    l.attendingId() == null || writers.add(l.attendingId()),
                    at + "attendingId",
                    "a second letter request for one attending");
            errors.check(
                    l.erasLetterId() == null || erasIds.add(l.erasLetterId()),
                    at + "erasLetterId",
                    "is used by another letter");
            errors.check(l.status() != null, at + "status", "is required");
            List<AccountExport.Change> history = list(l.history());
            for (int j = 0; j < history.size(); j++) {
                errors.check(history.get(j).to() != null, at + "history[" + j + "].to", "is required");
            }
        }
        for (int i = 0; i < programs.size(); i++) {
            Program p = programs.get(i);
            String at = "programs[" + i + "].";
            errors.check(p.name() != null && !p.name().isBlank(), at + "name", "is required");
            errors.check(p.specialty() != null && !p.specialty().isBlank(), at + "specialty", "is required");
            List<UUID> assigned = list(p.letterIds());
            errors.check(assigned.size() <= 4, at + "letterIds", "at most 4 letters go to one program");
            for (int j = 0; j < assigned.size(); j++) {
                errors.check(
                        letterIds.contains(assigned.get(j)),
                        at + "letterIds[" + j + "]",
                        "names no letter of this document");
            }
        }
        List<AccountExport.SentMessage> sent = list(coaching.sentMessages());
        for (int i = 0; i < sent.size(); i++) {
            AccountExport.SentMessage m = sent.get(i);
            String at = "coaching.sentMessages[" + i + "].";
            errors.check(
                    m.id() != null && m.kind() != null && m.sentOn() != null,
                    at + "id",
                    "id, kind and sentOn are required");
            errors.check(
                    m.letterId() == null || letterIds.contains(m.letterId()),
                    at + "letterId",
                    "names no letter of this document");
            errors.check(
                    m.attendingId() == null || attendingIds.contains(m.attendingId()),
                    at + "attendingId",
                    "names no attending of this document");
        }
        List<AccountExport.Tick> ticks = list(coaching.ticks());
        Set<String> checkpoints = new HashSet<>();
        for (int i = 0; i < ticks.size(); i++) {
            AccountExport.Tick t = ticks.get(i);
            errors.check(
                    t.checkpointId() != null && t.doneOn() != null && checkpoints.add(t.checkpointId()),
                    "coaching.ticks[" + i + "]",
                    "checkpointId (once) and doneOn are required");
        }
        List<AccountExport.CheckIn> checkIns = list(coaching.checkIns());
        Set<String> days = new HashSet<>();
        for (int i = 0; i < checkIns.size(); i++) {
            AccountExport.CheckIn c = checkIns.get(i);
            errors.check(
                    c.habit() != null && c.on() != null && days.add(c.habit() + "@" + c.on()),
                    "coaching.checkIns[" + i + "]",
                    "habit and on are required, once per habit and day");
            errors.check(
                    c.rotationId() == null || rotationIds.contains(c.rotationId()),
                    "coaching.checkIns[" + i + "].rotationId",
                    "names no rotation of this document");
        }
        List<AccountExport.RedFlagCheck> flags = list(coaching.redFlags());
        for (int i = 0; i < flags.size(); i++) {
            errors.check(
                    rotationIds.contains(flags.get(i).rotationId())
                            && flags.get(i).checkedOn() != null,
                    "coaching.redFlags[" + i + "].rotationId",
                    "names no rotation of this document (or checkedOn is missing)");
        }
        errors.throwIfAny();
    }

    private static Set<UUID> ids(List<UUID> ids, String field, FieldErrors errors) {
        Set<UUID> set = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            errors.check(ids.get(i) != null && set.add(ids.get(i)), field + "[" + i + "].id", "is required and unique");
        }
        return set;
    }

    private boolean taken(Set<UUID> ids) {
        Number n = (Number) em.createNativeQuery("""
                SELECT (SELECT count(*) FROM rotation WHERE id IN (:ids)) + (SELECT count(*) FROM attending WHERE id IN (:ids))
                     + (SELECT count(*) FROM story WHERE id IN (:ids)) + (SELECT count(*) FROM feedback WHERE id IN (:ids))
                     + (SELECT count(*) FROM letter_request WHERE id IN (:ids)) + (SELECT count(*) FROM program WHERE id IN (:ids))
                     + (SELECT count(*) FROM sent_message WHERE id IN (:ids))""").setParameter("ids", ids).getSingleResult();
        return n.longValue() > 0;
    }

    /** Keeps ids, or replaces each by a new one (the same new one everywhere) when some are taken. */
    private static final class Ids {

        private final boolean remap;
        private final Map<UUID, UUID> mapped = new HashMap<>();

        Ids(boolean remap) {
            this.remap = remap;
        }

        UUID of(UUID id) {
            if (id == null || !remap) {
                return id;
            }
            return mapped.computeIfAbsent(id, k -> UUID.randomUUID());
        }

        /** Checkpoint ids embed rotation and letter ids ("rotation-{id}-formative"): they follow the mapping. */
        String checkpoint(String id) {
            if (!remap) {
                return id;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                    .matcher(id);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, of(UUID.fromString(m.group())).toString());
            }
            return m.appendTail(out).toString();
        }
    }

    // ---------------------------------------------------------------- delete

    /** Removes the applicant and everything they own (every table hangs off the account). */
    @Transactional
    public void deleteAccount(UUID owner) {
        exec("DELETE FROM program_letter WHERE program_id IN (SELECT id FROM program WHERE owner_id = ?1)", owner);
        exec("DELETE FROM sent_message WHERE owner_id = ?1", owner);
        exec("DELETE FROM story WHERE owner_id = ?1", owner);
        exec("DELETE FROM feedback WHERE owner_id = ?1", owner);
        exec("DELETE FROM letter_request WHERE owner_id = ?1", owner);
        exec("DELETE FROM program WHERE owner_id = ?1", owner);
        exec("DELETE FROM attending WHERE owner_id = ?1", owner);
        exec("DELETE FROM rotation WHERE owner_id = ?1", owner);
        exec("DELETE FROM app_user WHERE id = ?1", owner);
    }

    // ---------------------------------------------------------------- helpers

    private void exec(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        query.executeUpdate();
    }

    private List<Object[]> rows(String sql, Object... params) {
        return NativeRows.rows(em, sql, params);
    }

    private Object[] one(String sql, Object... params) {
        List<Object[]> result = rows(sql, params);
        return result.isEmpty() ? null : result.get(0);
    }

    private static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** A PostgreSQL array literal of plain tokens (enum names, ISO dates). */
    private static String array(List<String> values) {
        return "{" + String.join(",", values == null ? List.of() : values) + "}";
    }

    /** A review in the export holds for the exported text, as it did before: an edit after import undoes it. */
    private static String reviewDigestOf(Story s) {
        return s.phiReviewed()
                ? org.lorkit.story.Story.reviewDigest(List.of(
                        String.valueOf(s.title()),
                        String.valueOf(s.summary()),
                        String.valueOf(s.whatIDid()),
                        String.valueOf(s.whatItShows())))
                : null;
    }

    private static Instant or(Instant value, Instant fallback) {
        return value == null ? fallback : value;
    }
}
