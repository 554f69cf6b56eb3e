package org.lorkit.story;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.lorkit.common.Etags;
import org.lorkit.common.OwnedReferences;
import org.lorkit.common.OwnerQuery;
import org.lorkit.common.PageRequest;
import org.lorkit.common.PageTotals;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ReadOnlyReads;
import org.lorkit.form.FormFieldTags;
import org.lorkit.phi.PhiGuard;
import org.lorkit.phi.PhiWarning;
import org.lorkit.platform.AccountRevisionCache;
import org.lorkit.profile.Competency;

/** Stories of one applicant. Every query names the owner: another applicant's id is simply not found. */
@ApplicationScoped
public class StoryService {

    @Inject
    java.time.Clock clock;

    private static final Logger LOG = Logger.getLogger(StoryService.class);
    static final Map<String, String> SORTABLE =
            Map.of("createdAt", "createdAt", "occurredOn", "occurredOn", "title", "title", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "createdAt,desc";

    @Inject
    PhiGuard phiGuard;

    @Inject
    OwnedReferences references;

    @Inject
    EntityManager em;

    @Inject
    AccountRevisionCache kept;

    private static final AccountRevisionCache.Kind<StoryPages> PAGES = new AccountRevisionCache.Kind<>("story pages");

    /** Filters of the list; null means "any". from/to bound occurredOn, both included. */
    public record Filter(UUID rotationId, UUID attendingId, Competency competency, LocalDate from, LocalDate to) {

        static final Filter NONE = new Filter(null, null, null, null, null);
    }

    @Transactional
    public StoryDto create(UUID owner, StoryInput input) {
        Story story = new Story();
        story.id = UUID.randomUUID();
        story.ownerId = owner;
        story.createdAt = clock.instant();
        apply(story, input);
        link(owner, story, input);
        List<PhiWarning> warnings = review(story, input);
        StoryInsert.insert(em, story);
        // Ids only: story text never goes to the logs.
        LOG.debugf("Story %s created", story.id);
        return StoryDto.of(story, warnings);
    }

    /**
     * A page kept at the account's current revision is answered without a transaction; any other is read in
     * its own read-only transaction (ReadOnlyReads): a caller's transaction never inherits the read-only session.
     */
    public StoryPage list(UUID owner, PageRequest request, Filter filter) {
        // Pages and their PHI warnings are kept while the account's revision stands: stories, witnesses,
        // attendings and rotations (whose names the guard allows) all move it (migration V24).
        String key = pageKey(request, filter);
        StoryPages keptNow = kept.keptNow(owner, PAGES);
        StoryPage page = keptNow == null ? null : keptNow.kept(key);
        if (page != null) {
            return page;
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            ReadOnlyReads.only(em);
            return kept.of(owner, PAGES, StoryPages::new).page(key, () -> read(owner, request, filter));
        });
    }

    private StoryPage read(UUID owner, PageRequest request, Filter filter) {
        OwnerQuery where = new OwnerQuery(owner)
                .and("rotationId = :rotationId", "rotationId", filter.rotationId())
                .and(":attendingId member of witnessAttendingIds", "attendingId", filter.attendingId())
                .and(
                        "array_contains(competencies, :competency)",
                        "competency",
                        filter.competency() == null ? null : filter.competency().name())
                .between("occurredOn", filter.from(), filter.to());
        var query =
                Story.<Story>find(where.where(), request.sort(), where.params()).page(request.page(), request.size());
        PhiGuard.Allowed allowed = phiGuard.allowedFor(owner);
        List<StoryDto> items = query.list().stream()
                .map(s -> StoryDto.of(s, phiGuard.checkStored(s.texts(), allowed)))
                .toList();
        long total = PageTotals.total(request.page(), request.size(), items.size(), () -> count(where));
        return new StoryPage(items, request.page(), request.size(), total);
    }

