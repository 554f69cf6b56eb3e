package org.lorkit.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.lorkit.common.Etags;
import org.lorkit.common.PageRequest;
import org.lorkit.common.ProblemException;
import org.lorkit.phi.PhiGuard;
import org.lorkit.phi.PhiWarning;

/** Stories of one applicant. Every query names the owner: another applicant's id is simply not found. */
@ApplicationScoped
public class StoryService {

    private static final Logger LOG = Logger.getLogger(StoryService.class);
    static final Map<String, String> SORTABLE = Map.of(
            "createdAt", "createdAt", "occurredOn", "occurredOn", "title", "title", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "createdAt,desc";

    @Inject
    PhiGuard phiGuard;

    @Transactional
    public StoryDto create(UUID owner, StoryInput input) {
        Story story = new Story();
        story.id = UUID.randomUUID();
        story.ownerId = owner;
        story.createdAt = Instant.now();
        apply(story, input);
        List<PhiWarning> warnings = review(story, input);
        story.persistAndFlush();
        // Ids only: story text never goes to the logs.
        LOG.debugf("Story %s created", story.id);
        return StoryDto.of(story, warnings);
    }

    @Transactional
    public StoryPage list(UUID owner, PageRequest request) {
        var query = Story.<Story>find("ownerId", request.sort(), owner).page(request.page(), request.size());
        List<String> allowed = phiGuard.allowedFor(owner);
        List<StoryDto> items = query.list().stream()
                .map(s -> StoryDto.of(s, phiGuard.check(s.texts(), allowed))).toList();
        return new StoryPage(items, request.page(), request.size(), query.count());
    }

    @Transactional
    public StoryDto get(UUID owner, UUID id) {
        Story story = owned(owner, id);
        return StoryDto.of(story, phiGuard.check(owner, story.texts()));
    }

    @Transactional
    public StoryDto update(UUID owner, UUID id, StoryInput input, String ifMatch) {
        Story story = owned(owner, id);
        Etags.requireMatch(ifMatch, story.version);
        apply(story, input);
        List<PhiWarning> warnings = review(story, input);
        story.persistAndFlush();
        return StoryDto.of(story, warnings);
    }

    /**
     * Runs the PHI guard on the text as it will be saved. A review ("phiReviewed": true) holds
     * for this exact text; after an edit the warnings come back until reviewed again.
     */
    private List<PhiWarning> review(Story story, StoryInput input) {
        List<PhiWarning> warnings = phiGuard.check(story.ownerId, story.texts());
        String digest = digestOf(story);
        if (Boolean.TRUE.equals(input.phiReviewed())) {
            story.phiReviewedDigest = digest;
        }
        story.phiReviewed = digest.equals(story.phiReviewedDigest);
        story.phiUnresolved = !warnings.isEmpty() && !story.phiReviewed;
        return warnings;
    }

    private static String digestOf(Story story) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String text : story.texts().values()) {
                sha.update(String.valueOf(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public void delete(UUID owner, UUID id, String ifMatch) {
        Story story = owned(owner, id);
        Etags.requireMatch(ifMatch, story.version);
        story.delete();
    }

    private static Story owned(UUID owner, UUID id) {
        return Story.<Story>find("id = ?1 and ownerId = ?2", id, owner).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("story"));
    }

    private static void apply(Story story, StoryInput input) {
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
        story.updatedAt = Instant.now();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
