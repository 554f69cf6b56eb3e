package org.lorkit.packet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.lorkit.phi.PhiGuard;

/**
 * The stories a writer's packet and scripts may quote: include-in-packet stories this attending
 * witnessed, newest first. Never a story of the same rotation that only another writer saw: a writer
 * asked to recall a moment they never saw either cannot vouch for it or, worse, writes it anyway.
 * A story whose PHI warnings are unresolved never leaves the account: it is withheld and counted.
 * Warnings are checked again here, with today's attendings allowed, so a name that became an
 * attending after the story was saved no longer holds it back.
 */
@ApplicationScoped
public class PacketStories {

    public static final int MAX = 5;

    /** With fewer stories of their own than this, the applicant is told to log more (never to borrow). */
    public static final int ENOUGH = 3;

    @Inject
    EntityManager em;

    @Inject
    org.lorkit.phi.PhiGuard phiGuard;

    public record Story(
            UUID id,
            String title,
            String summary,
            String whatIDid,
            String whatItShows,
            LocalDate occurredOn,
            String kind,
            List<String> competencies,
            List<String> formFields) {}

    /**
     * The stories chosen (at most the limit), how many were withheld for privacy warnings, and how many
     * of this writer's stories could go in a packet at all.
     */
    public record Selection(List<Story> stories, int withheld, int available) {

        /** Fewer than {@link #ENOUGH} stories this writer saw. */
        public boolean tooFew() {
            return available < ENOUGH;
        }
    }

    /** Up to {@code limit} stories this attending witnessed, and how many were withheld for unresolved PHI warnings. */
    public Selection forAttending(UUID owner, UUID attendingId, int limit) {
        List<org.lorkit.story.Story> rows = em.createQuery("""
                        SELECT s FROM Story s
                        WHERE s.ownerId = :owner AND s.includeInPacket AND :attending MEMBER OF s.witnessAttendingIds
                        ORDER BY s.occurredOn DESC NULLS LAST, s.createdAt DESC, s.id""", org.lorkit.story.Story.class)
                .setParameter("owner", owner)
                .setParameter("attending", attendingId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        PhiGuard.Allowed allowed = phiGuard.allowedFor(owner);
        List<Story> stories = new ArrayList<>();
        int withheld = 0;
        int available = 0;
        for (org.lorkit.story.Story s : rows) {
            if (!cleared(s, allowed)) {
                withheld++;
                continue;
            }
            available++;
            if (stories.size() < limit) {
                stories.add(story(s));
            }
        }
        return new Selection(stories, withheld, available);
    }

    /** A story that may leave the account, with the writers who witnessed it. */
    public record Witnessed(Story story, List<UUID> witnesses) {}

    /**
     * Every story of the account that may leave it (no unresolved PHI warnings: the same check as the
     * packet's), newest first, at most {@code limit}: what an adviser link shows when the applicant ticks
     * stories in.
     */
    public List<Witnessed> cleared(UUID owner, int limit) {
        List<org.lorkit.story.Story> rows = em.createQuery("""
                        SELECT s FROM Story s WHERE s.ownerId = :owner
                        ORDER BY s.occurredOn DESC NULLS LAST, s.createdAt DESC, s.id""", org.lorkit.story.Story.class)
                .setParameter("owner", owner)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        PhiGuard.Allowed allowed = phiGuard.allowedFor(owner);
        List<Witnessed> out = new ArrayList<>();
        for (org.lorkit.story.Story s : rows) {
            if (out.size() < limit && cleared(s, allowed)) {
                out.add(new Witnessed(
                        story(s), s.witnessAttendingIds == null ? List.of() : List.copyOf(s.witnessAttendingIds)));
            }
        }
        return out;
    }

    /** Reviewed by the applicant, or no PHI warning on today's check. */
    private boolean cleared(org.lorkit.story.Story s, PhiGuard.Allowed allowed) {
        return s.phiReviewed || phiGuard.checkStored(s.texts(), allowed).isEmpty();
    }

    private static Story story(org.lorkit.story.Story s) {
        return new Story(
                s.id,
                s.title,
                s.summary,
                s.whatIDid,
                s.whatItShows,
                s.occurredOn,
                s.kind == null ? null : s.kind.name(),
                s.competencies == null ? List.of() : List.of(s.competencies),
                org.lorkit.form.FormFieldTags.fromStored(s.formFields));
    }
}