    /** Everything that makes one page differ from another: Panache's Sort has no equals of its own. */
    private static String pageKey(PageRequest request, Filter filter) {
        StringBuilder key =
                new StringBuilder().append(request.page()).append('/').append(request.size());
        request.sort()
                .getColumns()
                .forEach(c -> key.append('/')
                        .append(c.getName())
                        .append(' ')
                        .append(c.getDirection())
                        .append(' ')
                        .append(c.getNullPrecedence()));
        return key.append('/').append(filter).toString();
    }

    /**
     * The list's total as a query of its own text: Hibernate plans a query once per text, whereas Panache's
     * count() derives and plans a new count query from the page query on every call.
     */
    private long count(OwnerQuery where) {
        var count = em.createQuery("select count(*) from Story where " + where.where(), Long.class);
        where.params().forEach(count::setParameter);
        return count.getSingleResult();
    }

    @Transactional
    public StoryDto get(UUID owner, UUID id) {
        Story story = owned(owner, id);
        return StoryDto.of(story, phiGuard.checkStored(story.texts(), phiGuard.allowedFor(owner)));
    }

    @Transactional
    public StoryDto update(UUID owner, UUID id, StoryInput input, String ifMatch) {
        Story story = owned(owner, id);
        Etags.requireMatch(ifMatch, story.version);
        apply(story, input);
        link(owner, story, input);
        List<PhiWarning> warnings = review(story, input);
        story.persistAndFlush();
        return StoryDto.of(story, warnings);
    }

    /**
     * Runs the PHI guard on the text as it will be saved. A review ("phiReviewed": true) holds
     * for this exact text; after an edit the warnings come back until reviewed again.
     */
    public List<PhiWarning> review(Story story, StoryInput input) {
        List<PhiWarning> warnings = phiGuard.check(story.ownerId, story.texts());
        String digest = Story.reviewDigest(story.texts().values());
        if (Boolean.TRUE.equals(input.phiReviewed())) {
            story.phiReviewedDigest = digest;
        }
        story.phiReviewed = digest.equals(story.phiReviewedDigest);
        story.phiUnresolved = !warnings.isEmpty() && !story.phiReviewed;
        return warnings;
    }

    @Transactional
    public void delete(UUID owner, UUID id, String ifMatch) {
        Story story = owned(owner, id);
        Etags.requireMatch(ifMatch, story.version);
        story.delete();
    }

    private static Story owned(UUID owner, UUID id) {
        return Story.<Story>find("id = ?1 and ownerId = ?2", id, owner)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("story"));
    }

    /** Copies the texts, kind and day onto a story: POST, PUT and the import write through this one place. */
    public void apply(Story story, StoryInput input) {
        String title = StoryTitles.titleOf(input.title(), input.summary());
        if (title == null) {
            throw ProblemException.invalid("title", "give a title or a first sentence in summary");
        }
        story.title = title;
        story.summary = blankToNull(input.summary());
        story.whatIDid = blankToNull(input.whatIDid());
        story.whatItShows = blankToNull(input.whatItShows());
        story.occurredOn = input.occurredOn();
        story.kind = input.kind() == null ? StoryKind.CASE : input.kind();
        story.includeInPacket = input.includeInPacket() == null || input.includeInPacket();
        story.updatedAt = clock.instant();
    }

    /** Rotation, witnesses, competencies and form-field tags: ids must be the owner's (404 naming the field). */
    private void link(UUID owner, Story story, StoryInput input) {
        references
                .of(owner)
                .add(OwnedReferences.Kind.ROTATION, "rotationId", input.rotationId())
                .addAll(OwnedReferences.Kind.ATTENDING, "witnessAttendingIds", input.witnessAttendingIds())
                .verify();
        story.rotationId = input.rotationId();
        LinkedHashSet<UUID> witnesses = input.witnessAttendingIds() == null
                ? new LinkedHashSet<>()
                : new LinkedHashSet<>(input.witnessAttendingIds());
        // Changed in place so that Hibernate writes only the difference.
        story.witnessAttendingIds.retainAll(witnesses);
        story.witnessAttendingIds.addAll(witnesses);
        story.competencies = Competency.toStored(input.competencies());
        // After the references: a story naming another applicant's rotation answers 404, whatever its tags.
        story.formFields = FormFieldTags.toStored(input.formFields(), "formFields");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
