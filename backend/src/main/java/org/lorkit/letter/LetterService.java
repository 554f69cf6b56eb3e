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
import org.lorkit.common.Referrers;
import org.lorkit.common.Texts;
import org.lorkit.profile.ProfileFacts;
import org.lorkit.profile.ProfileService;

/**
 * Letter requests of one applicant: one per attending, ERAS Letter IDs used once, a waiver
 * that cannot be undone, and a status that moves only along the flow, each move kept with its time.
 */
@ApplicationScoped
public class LetterService {

    @Inject
    java.time.Clock clock;

    static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "updatedAt", "updatedAt", "softDeadline", "softDeadline", "receivedOn", "receivedOn");
    static final String DEFAULT_SORT = "createdAt,desc";
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int SOFT_DEADLINE_DAYS_BEFORE_SUBMISSION = 21;

    @Inject
    ProfileService profiles;

    @Inject
    AttendingService attendings;

    @Inject
    OwnedReferences references;

    @Inject
    EntityManager em;

    /** Filters of the list; null means "any". */
    public record Filter(LetterStatus status, UUID attendingId, LetterType letterType) {
    }

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
        PanacheQuery<LetterRequest> query = LetterRequest.<LetterRequest>find(where.where(), request.sort(), where.params())
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
        ProfileFacts profile = profiles.facts(owner);
        apply(owner, letter, input, profile);
        letter.persistAndFlush();
        return toDtos(owner, List.of(letter), profile).get(0);
    }

    /**
     * Moves the letter along the flow. An invalid move answers 409 naming the allowed next states;
     * the change is kept in the history with its time.
     */
    @Transactional
    public LetterDto transition(UUID owner, UUID id, TransitionInput input, String ifMatch) {
        LetterRequest letter = owned(owner, id);
        Etags.requireMatch(ifMatch, letter.version);
        Instant now = clock.instant();
        Instant at = input.at() == null ? now : input.at();
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            throw ProblemException.invalid("at", "must not be in the future");
        }
        if (!letter.status.canMoveTo(input.to())) {
            List<String> allowed = letter.status.next().stream().map(Enum::name).toList();
            throw ProblemException.invalidTransition("A letter request cannot move from " + letter.status + " to " + input.to()
                    + (allowed.isEmpty() ? "; " + letter.status + " is final." : "; allowed next: " + String.join(", ", allowed) + "."),
                    allowed);
        }
        List<StatusChange> history = letter.orderedHistory();
        if (!history.isEmpty()) {
            Instant previous = history.get(history.size() - 1).at;
            if (at.isBefore(previous)) {
                throw ProblemException.ruleBroken("at", "must not be before the previous change (" + previous + ")");
            }
        }
        ProfileFacts profile = profiles.facts(owner);
        letter.history.add(new StatusChange(history.size(), letter.status, input.to(), at, Texts.clean(input.note())));
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
            throw ProblemException.referenced("This letter is assigned to " + locked + " submitted (locked) program "
                    + "application(s); it cannot be removed from them, so it cannot be deleted.",
                    List.of(new Problem.Reference("programs", locked)));
        }
        Referrers referrers = new Referrers().add("programs", count("SELECT count(*) FROM program_letter WHERE letter_id = ?1", id));
        if (referrers.any()) {
            if (!cascade) {
                throw referrers.conflict("letter request", "remove it from those programs.");
            }
            em.createNativeQuery("""
                    UPDATE program SET version = version + 1, updated_at = ?2
                    WHERE id IN (SELECT program_id FROM program_letter WHERE letter_id = ?1)""")
                    .setParameter(1, id).setParameter(2, clock.instant()).executeUpdate();
            em.createNativeQuery("DELETE FROM program_letter WHERE letter_id = ?1").setParameter(1, id).executeUpdate();
        }
        letter.delete();
    }

    /** Answers for many letter requests in a constant number of queries (history, names, programs). */
    private List<LetterDto> toDtos(UUID owner, List<LetterRequest> letters, ProfileFacts profile) {
        if (letters.isEmpty()) {
            return List.of();
        }
        Map<UUID, Attending> writers = attendings.byIds(owner, letters.stream().map(l -> l.attendingId).toList());
        Set<UUID> ids = letters.stream().map(l -> l.id).collect(Collectors.toSet());
        Map<UUID, List<UUID>> programs = programIds(ids);
        Map<UUID, List<LetterDto.HistoryEntry>> history = historyOf(ids);
        LocalDate suggested = profile.submissionTargetOn() == null ? null
                : profile.submissionTargetOn().minusDays(SOFT_DEADLINE_DAYS_BEFORE_SUBMISSION);
        return letters.stream().map(l -> {
            Attending writer = writers.get(l.attendingId);
            return new LetterDto(l.id, l.attendingId, writer == null ? null : writer.name, l.letterType, l.status,
                    l.commitment, l.erasLetterId, l.waivedRightToSee, l.softDeadline, suggested,
                    l.remindersSent == null ? List.of() : Arrays.stream(l.remindersSent).sorted().toList(),
                    l.receivedOn, thankYouNotes(l),
                    history.getOrDefault(l.id, List.of()),
                    programs.getOrDefault(l.id, List.of()), l.createdAt, l.updatedAt, l.version);
        }).toList();
    }

    /** The history of many letter requests, each oldest first: one query. */
    private Map<UUID, List<LetterDto.HistoryEntry>> historyOf(Set<UUID> letterIds) {
        List<Object[]> rows = em.createQuery("""
                select l.id, h.from, h.to, h.at, h.note from LetterRequest l join l.history h
                where l.id in :ids order by h.position""", Object[].class)
                .setParameter("ids", letterIds).getResultList();
        Map<UUID, List<LetterDto.HistoryEntry>> result = new HashMap<>();
        for (Object[] row : rows) {
            result.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(new LetterDto.HistoryEntry(
                    (LetterStatus) row[1], (LetterStatus) row[2], (Instant) row[3], (String) row[4]));
        }
        return result;
    }

    private Map<UUID, List<UUID>> programIds(Set<UUID> letterIds) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT letter_id, program_id FROM program_letter WHERE letter_id IN (:ids) ORDER BY program_id")
                .setParameter("ids", letterIds).getResultList();
        Map<UUID, List<UUID>> result = new HashMap<>();
        for (Object[] row : rows) {
            result.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((UUID) row[1]);
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
        return LetterRequest.<LetterRequest>find("id = ?1 and ownerId = ?2", id, owner).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("letter request"));
    }

    private void apply(UUID owner, LetterRequest letter, LetterInput input, ProfileFacts profile) {
        LocalDate today = profile.today();
        FieldErrors errors = new FieldErrors();
        List<LocalDate> reminders = input.remindersSent() == null ? List.of() : input.remindersSent();
        for (int i = 0; i < reminders.size(); i++) {
            errors.check(!reminders.get(i).isAfter(today), "remindersSent[" + i + "]", "must not be in the future");
        }
        errors.check(input.receivedOn() == null || !input.receivedOn().isAfter(today), "receivedOn", "must not be in the future");
        List<ThankYouNote> notes = input.thankYouNotes() == null ? List.of() : input.thankYouNotes();
        Set<ThankYouNote.Occasion> seen = new java.util.HashSet<>();
        for (int i = 0; i < notes.size(); i++) {
            errors.check(seen.add(notes.get(i).occasion()), "thankYouNotes[" + i + "].occasion", "is given twice");
            errors.check(!notes.get(i).sentOn().isAfter(today), "thankYouNotes[" + i + "].sentOn", "must not be in the future");
        }
        errors.throwIfAny();
        references.of(owner).add(OwnedReferences.Kind.ATTENDING, "attendingId", input.attendingId()).verify();

        if (LetterRequest.count("ownerId = ?1 and attendingId = ?2 and id <> ?3", owner, input.attendingId(), letter.id) > 0) {
            throw ProblemException.conflict("attendingId",
                    "this attending already has a letter request; update that one instead (one per attending)");
        }
        String erasId = Texts.clean(input.erasLetterId());
        if (erasId != null && LetterRequest.count("ownerId = ?1 and erasLetterId = ?2 and id <> ?3", owner, erasId, letter.id) > 0) {
            throw ProblemException.conflict("erasLetterId",
                    "this ERAS Letter ID is already used by another letter request; each writer's entry has its own ID");
        }
        if (Boolean.TRUE.equals(letter.waivedRightToSee) && !Boolean.TRUE.equals(input.waivedRightToSee())) {
            throw ProblemException.conflict("waivedRightToSee",
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
        letter.thankedAfterSubmissionOn = sentOn(notes, ThankYouNote.Occasion.AFTER_SUBMISSION);
        letter.thankedInterviewInvitationsOn = sentOn(notes, ThankYouNote.Occasion.INTERVIEW_INVITATIONS);
        letter.thankedMatchDayOn = sentOn(notes, ThankYouNote.Occasion.MATCH_DAY);
        letter.updatedAt = clock.instant();
    }

    private static LocalDate sentOn(Collection<ThankYouNote> notes, ThankYouNote.Occasion occasion) {
        return notes.stream().filter(n -> n.occasion() == occasion).map(ThankYouNote::sentOn).findFirst().orElse(null);
    }
}
