package org.lorkit.letter;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lorkit.attending.Attending;
import org.lorkit.attending.AttendingService;
import org.lorkit.common.Etags;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.OwnedReferences;
import org.lorkit.common.OwnerQuery;
import org.lorkit.common.PageRequest;
import org.lorkit.common.Problem;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ProblemType;
import org.lorkit.common.Referrers;
import org.lorkit.common.Texts;
import org.lorkit.profile.ProfileFacts;
import org.lorkit.profile.ProfileService;
import org.lorkit.season.Specialties;
import org.lorkit.season.StandardizedLetter;

/**
 * Letter requests of one applicant: one per attending and kind (narrative or standardized), ERAS Letter IDs used once, a waiver
 * that cannot be undone, and a status that moves only along the flow, each move kept with its time.
 */
@ApplicationScoped
public class LetterService {

    @Inject
    java.time.Clock clock;

    static final Map<String, String> SORTABLE = Map.of(
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt",
            "softDeadline",
            "softDeadline",
            "receivedOn",
            "receivedOn");
    static final String DEFAULT_SORT = "createdAt,desc";
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int SOFT_DEADLINE_DAYS_BEFORE_SUBMISSION = 21;
    /** ERAS imports letters from prior applications up to this many years back. */
    static final int IMPORT_YEARS_BACK = 7;

    @Inject
    ProfileService profiles;

    @Inject
    OpeningDays openingDays;

    @Inject
    AttendingService attendings;

    @Inject
    OwnedReferences references;

    @Inject
    EntityManager em;

    /** Filters of the list; null means "any". */
    public record Filter(LetterStatus status, UUID attendingId, LetterType letterType) {}

    @Transactional
    public LetterDto create(UUID owner, LetterInput input) {
        LetterRequest letter = new LetterRequest();
        letter.id = UUID.randomUUID();
        letter.ownerId = owner;
        letter.status = LetterStatus.CANDIDATE;
        letter.createdAt = clock.instant();
        ProfileFacts profile = profiles.facts(owner);
        apply(owner, letter, input, profile);
        letter.persistAndFlush();
        return toDtos(owner, List.of(letter), profile).get(0);
    }

    @Transactional
    public LetterPage list(UUID owner, PageRequest request, Filter filter) {
        OwnerQuery where = new OwnerQuery(owner)
                .and("status = :status", "status", filter.status())
                .and("attendingId = :attendingId", "attendingId", filter.attendingId())
                .and("letterType = :letterType", "letterType", filter.letterType());
        PanacheQuery<LetterRequest> query = LetterRequest.<LetterRequest>find(
                        where.where(), request.sort(), where.params())
                .page(request.page(), request.size());
        List<LetterDto> items = toDtos(owner, query.list(), profiles.facts(owner));
        return new LetterPage(items, request.page(), request.size(), query.count());
    }

    @Transactional
    public LetterDto get(UUID owner, UUID id) {
        return toDtos(owner, List.of(owned(owner, id)), profiles.facts(owner)).get(0);
    }

    @Transactional
    public LetterDto update(UUID owner, UUID id, LetterInput input, String ifMatch) {
        LetterRequest letter = owned(owner, id);
        Etags.requireMatch(ifMatch, letter.version);
        keptAsRecord(owner, letter, false);
        ProfileFacts profile = profiles.facts(owner);
        apply(owner, letter, input, profile);
        letter.persistAndFlush();
        return toDtos(owner, List.of(letter), profile).get(0);
    }

