package org.lorkit.program;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lorkit.attending.Attending;
import org.lorkit.attending.AttendingService;
import org.lorkit.common.Etags;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.OwnedReferences;
import org.lorkit.common.OwnerQuery;
import org.lorkit.common.PageRequest;
import org.lorkit.common.ProblemException;
import org.lorkit.common.Texts;
import org.lorkit.letter.LetterRequest;
import org.lorkit.letter.LetterStatus;
import org.lorkit.letter.LetterType;
import org.lorkit.profile.ProfileService;

/** Programs of one applicant, the letters assigned to them (at most 4) and whether they meet the requirements. */
@ApplicationScoped
public class ProgramService {

    @Inject
    java.time.Clock clock;

    static final Map<String, String> SORTABLE =
            Map.of("name", "name", "addedOn", "addedOn", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "name,asc";
    static final int MAX_LETTERS = 4;
    static final int DEFAULT_LETTERS_REQUIRED = 3;

    @Inject
    ProfileService profiles;

    @Inject
    AttendingService attendings;

    @Inject
    OwnedReferences references;

    /** Filters of the list; null means "any". */
    public record Filter(String specialty, Boolean locked) {}

    @Transactional
    public ProgramDto create(UUID owner, ProgramInput input) {
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.ownerId = owner;
        program.createdAt = clock.instant();
        apply(owner, program, input);
        program.persistAndFlush();
        return toDtos(owner, List.of(program)).get(0);
    }

    @Transactional
    public ProgramPage list(UUID owner, PageRequest request, Filter filter) {
        String specialty = Texts.clean(filter.specialty());
        OwnerQuery where = new OwnerQuery(owner)
                .and("lower(specialty) = :specialty", "specialty", specialty == null ? null : specialty.toLowerCase())
                .and("locked = :locked", "locked", filter.locked());
        PanacheQuery<Program> query = Program.<Program>find(where.where(), request.sort(), where.params())
                .page(request.page(), request.size());
        return new ProgramPage(toDtos(owner, query.list()), request.page(), request.size(), query.count());
    }

    @Transactional
    public ProgramDto get(UUID owner, UUID id) {
        return toDtos(owner, List.of(owned(owner, id))).get(0);
    }

    @Transactional
    public ProgramDto update(UUID owner, UUID id, ProgramInput input, String ifMatch) {
        Program program = owned(owner, id);
        Etags.requireMatch(ifMatch, program.version);
        apply(owner, program, input);
        program.persistAndFlush();
        return toDtos(owner, List.of(program)).get(0);
    }

    /**
     * Replaces the letters assigned to a program. Duplicates are a 400, a letter that is not the
     * caller's a 404, a locked program a 409, more than 4 letters a 422. Letters not received yet are
     * accepted and flagged in the answer.
     */
    @Transactional
    public ProgramDto assignLetters(UUID owner, UUID id, AssignLettersInput input, String ifMatch) {
        Program program = owned(owner, id);
        Etags.requireMatch(ifMatch, program.version);
        List<UUID> ids = input.letterIds();
        FieldErrors errors = new FieldErrors();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            errors.check(seen.add(ids.get(i)), "letterIds[" + i + "]", "is given twice");
        }
        errors.throwIfAny();
        references
                .of(owner)
                .addAll(OwnedReferences.Kind.LETTER, "letterIds", ids)
                .verify();
        if (program.locked) {
            throw ProblemException.conflict(
                    "This program's application is submitted (locked): its letter assignments cannot change.");
        }
        if (ids.size() > MAX_LETTERS) {
            throw ProblemException.ruleBroken(
                    "letterIds",
                    "at most " + MAX_LETTERS + " letters can go to one program (" + ids.size() + " given)");
        }
        Set<UUID> wanted = new LinkedHashSet<>(ids);
        // Changed in place so that Hibernate writes only the difference; the program's version moves on.
        program.letterIds.retainAll(wanted);
        program.letterIds.addAll(wanted);
        program.updatedAt = clock.instant();
        program.persistAndFlush();
        return toDtos(owner, List.of(program)).get(0);
    }

    @Transactional
    public void delete(UUID owner, UUID id, String ifMatch) {
        Program program = owned(owner, id);
        Etags.requireMatch(ifMatch, program.version);
        program.delete();
    }

    /** Answers for many programs in a constant number of queries (assignments, letters, writers). */
    private List<ProgramDto> toDtos(UUID owner, List<Program> programs) {
        Set<UUID> letterIds =
                programs.stream().flatMap(p -> p.letterIds.stream()).collect(Collectors.toSet());
        Map<UUID, LetterRequest> letters = letterIds.isEmpty()
                ? Map.of()
                : LetterRequest.<LetterRequest>list("ownerId = ?1 and id in ?2", owner, letterIds).stream()
                        .collect(Collectors.toMap(l -> l.id, l -> l));
        Map<UUID, Attending> writers = attendings.byIds(
                owner, letters.values().stream().map(l -> l.attendingId).toList());
        return programs.stream().map(p -> dto(p, letters, writers)).toList();
    }

