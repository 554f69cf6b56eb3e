package org.lorkit.datarights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lorkit.attending.Attending;
import org.lorkit.attending.AttendingInput;
import org.lorkit.attending.AttendingService;
import org.lorkit.attending.RotationLink;
import org.lorkit.coaching.AccountSnapshot;
import org.lorkit.coaching.AccountSnapshots;
import org.lorkit.coaching.HabitCheckIn;
import org.lorkit.coaching.PlanTick;
import org.lorkit.coaching.RedFlagCheck;
import org.lorkit.coaching.SentMessage;
import org.lorkit.common.DatabaseOrder;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ProblemType;
import org.lorkit.feedback.Feedback;
import org.lorkit.feedback.FeedbackInput;
import org.lorkit.feedback.FeedbackService;
import org.lorkit.letter.LetterRequest;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.letter.StatusChange;
import org.lorkit.letter.WriterWord;
import org.lorkit.letter.WriterWordDto;
import org.lorkit.profile.Competency;
import org.lorkit.profile.Profile;
import org.lorkit.profile.ProfileInput;
import org.lorkit.profile.ProfileService;
import org.lorkit.program.Program;
import org.lorkit.rotation.Rotation;
import org.lorkit.rotation.RotationInput;
import org.lorkit.rotation.RotationService;
import org.lorkit.story.Story;
import org.lorkit.story.StoryInput;
import org.lorkit.story.StoryLimits;
import org.lorkit.story.StoryService;

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

    @Inject
    Validator validator;

    @Inject
    AccountSnapshots snapshots;

    @Inject
    RotationService rotationService;

    @Inject
    AttendingService attendingService;

    @Inject
    StoryService storyService;

    @Inject
    FeedbackService feedbackService;

    // ---------------------------------------------------------------- export

    @Transactional
    public AccountExport export(UUID owner) {
        AccountSnapshot account = snapshots.read(owner, true);
        Profile p = account.profile();
        return new AccountExport(
                AccountExport.FORMAT_VERSION,
                clock.instant(),
                new AccountExport.Account(account.email(), account.displayName(), account.accountCreatedAt()),
                p == null ? null : new AccountExport.Profile(ProfileInput.of(p), p.reappliedFrom, p.updatedAt),
                byCreation(account.rotations(), r -> r.createdAt, r -> r.id).stream()
                        .map(r -> new AccountExport.Rotation(r.id, RotationInput.of(r), r.createdAt, r.updatedAt))
                        .toList(),
                byCreation(account.attendings(), a -> a.createdAt, a -> a.id).stream()
                        .map(a -> new AccountExport.Attending(a.id, AttendingInput.of(a), a.createdAt, a.updatedAt))
                        .toList(),
                account.stories().stream()
                        .map(s -> new AccountExport.Story(s.id, StoryInput.of(s), s.createdAt, s.updatedAt))
                        .toList(),
                byCreation(account.feedback(), f -> f.createdAt, f -> f.id).stream()
                        .map(f -> new AccountExport.Feedback(f.id, FeedbackInput.of(f), f.createdAt, f.updatedAt))
                        .toList(),
                letters(account.letters()),
                byCreation(account.programs(), g -> g.createdAt, g -> g.id).stream()
                        .map(DataRightsService::program)
                        .toList(),
                new AccountExport.Coaching(
                        account.ticks().stream().map(AccountExport.Tick::of).toList(),
                        account.sentMessages().stream()
                                .map(AccountExport.SentMessage::of)
                                .toList(),
                        account.checkIns().stream()
                                .map(AccountExport.CheckIn::of)
                                .toList(),
                        account.redFlags().stream()
                                .map(AccountExport.RedFlagCheck::of)
                                .toList()));
    }

    /** The letters with what their writers said on their shared pages (one query for all). */
    private static List<AccountExport.Letter> letters(List<LetterRequest> letters) {
        Map<UUID, List<WriterWordDto>> words =
                WriterWord.wordsOf(letters.stream().map(l -> l.id).toList());
        return letters.stream()
                .map(l -> letter(l, words.getOrDefault(l.id, List.of())))
                .toList();
    }

    private static AccountExport.Letter letter(LetterRequest l, List<WriterWordDto> words) {
        return new AccountExport.Letter(
                l.id,
                l.attendingId,
                l.letterType,
                l.status,
                l.commitment,
                l.erasLetterId,
                l.waivedRightToSee,
                l.softDeadline,
                l.remindersSent == null ? List.of() : List.of(l.remindersSent),
                l.receivedOn,
                l.letterDatedOn,
                l.standardized,
                l.forSpecialty,
                l.leftInSeason,
                l.thankedAfterSubmissionOn,
                l.thankedInterviewInvitationsOn,
                l.thankedMatchDayOn,
                l.orderedHistory().stream()
                        .map(c -> new AccountExport.Change(
                                c.from,
                                c.to,
                                c.at,
                                c.note,
                                // Only corrections say so: older exports (without the field) stay equal after a round
                                // trip.
                                c.correction ? Boolean.TRUE : null))
                        .toList(),
                // Omitted when none, so that older exports stay equal after a round trip.
                words.isEmpty() ? null : words,
                l.createdAt,
                l.updatedAt);
    }

    private static AccountExport.Program program(Program p) {
        return new AccountExport.Program(
                p.id,
                p.name,
                p.specialty,
                p.lettersRequired,
                p.fromUsClinicians,
                p.inSpecialty,
                p.addedOn,
                p.locked,
                p.lockedAt,
                p.notes,
                p.letterIds.stream().sorted(DatabaseOrder.UUIDS).toList(),
                p.createdAt,
                p.updatedAt);
    }

    /** Lists of the export are ordered by creation (then id, as PostgreSQL orders uuids). */
    private static <T> List<T> byCreation(List<T> records, Function<T, Instant> createdAt, Function<T, UUID> id) {
        return records.stream()
                .sorted(Comparator.comparing(createdAt).thenComparing(id, DatabaseOrder.UUIDS))
                .toList();
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
        List<AccountExport.Rotation> rotations = list(doc.rotations());
        List<AccountExport.Attending> attendings = list(doc.attendings());
        List<AccountExport.Story> stories = list(doc.stories());
        List<AccountExport.Feedback> feedback = list(doc.feedback());
        List<AccountExport.Letter> letters = list(doc.letters());
        List<AccountExport.Program> programs = list(doc.programs());
        AccountExport.Coaching coaching = doc.coaching() == null
                ? new AccountExport.Coaching(List.of(), List.of(), List.of(), List.of())
                : doc.coaching();
        validate(doc, rotations, attendings, stories, feedback, letters, programs, coaching);
        validateInputs(doc.profile(), rotations, attendings, stories, feedback);

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

        // Records go in through their entities and the services' own apply rules (as POST and PUT
        // write them); only references are set here, because their ids may be mapped to new ones.
        AccountExport.Profile p = doc.profile();
        if (p != null) {
            Profile profile = new Profile();
            profile.ownerId = owner;
            profile.version = 1;
            ProfileService.apply(profile, p.fields(), clock);
            profile.reappliedFrom = p.reappliedFrom();
            profile.updatedAt = or(p.updatedAt(), now);
            profile.persist();
        }
        for (AccountExport.Rotation r : rotations) {
            Rotation rotation = new Rotation();
            rotation.id = ids.of(r.id());
            rotation.ownerId = owner;
            rotationService.apply(rotation, r.fields());
            rotation.createdAt = or(r.createdAt(), now);
            rotation.updatedAt = or(r.updatedAt(), now);
            rotation.persist();
        }
        em.flush();
        for (AccountExport.Attending a : attendings) {
            Attending attending = new Attending();
            attending.id = ids.of(a.id());
            attending.ownerId = owner;
            attendingService.apply(
                    attending,
                    a.fields(),
                    list(a.fields().rotations()).stream()
                            .map(l -> new RotationLink(ids.of(l.rotationId()), l.from(), l.to()))
                            .toList());
            attending.createdAt = or(a.createdAt(), now);
            attending.updatedAt = or(a.updatedAt(), now);
            attending.persist();
        }
        em.flush();
        for (AccountExport.Story s : stories) {
            Story story = new Story();
            story.id = ids.of(s.id());
            story.ownerId = owner;
            storyService.apply(story, s.fields());
            story.rotationId = ids.of(s.fields().rotationId());
            list(s.fields().witnessAttendingIds()).forEach(w -> story.witnessAttendingIds.add(ids.of(w)));
            story.competencies = Competency.toStored(s.fields().competencies());
            story.formFields = org.lorkit.form.FormFieldTags.toStored(s.fields().formFields(), "formFields");
            // A review in the export holds for the exported text, as it did before: an edit after import undoes it.
            storyService.review(story, s.fields());
            story.createdAt = or(s.createdAt(), now);
            story.updatedAt = or(s.updatedAt(), now);
            story.persist();
        }
        for (AccountExport.Feedback f : feedback) {
            Feedback entry = new Feedback();
            entry.id = ids.of(f.id());
            entry.ownerId = owner;
            feedbackService.apply(owner, entry, f.fields());
            entry.attendingId = ids.of(f.fields().attendingId());
            entry.rotationId = ids.of(f.fields().rotationId());
            FeedbackService.tag(entry, f.fields());
            entry.createdAt = or(f.createdAt(), now);
            entry.updatedAt = or(f.updatedAt(), now);
            entry.persist();
        }
        for (AccountExport.Letter l : letters) {
            LetterRequest letter = new LetterRequest();
            letter.id = ids.of(l.id());
            letter.ownerId = owner;
            letter.attendingId = ids.of(l.attendingId());
            letter.letterType = l.letterType() == null ? LetterType.TARGET_SPECIALTY : l.letterType();
            letter.status = l.status();
            letter.commitment = l.commitment();
            letter.erasLetterId = l.erasLetterId();
            letter.waivedRightToSee = l.waivedRightToSee();
            letter.softDeadline = l.softDeadline();
            letter.remindersSent = list(l.remindersSent()).toArray(LocalDate[]::new);
            letter.receivedOn = l.receivedOn();
            letter.letterDatedOn = l.letterDatedOn();
            letter.standardized = l.standardized();
            letter.forSpecialty = l.forSpecialty();
            letter.leftInSeason = l.leftInSeason();
            letter.thankedAfterSubmissionOn = l.thankedAfterSubmissionOn();
            letter.thankedInterviewInvitationsOn = l.thankedInterviewInvitationsOn();
            letter.thankedMatchDayOn = l.thankedMatchDayOn();
            List<AccountExport.Change> history = list(l.history());
            for (int position = 0; position < history.size(); position++) {
                AccountExport.Change c = history.get(position);
                StatusChange change = new StatusChange();
                change.position = position;
                change.from = c.from();
                change.to = c.to();
                change.at = or(c.at(), now);
                change.note = c.note();
                change.correction = Boolean.TRUE.equals(c.correction());
                letter.history.add(change);
            }
            letter.createdAt = or(l.createdAt(), now);
            letter.updatedAt = or(l.updatedAt(), now);
            letter.persist();
            for (WriterWordDto w : list(l.writerWords())) {
                WriterWord word = new WriterWord();
                word.id = UUID.randomUUID();
                word.letterId = letter.id;
                word.answer = w.answer();
                word.note = w.note();
                word.saidAt = or(w.saidAt(), now);
                word.persist();
            }
        }
        em.flush();
        for (AccountExport.Program g : programs) {
            Program program = new Program();
            program.id = ids.of(g.id());
            program.ownerId = owner;
            program.name = g.name();
            program.specialty = g.specialty();
            program.lettersRequired = g.lettersRequired();
            program.fromUsClinicians = g.fromUsClinicians();
            program.inSpecialty = g.inSpecialty();
            program.addedOn = g.addedOn() == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : g.addedOn();
            program.locked = g.locked();
            program.lockedAt = g.lockedAt();
            program.notes = g.notes();
            list(g.letterIds()).forEach(letterId -> program.letterIds.add(ids.of(letterId)));
            program.createdAt = or(g.createdAt(), now);
            program.updatedAt = or(g.updatedAt(), now);
            program.persist();
        }
        em.flush();
        // Coaching rows: the document's own checks saw ticks and check-ins once each; a sent message's id or
        // a rotation's red-flag check given twice is a duplicate, as the database's unique key would say.
        for (AccountExport.Tick t : list(coaching.ticks())) {
            PlanTick tick = new PlanTick();
            tick.ownerId = owner;
            tick.checkpointId = ids.checkpoint(t.checkpointId());
            tick.doneOn = t.doneOn();
            tick.createdAt = or(t.createdAt(), now);
            tick.persist();
        }
        Set<UUID> sentIds = new HashSet<>();
        for (AccountExport.SentMessage m : list(coaching.sentMessages())) {
            SentMessage message = new SentMessage();
            message.id = ids.of(m.id());
            requireOnce(sentIds, message.id);
            message.ownerId = owner;
            message.kind = m.kind();
            message.letterId = ids.of(m.letterId());
            message.attendingId = ids.of(m.attendingId());
            message.sentOn = m.sentOn();
            message.createdAt = or(m.createdAt(), now);
            message.persist();
        }
        for (AccountExport.CheckIn c : list(coaching.checkIns())) {
            HabitCheckIn checkIn = new HabitCheckIn();
            checkIn.ownerId = owner;
            checkIn.habit = c.habit();
            checkIn.checkedOn = c.on();
            checkIn.rotationId = ids.of(c.rotationId());
            checkIn.createdAt = or(c.createdAt(), now);
            checkIn.persist();
        }
        Set<UUID> flaggedRotations = new HashSet<>();
        for (AccountExport.RedFlagCheck r : list(coaching.redFlags())) {
            RedFlagCheck check = new RedFlagCheck();
            check.ownerId = owner;
            check.rotationId = ids.of(r.rotationId());
            requireOnce(flaggedRotations, check.rotationId);
            check.flags = list(r.flags()).stream().map(Enum::name).toArray(String[]::new);
            check.checkedOn = r.checkedOn();
            check.persist();
        }
        em.flush();
        return export(owner);
    }

    /** Every reference inside the document must name a record of the document; required values present. */
    private static void validate(
            AccountExport doc,
            List<AccountExport.Rotation> rotations,
            List<AccountExport.Attending> attendings,
            List<AccountExport.Story> stories,
            List<AccountExport.Feedback> feedback,
            List<AccountExport.Letter> letters,
            List<AccountExport.Program> programs,
            AccountExport.Coaching coaching) {
        FieldErrors errors = new FieldErrors();
        Set<UUID> rotationIds =
                ids(rotations.stream().map(AccountExport.Rotation::id).toList(), "rotations", errors);
        Set<UUID> attendingIds =
                ids(attendings.stream().map(AccountExport.Attending::id).toList(), "attendings", errors);
        ids(stories.stream().map(AccountExport.Story::id).toList(), "stories", errors);
        ids(feedback.stream().map(AccountExport.Feedback::id).toList(), "feedback", errors);
        Set<UUID> letterIds = ids(letters.stream().map(AccountExport.Letter::id).toList(), "letters", errors);
        ids(programs.stream().map(AccountExport.Program::id).toList(), "programs", errors);
        for (int i = 0; i < rotations.size(); i++) {
            AccountExport.Rotation r = rotations.get(i);
            String at = "rotations[" + i + "].";
            errors.check(
                    r.fields().institution() != null
                            && !r.fields().institution().isBlank(),
                    at + "institution",
                    "is required");
            errors.check(r.fields().kind() != null, at + "kind", "is required");
            errors.check(
                    r.fields().startsOn() != null
                            && r.fields().endsOn() != null
                            && !r.fields().endsOn().isBefore(r.fields().startsOn()),
                    at + "endsOn",
                    "startsOn and endsOn are required, endsOn not before startsOn");
        }
        for (int i = 0; i < attendings.size(); i++) {
            AccountExport.Attending a = attendings.get(i);
            String at = "attendings[" + i + "].";
            errors.check(a.fields().name() != null && !a.fields().name().isBlank(), at + "name", "is required");
            errors.check(a.fields().role() != null, at + "role", "is required");
            errors.check(
                    a.fields().addressAs() == null || a.fields().addressAs().length() <= 100,
                    at + "addressAs",
                    "must be at most 100 characters");
            List<AttendingInput.RotationLinkInput> links = list(a.fields().rotations());
            for (int j = 0; j < links.size(); j++) {
                AttendingInput.RotationLinkInput l = links.get(j);
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
            AccountExport.Story s = stories.get(i);
            String at = "stories[" + i + "].";
            errors.check(s.fields().title() != null && !s.fields().title().isBlank(), at + "title", "is required");
            errors.check(
                    s.fields().title() == null || s.fields().title().length() <= StoryLimits.TITLE,
                    at + "title",
                    "must be at most " + StoryLimits.TITLE + " characters, as on the story form");
            errors.check(
                    s.fields().summary() == null || s.fields().summary().length() <= StoryLimits.SUMMARY,
                    at + "summary",
                    "must be at most " + StoryLimits.SUMMARY + " characters, as on the story form");
            errors.check(
                    s.fields().whatIDid() == null || s.fields().whatIDid().length() <= StoryLimits.DETAIL,
                    at + "whatIDid",
                    "must be at most " + StoryLimits.DETAIL + " characters, as on the story form");
            errors.check(
                    s.fields().whatItShows() == null || s.fields().whatItShows().length() <= StoryLimits.DETAIL,
                    at + "whatItShows",
                    "must be at most " + StoryLimits.DETAIL + " characters, as on the story form");
            errors.check(
                    s.fields().rotationId() == null
                            || rotationIds.contains(s.fields().rotationId()),
                    at + "rotationId",
                    "names no rotation of this document");
            List<UUID> witnesses = list(s.fields().witnessAttendingIds());
            for (int j = 0; j < witnesses.size(); j++) {
                errors.check(
                        attendingIds.contains(witnesses.get(j)),
                        at + "witnessAttendingIds[" + j + "]",
                        "names no attending of this document");
            }
        }
        for (int i = 0; i < feedback.size(); i++) {
            AccountExport.Feedback f = feedback.get(i);
            String at = "feedback[" + i + "].";
            errors.check(
                    attendingIds.contains(f.fields().attendingId()),
                    at + "attendingId",
                    "names no attending of this document");
            errors.check(
                    f.fields().rotationId() == null
                            || rotationIds.contains(f.fields().rotationId()),
                    at + "rotationId",
                    "names no rotation of this document");
            errors.check(f.fields().kind() != null, at + "kind", "is required");
            errors.check(f.fields().receivedOn() != null, at + "receivedOn", "is required");
            errors.check(
                    f.fields().checkedBackOn() == null
                            || f.fields().receivedOn() == null
                            || !f.fields().checkedBackOn().isBefore(f.fields().receivedOn()),
                    at + "checkedBackOn",
                    "must not be before receivedOn");
        }
        Set<String> slots = new HashSet<>();
        Set<String> erasIds = new HashSet<>();
        for (int i = 0; i < letters.size(); i++) {
            AccountExport.Letter l = letters.get(i);
            String at = "letters[" + i + "].";
            errors.check(
                    attendingIds.contains(l.attendingId()), at + "attendingId", "names no attending of this document");
            // As the database holds them: one request per writer, kind and specialty among this season's letters.
            boolean thisSeasons = l.status() != LetterStatus.IMPORTED && l.leftInSeason() == null;
            errors.check(
                    l.attendingId() == null
                            || !thisSeasons
                            || slots.add(l.attendingId() + "/" + Boolean.TRUE.equals(l.standardized()) + "/"
                                    + (l.forSpecialty() == null
                                            ? ""
                                            : l.forSpecialty().toLowerCase(Locale.ROOT))),
                    at + "attendingId",
                    "a second letter request of this season for one attending, kind and specialty");
            errors.check(
                    l.forSpecialty() == null || l.forSpecialty().length() <= 100,
                    at + "forSpecialty",
                    "must be at most 100 characters");
            errors.check(
                    l.erasLetterId() == null || erasIds.add(l.erasLetterId()),
                    at + "erasLetterId",
                    "is used by another letter");
            errors.check(l.status() != null, at + "status", "is required");
            List<AccountExport.Change> history = list(l.history());
            for (int j = 0; j < history.size(); j++) {
                errors.check(history.get(j).to() != null, at + "history[" + j + "].to", "is required");
            }
            List<WriterWordDto> words = list(l.writerWords());
            for (int j = 0; j < words.size(); j++) {
                errors.check(words.get(j).answer() != null, at + "writerWords[" + j + "].answer", "is required");
                errors.check(
                        words.get(j).note() == null || words.get(j).note().length() <= 500,
                        at + "writerWords[" + j + "].note",
                        "must be at most 500 characters");
            }
        }
        for (int i = 0; i < programs.size(); i++) {
            AccountExport.Program p = programs.get(i);
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

    /**
     * Each record's writable fields pass the same Bean Validation as its POST and PUT body; the
     * field names say where in the document (after the document's own checks, which name them too).
     */
    private void validateInputs(
            AccountExport.Profile profile,
            List<AccountExport.Rotation> rotations,
            List<AccountExport.Attending> attendings,
            List<AccountExport.Story> stories,
            List<AccountExport.Feedback> feedback) {
        FieldErrors errors = new FieldErrors();
        if (profile != null) {
            violations(errors, "profile.", profile.fields());
        }
        for (int i = 0; i < rotations.size(); i++) {
            violations(errors, "rotations[" + i + "].", rotations.get(i).fields());
        }
        for (int i = 0; i < attendings.size(); i++) {
            violations(errors, "attendings[" + i + "].", attendings.get(i).fields());
        }
        for (int i = 0; i < stories.size(); i++) {
            violations(errors, "stories[" + i + "].", stories.get(i).fields());
        }
        for (int i = 0; i < feedback.size(); i++) {
            violations(errors, "feedback[" + i + "].", feedback.get(i).fields());
        }
        errors.throwIfAny();
    }

    private void violations(FieldErrors errors, String at, Object input) {
        for (ConstraintViolation<Object> v : validator.validate(input)) {
            errors.add(at + v.getPropertyPath(), v.getMessage());
        }
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
            Matcher m = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                    .matcher(id);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, of(UUID.fromString(m.group())).toString());
            }
            return m.appendTail(out).toString();
        }
    }

    // ---------------------------------------------------------------- delete

    /**
     * Removes the applicant and everything they own (every table hangs off the account, their audit trail
     * too). What stays is one tombstone without personal data: the account's id and when it was deleted.
     */
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
        exec(TOMBSTONE, owner, clock.instant());
    }

    private static final String TOMBSTONE =
            "INSERT INTO account_tombstone (account_id, deleted_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING";

    // ---------------------------------------------------------------- helpers

    private void exec(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        query.executeUpdate();
    }

    private static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /**
     * A key the document gives twice: the conflict the table's primary key would answer (a persist of the
     * same key twice fails in the session, before the database could say so).
     */
    private static void requireOnce(Set<UUID> seen, UUID key) {
        if (!seen.add(key)) {
            throw ProblemException.conflict(ProblemType.CONFLICT.defaultDetail());
        }
    }

    private static Instant or(Instant value, Instant fallback) {
        return value == null ? fallback : value;
    }
}