    /**
     * Moves the letter along the flow. An invalid move answers 409 naming the allowed next states; a
     * move that cannot be true (in the future, before the move before it, in ERAS before ERAS opens)
     * answers 422 with a sentence that names the days. The change is kept in the history with its time.
     */
    @Transactional
    public LetterDto transition(UUID owner, UUID id, TransitionInput input, String ifMatch) {
        LetterRequest letter = owned(owner, id);
        Etags.requireMatch(ifMatch, letter.version);
        keptAsRecord(owner, letter, true);
        Instant now = clock.instant();
        ProfileFacts profile = profiles.facts(owner);
        Instant at = dated(profile, input.at(), now);
        if (!letter.status.canMoveTo(input.to())) {
            List<String> allowed = letter.status.next().stream().map(Enum::name).toList();
            throw ProblemException.invalidTransition(
                    "A letter request cannot move from " + letter.status + " to " + input.to()
                            + (allowed.isEmpty()
                                    ? "; " + letter.status + " is final."
                                    : "; allowed next: " + String.join(", ", allowed) + "."),
                    allowed);
        }
        List<StatusChange> history = letter.orderedHistory();
        List<LetterMoves.Move> standing = standing(history);
        checkDate(profile, letter, at, input.to(), standing.isEmpty() ? null : standing.get(standing.size() - 1));
        checkImport(profile, letter, input.to());
        letter.history.add(
                new StatusChange(history.size(), letter.status, input.to(), at, Texts.clean(input.note()), false));
        letter.status = input.to();
        if (input.to() == LetterStatus.RECEIVED && letter.receivedOn == null) {
            letter.receivedOn = profile.dayOf(at);
        }
        if (input.to() == LetterStatus.DECLINED && letter.commitment == null) {
            letter.commitment = Commitment.DECLINED;
        }
        letter.updatedAt = now;
        letter.persistAndFlush();
        return toDtos(owner, List.of(letter), profile).get(0);
    }