    private static ProgramDto dto(Program p, Map<UUID, LetterRequest> letters, Map<UUID, Attending> writers) {
        List<ProgramDto.AssignedLetter> assigned = new ArrayList<>();
        int received = 0;
        int receivedFromUs = 0;
        int receivedInSpecialty = 0;
        for (UUID letterId : p.letterIds) {
            LetterRequest letter = letters.get(letterId);
            if (letter == null) {
                continue;
            }
            Attending writer = writers.get(letter.attendingId);
            List<ProgramDto.Flag> flags = new ArrayList<>();
            if (letter.leftBehind()) {
                flags.add(ProgramDto.Flag.LEFT_IN_PRIOR_SEASON);
            } else if (letter.status == LetterStatus.DECLINED) {
                flags.add(ProgramDto.Flag.DECLINED);
            } else if (letter.status == LetterStatus.BOUNCED) {
                flags.add(ProgramDto.Flag.BOUNCED);
            } else if (letter.status == LetterStatus.WITHDRAWN) {
                flags.add(ProgramDto.Flag.WITHDRAWN);
            } else if (!letter.status.isIn()) {
                flags.add(ProgramDto.Flag.NOT_RECEIVED);
            } else {
                received++;
                if (letter.letterType != LetterType.RESEARCH) {
                    receivedFromUs++;
                }
                if (writer != null && Texts.sameText(writer.specialty, p.specialty)) {
                    receivedInSpecialty++;
                }
            }
            assigned.add(new ProgramDto.AssignedLetter(
                    letter.id,
                    letter.attendingId,
                    writer == null ? null : writer.name,
                    letter.letterType,
                    letter.status,
                    flags));
        }
        assigned.sort(Comparator.comparing((ProgramDto.AssignedLetter a) -> String.valueOf(a.attendingName()))
                .thenComparing(ProgramDto.AssignedLetter::letterId));
        List<String> missing = new ArrayList<>();
        if (received < p.lettersRequired) {
            missing.add("Needs " + letters(p.lettersRequired) + ": " + assigned.size() + " assigned, " + received
                    + " received.");
        }
        if (receivedFromUs < p.fromUsClinicians) {
            missing.add(
                    "Needs " + letters(p.fromUsClinicians) + " from US clinicians: " + receivedFromUs + " received.");
        }
        if (receivedInSpecialty < p.inSpecialty) {
            missing.add("Needs " + letters(p.inSpecialty) + " from writers in " + p.specialty + ": "
                    + receivedInSpecialty + " received.");
        }
        return new ProgramDto(
                p.id,
                p.name,
                p.specialty,
                new ProgramDto.RequirementsDto(p.lettersRequired, p.fromUsClinicians, p.inSpecialty),
                p.addedOn,
                p.locked,
                p.lockedAt,
                p.notes,
                assigned,
                missing.isEmpty(),
                missing,
                p.createdAt,
                p.updatedAt,
                p.version);
    }

    private static String letters(int n) {
        return n + (n == 1 ? " letter" : " letters");
    }

    private static Program owned(UUID owner, UUID id) {
        return Program.<Program>find("id = ?1 and ownerId = ?2", id, owner)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("program"));
    }

    private void apply(UUID owner, Program p, ProgramInput input) {
        Requirements r = input.requirements();
        int required = r == null || r.lettersRequired() == null ? DEFAULT_LETTERS_REQUIRED : r.lettersRequired();
        int fromUs = r == null || r.fromUsClinicians() == null ? 0 : r.fromUsClinicians();
        int inSpecialty = r == null || r.inSpecialty() == null ? 0 : r.inSpecialty();
        FieldErrors errors = new FieldErrors()
                .check(fromUs <= required, "requirements.fromUsClinicians", "must not exceed lettersRequired")
                .check(inSpecialty <= required, "requirements.inSpecialty", "must not exceed lettersRequired");
        // Absent: today for a new program, unchanged for an existing one.
        LocalDate addedOn = input.addedOn() != null ? input.addedOn() : p.addedOn;
        if (input.addedOn() != null || addedOn == null) {
            LocalDate today = profiles.facts(owner).today();
            addedOn = addedOn == null ? today : addedOn;
            errors.check(!addedOn.isAfter(today), "addedOn", "must not be in the future");
        }
        errors.throwIfAny();
        boolean lock = Boolean.TRUE.equals(input.locked());
        if (p.locked && !lock) {
            throw ProblemException.conflict(
                    "locked", "the application to this program is submitted; its letters stay locked");
        }
        p.name = Texts.clean(input.name());
        p.specialty = Texts.clean(input.specialty());
        p.lettersRequired = required;
        p.fromUsClinicians = fromUs;
        p.inSpecialty = inSpecialty;
        p.addedOn = addedOn;
        if (lock && !p.locked) {
            p.lockedAt = clock.instant();
        }
        p.locked = lock;
        p.notes = Texts.clean(input.notes());
        p.updatedAt = clock.instant();
    }
}
