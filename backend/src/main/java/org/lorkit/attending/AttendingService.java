package org.lorkit.attending;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lorkit.common.Etags;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.NativeRows;
import org.lorkit.common.PageParams;
import org.lorkit.common.PageRequest;
import org.lorkit.common.PageTotals;
import org.lorkit.common.Problem;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ReadOnlyReads;
import org.lorkit.common.Referrers;
import org.lorkit.common.Texts;
import org.lorkit.platform.AccountRevisionCache;
import org.lorkit.profile.ProfileFacts;
import org.lorkit.profile.ProfileService;
import org.lorkit.rotation.Rotation;

/**
 * Attendings of one applicant and their derived facts. Derived counts are batched: whatever
 * the number of attendings, a read costs the same handful of queries (page, count, links,
 * feedback stats, story counts, profile).
 */
@ApplicationScoped
public class AttendingService {

    @Inject
    java.time.Clock clock;

    static final Map<String, String> SORTABLE =
            Map.of("name", "name", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "name,asc";
    static final String RANK = "rank";

    @Inject
    ProfileService profiles;

    @Inject
    AccountRevisionCache kept;

    private static final AccountRevisionCache.Kind<Facts> ALL_OF_THEM = new AccountRevisionCache.Kind<>("attendings");

    @Inject
    EntityManager em;

    /** Filters of the list; null means "any". */
    public record Filter(AttendingRole role, UUID rotationId, Boolean eligible) {}

    @Transactional
    public AttendingDto create(UUID owner, AttendingInput input) {
        Attending attending = new Attending();
        attending.id = UUID.randomUUID();
        attending.ownerId = owner;
        attending.createdAt = clock.instant();
        apply(attending, input, links(owner, input.rotations()));
        attending.persistAndFlush();
        return toDtos(owner, List.of(attending)).get(0);
    }

    /**
     * All of hers kept at the account's current revision are paged from memory without a transaction; any other
     * list is read in its own read-only transaction (ReadOnlyReads): a caller's transaction never inherits the
     * read-only session.
     */
    public AttendingPage list(UUID owner, PageParams paging, String sort, Filter filter) {
        boolean ranked =
                sort != null && (sort.trim().equals(RANK) || sort.trim().startsWith(RANK + ","));
        if ((ranked || filter.eligible() != null) && filter.role() == null && filter.rotationId() == null) {
            Facts keptNow = kept.keptNow(owner, ALL_OF_THEM);
            if (keptNow != null) {
                return keptPage(keptNow, paging, sort, ranked, filter);
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            ReadOnlyReads.only(em);
            return read(owner, paging, sort, ranked, filter);
        });
    }

    private AttendingPage read(UUID owner, PageParams paging, String sort, boolean ranked, Filter filter) {
        if (!ranked && filter.eligible() == null) {
            PageRequest request = paging.request(sort, SORTABLE, DEFAULT_SORT);
            Map<String, Object> params = new HashMap<>();
            PanacheQuery<Attending> query = Attending.<Attending>find(
                            where(owner, filter, params, ""), request.sort(), params)
                    .page(request.page(), request.size());
            List<AttendingDto> items = toDtos(owner, query.list());
            long total = PageTotals.total(request.page(), request.size(), items.size(), query::count);
            return new AttendingPage(items, request.page(), request.size(), total);
        }
        // Rank and eligibility are derived: compute them for all of the applicant's attendings (one fetch), then page.
        if (filter.role() == null && filter.rotationId() == null) {
            // All of hers, the view the app opens: kept while her account's revision stands.
            return keptPage(
                    kept.of(owner, ALL_OF_THEM, () -> facts(owner, all(owner, filter))), paging, sort, ranked, filter);
        }
        return derivedPage(toDtos(owner, all(owner, filter)), paging, sort, ranked, filter);
    }

    /** Pages derived from kept facts, kept with the day's answers: the app reads its first page again and again. */
    static final int MOST_PAGES_PER_DAY = 4;

    private static AttendingPage keptPage(Facts facts, PageParams paging, String sort, boolean ranked, Filter filter) {
        DayDtos day = dayDtos(facts);
        // Checked first: a bad page or sort is a 400, never a key.
        PageRequest request = paging.request(ranked ? null : sort, SORTABLE, DEFAULT_SORT);
        String key = request.page() + "|" + request.size() + "|" + sort + "|" + filter.eligible();
        AttendingPage kept = day.pages().get(key);
        if (kept != null) {
            return kept;
        }
        AttendingPage page = derivedPage(day.dtos(), paging, sort, ranked, filter);
        if (day.pages().size() < MOST_PAGES_PER_DAY) {
            day.pages().putIfAbsent(key, page);
        }
        return page;
    }

    /** A page of {@code all}, filtered by eligibility and ordered by rank or by {@code sort}, in memory. */
    private static AttendingPage derivedPage(
            List<AttendingDto> all, PageParams paging, String sort, boolean ranked, Filter filter) {
        PageRequest request = paging.request(ranked ? null : sort, SORTABLE, DEFAULT_SORT);
        List<AttendingDto> dtos = new ArrayList<>(all);
        if (filter.eligible() != null) {
            dtos.removeIf(a -> a.letterEligible().eligible() != filter.eligible());
        }
        dtos.sort(ranked ? rankOrder(sort) : inMemoryOrder(request.sort()));
        int from = Math.min(request.page() * request.size(), dtos.size());
        int to = Math.min(from + request.size(), dtos.size());
        return new AttendingPage(List.copyOf(dtos.subList(from, to)), request.page(), request.size(), dtos.size());
    }

    @Transactional
    public AttendingDto get(UUID owner, UUID id) {
        return toDtos(owner, List.of(owned(owner, id))).get(0);
    }

    @Transactional
    public AttendingDto update(UUID owner, UUID id, AttendingInput input, String ifMatch) {
        Attending attending = owned(owner, id);
        Etags.requireMatch(ifMatch, attending.version);
        apply(attending, input, links(owner, input.rotations()));
        attending.persistAndFlush();
        return toDtos(owner, List.of(attending)).get(0);
    }

    /**
     * Deletes an attending (with their worked-together dates). Feedback, a letter request and stories
     * they witnessed refer to them: without cascade that is a 409 naming them; with cascade the
     * feedback and the letter request (with its history and program assignments) are deleted and
     * the attending is removed from the stories' witnesses (the stories stay). A letter assigned to
     * a locked (submitted) program cannot be removed: that stays a 409 even with cascade.
     */
    @Transactional
    public void delete(UUID owner, UUID id, String ifMatch, boolean cascade) {
        Attending attending = owned(owner, id);
        Etags.requireMatch(ifMatch, attending.version);
        long lockedPrograms = count("""
                SELECT count(*) FROM program_letter pl JOIN program p ON p.id = pl.program_id
                JOIN letter_request l ON l.id = pl.letter_id WHERE l.attending_id = ?1 AND p.locked""", id);
        Referrers referrers = new Referrers()
                .add("feedback", count("SELECT count(*) FROM feedback WHERE attending_id = ?1", id))
                .add("letters", count("SELECT count(*) FROM letter_request WHERE attending_id = ?1", id))
                .add("stories", count("SELECT count(*) FROM story_witness WHERE attending_id = ?1", id));
        if (lockedPrograms > 0) {
            throw ProblemException.referenced(
                    "This attending's letter is assigned to " + lockedPrograms
                            + " submitted (locked) program application(s); it cannot be removed from them, so the attending cannot be deleted.",
                    List.of(new Problem.Reference("programs", lockedPrograms)));
        }
        if (referrers.any()) {
            if (!cascade) {
                throw referrers.conflict(
                        "attending",
                        "delete their feedback and letter request "
                                + "and remove them from the witnesses of those stories (the stories stay).");
            }
            Instant now = clock.instant();
            update("""
                    UPDATE program SET version = version + 1, updated_at = ?2 WHERE id IN (SELECT pl.program_id
                    FROM program_letter pl JOIN letter_request l ON l.id = pl.letter_id WHERE l.attending_id = ?1)""", id, now);
            update(
                    "DELETE FROM program_letter WHERE letter_id IN (SELECT id FROM letter_request WHERE attending_id = ?1)",
                    id,
                    null);
            update("DELETE FROM letter_request WHERE attending_id = ?1", id, null);
            update("DELETE FROM feedback WHERE attending_id = ?1", id, null);
            update("""
                    UPDATE story SET version = version + 1, updated_at = ?2
                    WHERE id IN (SELECT story_id FROM story_witness WHERE attending_id = ?1)""", id, now);
            update("DELETE FROM story_witness WHERE attending_id = ?1", id, null);
        }
        attending.delete();
    }

    /** Names of the owner's attendings by id, for other features' answers: one query. */
    @Transactional
    public Map<UUID, Attending> byIds(UUID owner, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Attending.<Attending>list("ownerId = ?1 and id in ?2", owner, Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(a -> a.id, a -> a));
    }

    private List<Attending> all(UUID owner, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        var query = em.createQuery(
                "select a from Attending a where " + where(owner, filter, params, "a."), Attending.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * What the derived facts of some attendings are made of, read in a constant number of queries; the day
     * they are seen on is applied by {@link #toDtos(Facts)} (the profile's facts read the clock).
     */
    /** {@code byDay} keeps the answers last derived from these facts, for the day they were derived on. */
    private record Facts(
            ProfileFacts profile,
            List<Attending> attendings,
            Map<UUID, List<RotationLink>> links,
            Map<UUID, FeedbackStats> feedback,
            Map<UUID, Long> stories,
            AtomicReference<DayDtos> byDay) {

        Facts(
                ProfileFacts profile,
                List<Attending> attendings,
                Map<UUID, List<RotationLink>> links,
                Map<UUID, FeedbackStats> feedback,
                Map<UUID, Long> stories) {
            this(profile, attendings, links, feedback, stories, new AtomicReference<>());
        }
    }

    /** The answers of one day and the pages made of them (at most {@link #MOST_PAGES_PER_DAY}). */
    private record DayDtos(LocalDate day, List<AttendingDto> dtos, Map<String, AttendingPage> pages) {

        DayDtos(LocalDate day, List<AttendingDto> dtos) {
            this(day, dtos, new ConcurrentHashMap<>());
        }
    }

    private Facts facts(UUID owner, List<Attending> attendings) {
        if (attendings.isEmpty()) {
            return new Facts(null, List.of(), Map.of(), Map.of(), Map.of());
        }
        Set<UUID> ids = attendings.stream().map(a -> a.id).collect(Collectors.toSet());
        return new Facts(
                profiles.facts(owner),
                List.copyOf(attendings),
                Collections.unmodifiableMap(linksOf(owner, ids)),
                Collections.unmodifiableMap(feedbackStats(owner, ids)),
                Collections.unmodifiableMap(storyCounts(owner, ids)));
    }

    /** Derived facts for many attendings in a constant number of queries. */
    List<AttendingDto> toDtos(UUID owner, List<Attending> attendings) {
        return toDtos(facts(owner, attendings));
    }

    /**
     * The answers for these facts on the applicant's today: derived once per day from kept facts (the ranked
     * list is read again and again between two writes), since they depend on nothing else.
     */
    private static List<AttendingDto> toDtos(Facts facts) {
        return dayDtos(facts).dtos();
    }

    private static DayDtos dayDtos(Facts facts) {
        if (facts.attendings().isEmpty()) {
            return new DayDtos(null, List.of()); // nothing to derive, nothing worth keeping
        }
        LocalDate today = facts.profile().today();
        DayDtos kept = facts.byDay().get();
        if (kept != null && kept.day().equals(today)) {
            return kept;
        }
        DayDtos derived = new DayDtos(today, derive(facts, today));
        facts.byDay().set(derived);
        return derived;
    }

    private static List<AttendingDto> derive(Facts facts, LocalDate today) {
        ProfileFacts profile = facts.profile();
        Map<UUID, List<RotationLink>> links = facts.links();
        Map<UUID, FeedbackStats> feedback = facts.feedback();
        Map<UUID, Long> stories = facts.stories();
        return facts.attendings().stream()
                .map(a -> {
                    FeedbackStats stats = feedback.getOrDefault(a.id, FeedbackStats.NONE);
                    List<RotationLink> worked = links.getOrDefault(a.id, List.of());
                    AttendingFacts.Days days = AttendingFacts.workingDays(worked, today);
                    Boolean sameSpecialty =
                            Texts.clean(a.specialty) == null || Texts.clean(profile.targetSpecialty()) == null
                                    ? null
                                    : Texts.sameText(a.specialty, profile.targetSpecialty());
                    return new AttendingDto(
                            a.id,
                            a.name,
                            a.degree,
                            a.addressAs,
                            Greeting.of(a.addressAs, a.name, a.degree),
                            a.role,
                            a.specialty,
                            a.institution,
                            a.email,
                            a.coordinatorEmail,
                            a.notes,
                            a.hasSeenMePresent,
                            worked.stream()
                                    .map(l -> new AttendingDto.RotationLinkDto(l.rotationId, l.fromOn, l.toOn))
                                    .toList(),
                            days.soFar(),
                            days.byEnd(),
                            days.twoWeeksReachedOn(),
                            stats.count(),
                            stories.getOrDefault(a.id, 0L),
                            LetterEligibility.of(days, stats.count(), a.hasSeenMePresent, today),
                            PriorityTier.of(a.role),
                            sameSpecialty,
                            stats.latestSummative(),
                            a.createdAt,
                            a.updatedAt,
                            a.version);
                })
                .toList();
    }

    /*
     * The three reads below select the owner's rows and keep those of the asked attendings in Java instead of
     * sending "in (:ids)": a list parameter makes a new SQL text for every count of ids, which Hibernate then
     * translates again on every call (16 % of a ranked list's CPU in the profile). An applicant has tens of
     * attendings, so reading all of theirs costs less than that translation.
     */

    /** The worked-together links of many attendings, earliest first: one query, read by alias. */
    private Map<UUID, List<RotationLink>> linksOf(UUID owner, Set<UUID> ids) {
        List<Tuple> rows =
                em.createQuery("""
                select a.id as attending, l.rotationId as rotation, l.fromOn as fromOn, l.toOn as toOn
                from Attending a join a.rotations l
                where a.ownerId = :owner order by l.fromOn, l.toOn, l.rotationId""", Tuple.class).setParameter("owner", owner).getResultList();
        Map<UUID, List<RotationLink>> result = new HashMap<>();
        for (Tuple row : rows) {
            UUID attending = row.get("attending", UUID.class);
            if (!ids.contains(attending)) {
                continue;
            }
            result.computeIfAbsent(attending, k -> new ArrayList<>())
                    .add(new RotationLink(
                            row.get("rotation", UUID.class),
                            row.get("fromOn", LocalDate.class),
                            row.get("toOn", LocalDate.class)));
        }
        return result;
    }

    private record FeedbackStats(long count, Enthusiasm latestSummative) {
        static final FeedbackStats NONE = new FeedbackStats(0, null);
    }

    /** Feedback count and the enthusiasm of the latest summative feedback, per attending: one grouped query. */
    private Map<UUID, FeedbackStats> feedbackStats(UUID owner, Set<UUID> ids) {
        Map<UUID, FeedbackStats> result = new HashMap<>();
        for (NativeRows.Row row : NativeRows.rows(em, """
                SELECT attending_id AS attending, count(*) AS feedback,
                       (array_agg(enthusiasm ORDER BY received_on DESC, created_at DESC)
                            FILTER (WHERE kind = 'SUMMATIVE'))[1] AS latest_summative
                FROM feedback WHERE owner_id = ?1 AND attending_id IS NOT NULL GROUP BY attending_id""", owner)) {
            if (!ids.contains(row.uuid("attending"))) {
                continue;
            }
            Object latest = row.tuple().get("latest_summative"); // varchar or enum, whichever the driver says
            result.put(
                    row.uuid("attending"),
                    new FeedbackStats(
                            row.number("feedback"), latest == null ? null : Enthusiasm.valueOf(latest.toString())));
        }
        return result;
    }

    /** Stories witnessed, per attending: one grouped query. */
    private Map<UUID, Long> storyCounts(UUID owner, Set<UUID> ids) {
        return NativeRows.rows(em, """
                SELECT w.attending_id AS attending, count(*) AS stories
                FROM story_witness w JOIN story s ON s.id = w.story_id
                WHERE s.owner_id = ?1 GROUP BY w.attending_id""", owner).stream()
                .filter(row -> ids.contains(row.uuid("attending")))
                .collect(Collectors.toMap(row -> row.uuid("attending"), row -> row.number("stories")));
    }

    /** The list's where clause; alias is "" for Panache queries or "a." for an explicit one. */
    private static String where(UUID owner, Filter filter, Map<String, Object> params, String alias) {
        StringBuilder where = new StringBuilder(alias + "ownerId = :owner");
        params.put("owner", owner);
        if (filter.role() != null) {
            where.append(" and ").append(alias).append("role = :role");
            params.put("role", filter.role());
        }
        if (filter.rotationId() != null) {
            where.append(" and ")
                    .append(alias)
                    .append("id")
                    .append(" in (select x.id from Attending x join x.rotations l where l.rotationId = :rotationId)");
            params.put("rotationId", filter.rotationId());
        }
        return where.toString();
    }

    private static Comparator<AttendingDto> rankOrder(String sort) {
        String[] parts = sort.split(",");
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "asc";
        if (parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw ProblemException.invalid("sort", "use rank, rank,asc (best first) or rank,desc");
        }
        return direction.equals("asc") ? AttendingFacts.RANK : AttendingFacts.RANK.reversed();
    }

    /** The page order of the database, applied in memory when a derived filter forces an in-memory page. */
    private static Comparator<AttendingDto> inMemoryOrder(Sort sort) {
        Sort.Column column = sort.getColumns().get(0);
        Function<AttendingDto, Comparable> key = switch (column.getName()) {
            case "createdAt" -> AttendingDto::createdAt;
            case "updatedAt" -> AttendingDto::updatedAt;
            default -> a -> a.name().toLowerCase();
        };
        @SuppressWarnings("unchecked")
        Comparator<AttendingDto> order = Comparator.comparing(key, Comparator.naturalOrder());
        order = order.thenComparing(AttendingDto::id);
        return column.getDirection() == Sort.Direction.Descending ? order.reversed() : order;
    }

    private long count(String sql, UUID id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    private void update(String sql, UUID id, Instant now) {
        var query = em.createNativeQuery(sql).setParameter(1, id);
        if (now != null) {
            query.setParameter(2, now);
        }
        query.executeUpdate();
    }

    private static Attending owned(UUID owner, UUID id) {
        return Attending.<Attending>find("id = ?1 and ownerId = ?2", id, owner)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("attending"));
    }

    /**
     * Checks the worked-together links: each rotation must be the caller's (404 naming the field),
     * from/to default to the rotation's dates, lie within them and are ordered (400 naming the field).
     */
    private static List<RotationLink> links(UUID owner, List<AttendingInput.RotationLinkInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return List.of();
        }
        Set<UUID> wanted = inputs.stream()
                .map(AttendingInput.RotationLinkInput::rotationId)
                .collect(Collectors.toSet());
        Map<UUID, Rotation> rotations = Rotation.<Rotation>list("ownerId = ?1 and id in ?2", owner, wanted).stream()
                .collect(Collectors.toMap(r -> r.id, r -> r));
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (!rotations.containsKey(inputs.get(i).rotationId())) {
                unknown.add(new Problem.FieldError(
                        "rotations[" + i + "].rotationId", "no rotation with this id exists in your account"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unknownReferences(unknown);
        }
        FieldErrors errors = new FieldErrors();
        List<RotationLink> links = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            AttendingInput.RotationLinkInput in = inputs.get(i);
            Rotation r = rotations.get(in.rotationId());
            LocalDate from = in.from() == null ? r.startsOn : in.from();
            LocalDate to = in.to() == null ? r.endsOn : in.to();
            String at = "rotations[" + i + "].";
            errors.check(!to.isBefore(from), at + "to", "must not be before from");
            errors.check(
                    !from.isBefore(r.startsOn) && !from.isAfter(r.endsOn),
                    at + "from",
                    "must be within the rotation (" + r.startsOn + " to " + r.endsOn + ")");
            errors.check(
                    !to.isBefore(r.startsOn) && !to.isAfter(r.endsOn),
                    at + "to",
                    "must be within the rotation (" + r.startsOn + " to " + r.endsOn + ")");
            links.add(new RotationLink(r.id, from, to));
        }
        errors.throwIfAny();
        return links;
    }

    /** Copies an input onto an attending: POST, PUT and the import write through this one place. */
    public void apply(Attending a, AttendingInput input, List<RotationLink> links) {
        a.name = Texts.clean(input.name());
        a.degree = Texts.clean(input.degree());
        a.addressAs = Texts.clean(input.addressAs());
        a.role = input.role();
        a.specialty = Texts.clean(input.specialty());
        a.institution = Texts.clean(input.institution());
        a.email = Texts.clean(input.email());
        a.coordinatorEmail = Texts.clean(input.coordinatorEmail());
        a.notes = Texts.clean(input.notes());
        a.hasSeenMePresent = Boolean.TRUE.equals(input.hasSeenMePresent());
        a.rotations.clear();
        a.rotations.addAll(links);
        a.updatedAt = clock.instant();
    }
}