    /**
     * Corrects the last move that stands: back to where it started (an undo) or to another move that
     * status allows (a mis-tap). The correction is appended to the history (nothing is removed), dated by
     * default like the move it corrects; what that move set on its own (receivedOn by RECEIVED, a DECLINED
     * commitment) is undone.
     */
    @Transactional
    public LetterDto correct(UUID owner, UUID id, CorrectionInput input, String ifMatch) {
        LetterRequest letter = owned(owner, id);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.invalid(
                    "If-Match",
                    "send the ETag of the letter you corrected, so that a correction "
                            + "never applies to a version you did not see");
        }
        Etags.requireMatch(ifMatch, letter.version);
        keptAsRecord(owner, letter, true);
        List<StatusChange> history = letter.orderedHistory();
        List<LetterMoves.Move> standing = standing(history);
        if (standing.isEmpty()) {
            throw ProblemException.invalidTransition(
                    "There is no move to correct: this letter is at " + letter.status.label()
                            + " with no move standing since it was created.",
                    List.of());
        }
        LetterMoves.Move last = standing.get(standing.size() - 1);
        List<LetterStatus> targets = LetterMoves.correctionTargets(standing);
        if (!targets.contains(input.to())) {
            ProfileFacts facts = profiles.facts(owner);
            // "requested in ResidencyCAS" for an OB/GYN or EM letter, never ERAS.
            List<org.lorkit.season.LetterService> services =
                    Specialties.servicesOf(letter.forSpecialty, facts.targetSpecialty(), facts.secondSpecialty());
            java.util.function.Function<LetterStatus, String> said = st -> st.label(services);
            throw ProblemException.invalidTransition(
                    "The last move took this letter from "
                            + said.apply(LetterMoves.startOf(last))
                            + " to " + said.apply(last.to()) + "; a correction can take it back to "
                            + said.apply(LetterMoves.startOf(last))
                            + (targets.size() > 1
                                    ? " or to "
                                            + String.join(
                                                    " or ",
                                                    targets.subList(1, targets.size()).stream()
                                                            .map(said)
                                                            .toList())
                                    : "")
                            + ", not to " + said.apply(input.to()) + ".",
                    targets.stream().map(Enum::name).toList());
        }
        ProfileFacts profile = profiles.facts(owner);
        Instant at = input.at() == null ? last.at() : dated(profile, input.at(), clock.instant());
        LetterMoves.Move before = standing.size() > 1 ? standing.get(standing.size() - 2) : null;
        checkDate(profile, letter, at, input.to(), before);
        checkImport(profile, letter, input.to());
        if (letter.status == LetterStatus.IMPORTED
                && LetterRequest.<LetterRequest>list(
                                "ownerId = ?1 and attendingId = ?2 and id <> ?3", owner, letter.attendingId, letter.id)
                        .stream()
                        .anyMatch(other ->
                                sameSlot(other, Boolean.TRUE.equals(letter.standardized), letter.forSpecialty))) {
            throw ProblemException.conflict(
                    "to",
                    "this writer already has a letter request of this season of the same kind; an imported "
                            + "letter stays imported beside it (delete the newer request first to undo the import)");
        }
        letter.history.add(
                new StatusChange(history.size(), letter.status, input.to(), at, Texts.clean(input.note()), true));
        LetterStatus undone = letter.status;
        letter.status = input.to();
        if (undone == LetterStatus.RECEIVED && input.to() != LetterStatus.RECEIVED) {
            letter.receivedOn = null;
        }
        if (undone == LetterStatus.DECLINED && letter.commitment == Commitment.DECLINED) {
            letter.commitment = null;
        }
        if (input.to() == LetterStatus.DECLINED) {
            letter.commitment = Commitment.DECLINED;
        }
        letter.updatedAt = clock.instant();
        letter.persistAndFlush();
        return toDtos(owner, List.of(letter), profile).get(0);
    }

    /**
     * A request that stayed in a season the applicant left is that season's record: a move, an edit or a
     * message recorded on it would rewrite it (and could clash with the request she made since for the
     * same writer), so each answers 409.
     */
    private void keptAsRecord(UUID owner, LetterRequest letter, boolean move) {
        if (letter.leftBehind()) {
            throw leftBehindProblem(owner, letter, move);
        }
    }

    /** The 409 for a letter request left in a prior season (see {@link LetterRequest#leftInSeason}). */
    @Transactional
    public ProblemException leftBehindProblem(UUID owner, UUID letterId, boolean move) {
        return leftBehindProblem(owner, owned(owner, letterId), move);
    }

    /** The same, for a request already read (no second read of it). */
    private ProblemException leftBehindProblem(UUID owner, LetterRequest letter, boolean move) {
        Attending writer = attendings.byIds(owner, List.of(letter.attendingId)).get(letter.attendingId);
        String sentence = "This letter request stayed in the " + letter.leftInSeason + " season, which you left when "
                + "you started the next one: it is kept as that season's record and does not change any more. To ask "
                + (writer == null ? "this writer" : writer.name) + " again, add a new letter request.";
        return move ? ProblemException.invalidTransition(sentence, List.of()) : ProblemException.conflict(sentence);
    }

    /**
     * The instant a move is dated: now by default. The app sends the day picked as 12:00 in the applicant's
     * zone, so "today" picked in the morning lies a few hours ahead: a day that is today is dated now.
     */
    private static Instant dated(ProfileFacts profile, Instant at, Instant now) {
        if (at == null) {
            return now;
        }
        return at.isAfter(now) && profile.dayOf(at).equals(profile.today()) ? now : at;
    }

    private static List<LetterMoves.Move> standing(List<StatusChange> history) {
        return LetterMoves.standing(history.stream().map(StatusChange::move).toList());
    }

    /**
     * The dates a move cannot have: later than now (a few minutes of clock skew aside), before the move
     * that stands before it, or a request before the letter's own service opens ({@link OpeningDays}:
     * ResidencyCAS's day for an OB/GYN or EM letter, the earlier day for a letter through both).
     */
    private void checkDate(
            ProfileFacts profile, LetterRequest letter, Instant at, LetterStatus to, LetterMoves.Move previous) {
        Instant now = clock.instant();
        LocalDate day = profile.dayOf(at);
        List<org.lorkit.season.LetterService> services =
                Specialties.servicesOf(letter.forSpecialty, profile.targetSpecialty(), profile.secondSpecialty());
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw refused("That day has not come yet: " + Texts.day(day) + " is after today, "
                    + Texts.day(profile.today()) + ". Date a move on the day it happened.");
        }
        if (previous != null && at.isBefore(previous.at())) {
            throw refused("The letter reached " + previous.to().label(services) + " on "
                    + Texts.day(profile.dayOf(previous.at()))
                    + "; a later move cannot be dated before that (" + Texts.day(day)
                    + (day.equals(profile.dayOf(previous.at())) ? ", earlier that day" : "") + ").");
        }
        if (to == LetterStatus.REQUESTED_IN_ERAS) {
            Optional<String> early = beforeItsServiceOpens(profile, services, day);
            if (early.isPresent()) {
                throw refused(early.get());
            }
        }
    }

    /**
     * Why the letter cannot be requested in its service on this day (the service has not opened), or empty.
     * Recording a formal request email asks the same question (MessageService), so both say the same.
     */
    public Optional<String> requestTooEarly(UUID owner, UUID letterId, LocalDate day) {
        ProfileFacts profile = profiles.facts(owner);
        LetterRequest letter = LetterRequest.findById(letterId);
        return beforeItsServiceOpens(
                profile,
                Specialties.servicesOf(letter.forSpecialty, profile.targetSpecialty(), profile.secondSpecialty()),
                day);
    }

    private Optional<String> beforeItsServiceOpens(
            ProfileFacts profile, List<org.lorkit.season.LetterService> services, LocalDate day) {
        return openingDays
                .earliest(profile, services)
                .filter(o -> day.isBefore(o.day()))
                .map(o -> o.service().label() + " opens on " + Texts.day(o.day())
                        + (o.verified()
                                ? ""
                                : " (a date not yet confirmed by " + o.service().label() + ")")
                        + "; a letter cannot be requested there before then (the move was dated " + Texts.day(day)
                        + ").");
    }

    /**
     * An imported letter carries the date it was written (ERAS watermarks it): the move needs that date,
     * and ERAS imports letters of at most 7 years back.
     */
    private static void checkImport(ProfileFacts profile, LetterRequest letter, LetterStatus to) {
        if (to != LetterStatus.IMPORTED) {
            return;
        }
        if (letter.letterDatedOn == null) {
            throw ProblemException.ruleBroken(
                    "letterDatedOn",
                    "an imported letter keeps the date it was written; enter that date (letterDatedOn) on the "
                            + "letter first, then mark it imported");
        }
        checkImportAge(profile, letter.letterDatedOn);
    }

    private static void checkImportAge(ProfileFacts profile, LocalDate datedOn) {
        LocalDate oldest = profile.today().minusYears(IMPORT_YEARS_BACK);
        if (datedOn.isBefore(oldest)) {
            throw ProblemException.ruleBroken(
                    "letterDatedOn",
                    "a letter dated " + Texts.day(datedOn) + " is more than " + IMPORT_YEARS_BACK
                            + " years old; ERAS imports letters from " + Texts.day(oldest) + " on, so ask the "
                            + "writer for an updated letter instead");
        }
    }

    private static ProblemException refused(String sentence) {
        return new ProblemException(ProblemType.RULE, sentence, List.of(new Problem.FieldError("at", sentence)));
    }

    /**
     * Deletes a letter request with its history. Program assignments refer to it: without cascade a 409
     * names them; with cascade they are removed. An assignment to a locked program is never removed.
     */
    @Transactional
    public void delete(UUID owner, UUID id, String ifMatch, boolean cascade) {
        LetterRequest letter = owned(owner, id);
        Etags.requireMatch(ifMatch, letter.version);
        long locked = count("""
                SELECT count(*) FROM program_letter pl JOIN program p ON p.id = pl.program_id
                WHERE pl.letter_id = ?1 AND p.locked""", id);
        if (locked > 0) {
            throw ProblemException.referenced(
                    "This letter is assigned to " + locked + " submitted (locked) program "
                            + "application(s); it cannot be removed from them, so it cannot be deleted.",
                    List.of(new Problem.Reference("programs", locked)));
        }
        Referrers referrers =
                new Referrers().add("programs", count("SELECT count(*) FROM program_letter WHERE letter_id = ?1", id));
        if (referrers.any()) {
            if (!cascade) {
                throw referrers.conflict("letter request", "remove it from those programs.");
            }
            em.createNativeQuery("""
                    UPDATE program SET version = version + 1, updated_at = ?2
                    WHERE id IN (SELECT program_id FROM program_letter WHERE letter_id = ?1)""")
                    .setParameter(1, id)
                    .setParameter(2, clock.instant())
                    .executeUpdate();
            em.createNativeQuery("DELETE FROM program_letter WHERE letter_id = ?1")
                    .setParameter(1, id)
                    .executeUpdate();
        }
        letter.delete();
    }

    /** Answers for many letter requests in a constant number of queries (history, names, programs). */
    private List<LetterDto> toDtos(UUID owner, List<LetterRequest> letters, ProfileFacts profile) {
        if (letters.isEmpty()) {
            return List.of();
        }
        Map<UUID, Attending> writers =
                attendings.byIds(owner, letters.stream().map(l -> l.attendingId).toList());
        Set<UUID> ids = letters.stream().map(l -> l.id).collect(Collectors.toSet());
        Map<UUID, List<UUID>> programs = programIds(ids);
        Map<UUID, List<LetterDto.HistoryEntry>> history = historyOf(ids);
        Map<UUID, List<WriterWordDto>> words = WriterWord.wordsOf(ids);
        LocalDate suggested = profile.submissionTargetOn() == null
                ? null
                : profile.submissionTargetOn().minusDays(SOFT_DEADLINE_DAYS_BEFORE_SUBMISSION);
        return letters.stream()
                .map(l -> {
                    Attending writer = writers.get(l.attendingId);
                    List<LetterDto.HistoryEntry> entries = history.getOrDefault(l.id, List.of());
                    boolean canCorrect = !l.leftBehind()
                            && !LetterMoves.standing(entries.stream()
                                            .map(h -> new LetterMoves.Move(h.from(), h.to(), h.at(), h.correction()))
                                            .toList())
                                    .isEmpty();
                    return new LetterDto(
                            l.id,
                            l.attendingId,
                            writer == null ? null : writer.name,
                            l.letterType,
                            l.status,
                            l.leftBehind() ? List.of() : l.status.next(),
                            canCorrect,
                            l.commitment,
                            l.erasLetterId,
                            l.waivedRightToSee,
                            l.softDeadline,
                            suggested,
                            suggested,
                            l.remindersSent == null
                                    ? List.of()
                                    : Arrays.stream(l.remindersSent).sorted().toList(),
                            l.receivedOn,
                            l.letterDatedOn,
                            l.standardized,
                            l.forSpecialty,
                            Specialties.servicesOf(
                                    l.forSpecialty, profile.targetSpecialty(), profile.secondSpecialty()),
                            l.leftInSeason,
                            thankYouNotes(l),
                            entries,
                            words.getOrDefault(l.id, List.of()),
                            WriterWord.latest(words.getOrDefault(l.id, List.of())),
                            programs.getOrDefault(l.id, List.of()),
                            l.createdAt,
                            l.updatedAt,
                            l.version);
                })
                .toList();
    }

    /** One status change of one letter request, as the history query projects it. */
    private record HistoryRow(
            UUID letterId, LetterStatus from, LetterStatus to, Instant at, String note, Boolean correction) {}

    /** The history of many letter requests, each oldest first: one query. */
    private Map<UUID, List<LetterDto.HistoryEntry>> historyOf(Set<UUID> letterIds) {
        List<HistoryRow> rows = em.createQuery("""
                select l.id, h.from, h.to, h.at, h.note, h.correction from LetterRequest l join l.history h
                where l.id in :ids order by h.position""", HistoryRow.class)
                .setParameter("ids", letterIds)
                .getResultList();
        Map<UUID, List<LetterDto.HistoryEntry>> result = new HashMap<>();
        for (HistoryRow row : rows) {
            result.computeIfAbsent(row.letterId(), k -> new ArrayList<>())
                    .add(new LetterDto.HistoryEntry(row.from(), row.to(), row.at(), row.note(), row.correction()));
        }
        return result;
    }

    /** A program a letter request is assigned to. */
    private record Assignment(UUID letterId, UUID programId) {}

    private Map<UUID, List<UUID>> programIds(Set<UUID> letterIds) {
        List<Assignment> rows = em.createQuery(
                        "select l, p.id from Program p join p.letterIds l where l in :ids order by p.id",
                        Assignment.class)
                .setParameter("ids", letterIds)
                .getResultList();
        Map<UUID, List<UUID>> result = new HashMap<>();
        for (Assignment row : rows) {
            result.computeIfAbsent(row.letterId(), k -> new ArrayList<>()).add(row.programId());
        }
        return result;
    }

    private static List<ThankYouNote> thankYouNotes(LetterRequest l) {
        List<ThankYouNote> notes = new ArrayList<>();
        if (l.thankedAfterSubmissionOn != null) {
            notes.add(new ThankYouNote(ThankYouNote.Occasion.AFTER_SUBMISSION, l.thankedAfterSubmissionOn));
        }
        if (l.thankedInterviewInvitationsOn != null) {
            notes.add(new ThankYouNote(ThankYouNote.Occasion.INTERVIEW_INVITATIONS, l.thankedInterviewInvitationsOn));
        }
        if (l.thankedMatchDayOn != null) {
            notes.add(new ThankYouNote(ThankYouNote.Occasion.MATCH_DAY, l.thankedMatchDayOn));
        }
        return notes;
    }

    private long count(String sql, UUID id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    private static LetterRequest owned(UUID owner, UUID id) {
        return LetterRequest.<LetterRequest>find("id = ?1 and ownerId = ?2", id, owner)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("letter request"));
    }

    private void apply(UUID owner, LetterRequest letter, LetterInput input, ProfileFacts profile) {
        LocalDate today = profile.today();
        FieldErrors errors = new FieldErrors();
        List<LocalDate> reminders = input.remindersSent() == null ? List.of() : input.remindersSent();
        for (int i = 0; i < reminders.size(); i++) {
            errors.check(!reminders.get(i).isAfter(today), "remindersSent[" + i + "]", "must not be in the future");
        }
        errors.check(
                input.receivedOn() == null || !input.receivedOn().isAfter(today),
                "receivedOn",
                "must not be in the future");
        List<ThankYouNote> notes = input.thankYouNotes() == null ? List.of() : input.thankYouNotes();
        Set<ThankYouNote.Occasion> seen = new java.util.HashSet<>();
        for (int i = 0; i < notes.size(); i++) {
            errors.check(seen.add(notes.get(i).occasion()), "thankYouNotes[" + i + "].occasion", "is given twice");
            errors.check(
                    !notes.get(i).sentOn().isAfter(today),
                    "thankYouNotes[" + i + "].sentOn",
                    "must not be in the future");
        }
        errors.check(
                input.letterDatedOn() == null || !input.letterDatedOn().isAfter(today),
                "letterDatedOn",
                "must not be in the future");
        errors.throwIfAny();
        if (input.letterDatedOn() != null) {
            checkImportAge(profile, input.letterDatedOn());
        }
        if (letter.status == LetterStatus.IMPORTED && input.letterDatedOn() == null) {
            throw ProblemException.ruleBroken(
                    "letterDatedOn", "this letter was imported from a prior season; it keeps the date it carries");
        }
        references
                .of(owner)
                .add(OwnedReferences.Kind.ATTENDING, "attendingId", input.attendingId())
                .verify();

        boolean standardized = Boolean.TRUE.equals(input.standardized());
        String forSpecialty = forSpecialty(profile, input.forSpecialty());
        List<LetterRequest> sameWriter = LetterRequest.list(
                "ownerId = ?1 and attendingId = ?2 and id <> ?3", owner, input.attendingId(), letter.id);
        if (letter.status != LetterStatus.IMPORTED
                && sameWriter.stream().anyMatch(other -> sameSlot(other, standardized, forSpecialty))) {
            throw ProblemException.conflict(
                    "attendingId",
                    "this attending already has a " + (standardized ? "standardized" : "narrative")
                            + " letter request" + (forSpecialty == null ? "" : " for " + forSpecialty)
                            + "; update that one instead (one per attending, kind and specialty)");
        }
        boolean obgyn = (forSpecialty == null ? profile.specialties() : List.of(forSpecialty))
                .stream()
                        .anyMatch(
                                sp -> Specialties.of(sp).standardized().orElse(null) == StandardizedLetter.OBGYN_SLOE);
        if (obgyn && sameWriter.stream().anyMatch(other -> Boolean.TRUE.equals(other.standardized) != standardized)) {
            throw ProblemException.ruleBroken(
                    "standardized",
                    "in OB/GYN a writer who fills in your SLOE may not also write you a narrative letter; keep "
                            + "one of the two requests for this attending and ask someone else for the other");
        }
        String erasId = Texts.clean(input.erasLetterId());
        if (erasId != null
                && LetterRequest.count("ownerId = ?1 and erasLetterId = ?2 and id <> ?3", owner, erasId, letter.id)
                        > 0) {
            throw ProblemException.conflict(
                    "erasLetterId",
                    "this ERAS Letter ID is already used by another letter request; each writer's entry has its own ID");
        }
        if (Boolean.TRUE.equals(letter.waivedRightToSee) && !Boolean.TRUE.equals(input.waivedRightToSee())) {
            throw ProblemException.conflict(
                    "waivedRightToSee",
                    "the waiver of the right to see this letter was recorded and cannot be undone in ERAS");
        }
        letter.attendingId = input.attendingId();
        letter.letterType = input.letterType() == null ? LetterType.TARGET_SPECIALTY : input.letterType();
        letter.commitment = input.commitment();
        letter.erasLetterId = erasId;
        letter.waivedRightToSee = input.waivedRightToSee();
        letter.softDeadline = input.softDeadline();
        letter.remindersSent = new TreeSet<>(reminders).toArray(LocalDate[]::new);
        letter.receivedOn = input.receivedOn();
        letter.letterDatedOn = input.letterDatedOn();
        letter.standardized = input.standardized();
        letter.forSpecialty = forSpecialty;
        letter.thankedAfterSubmissionOn = sentOn(notes, ThankYouNote.Occasion.AFTER_SUBMISSION);
        letter.thankedInterviewInvitationsOn = sentOn(notes, ThankYouNote.Occasion.INTERVIEW_INVITATIONS);
        letter.thankedMatchDayOn = sentOn(notes, ThankYouNote.Occasion.MATCH_DAY);
        letter.updatedAt = clock.instant();
    }

    /**
     * The same slot as a letter of this season: same kind and specialty, and neither imported from a prior
     * season (an imported letter leaves room to ask the writer for an updated one) nor left in one.
     */
    private static boolean sameSlot(LetterRequest other, boolean standardized, String forSpecialty) {
        return other.status != LetterStatus.IMPORTED
                && !other.leftBehind()
                && Boolean.TRUE.equals(other.standardized) == standardized
                && (forSpecialty == null
                        ? other.forSpecialty == null
                        : Specialties.same(forSpecialty, other.forSpecialty));
    }

    /** The specialty as the target sheet spells it; 422 for one the sheet does not name. */
    private static String forSpecialty(ProfileFacts profile, String typed) {
        String cleaned = Texts.clean(typed);
        if (cleaned == null) {
            return null;
        }
        return profile.specialties().stream()
                .filter(sp -> Specialties.same(sp, cleaned))
                .findFirst()
                .orElseThrow(() -> ProblemException.ruleBroken(
                        "forSpecialty",
                        profile.specialties().isEmpty()
                                ? "your target sheet names no specialty yet; leave this empty (General) or add "
                                        + "the specialty to your target sheet first"
                                : "your target sheet names " + String.join(" and ", profile.specialties())
                                        + "; a letter is for one of them, or General (leave it empty)"));
    }

    private static LocalDate sentOn(Collection<ThankYouNote> notes, ThankYouNote.Occasion occasion) {
        return notes.stream()
                .filter(n -> n.occasion() == occasion)
                .map(ThankYouNote::sentOn)
                .findFirst()
                .orElse(null);
    }
}
