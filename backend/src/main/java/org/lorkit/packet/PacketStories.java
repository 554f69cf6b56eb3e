package org.lorkit.packet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lorkit.common.NativeRows;

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
            List<String> competencies) {}

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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, s.title, s.summary, s.what_i_did, s.what_it_shows, s.occurred_on, s.kind,
                       array_to_string(s.competencies, ','), s.phi_reviewed
                FROM story s
                WHERE s.owner_id = ?1 AND s.include_in_packet
                  AND EXISTS (SELECT 1 FROM story_witness w WHERE w.story_id = s.id AND w.attending_id = ?2)
                ORDER BY s.occurred_on DESC NULLS LAST, s.created_at DESC, s.id""")
                .setParameter(1, owner)
                .setParameter(2, attendingId)
                .getResultList();
        org.lorkit.phi.PhiGuard.Allowed allowed = phiGuard.allowedFor(owner);
        List<Story> stories = new ArrayList<>();
        int withheld = 0;
        int available = 0;
        for (Object[] r : rows) {
            if (!Boolean.TRUE.equals(r[8]) && hasWarnings(r, allowed)) {
                withheld++;
                continue;
            }
            available++;
            if (stories.size() < limit) {
                stories.add(new Story(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        NativeRows.date(r[5]),
                        (String) r[6],
                        NativeRows.split((String) r[7])));
            }
        }
        return new Selection(stories, withheld, available);
    }

    private boolean hasWarnings(Object[] row, org.lorkit.phi.PhiGuard.Allowed allowed) {
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("title", (String) row[1]);
        texts.put("summary", (String) row[2]);
        texts.put("whatIDid", (String) row[3]);
        texts.put("whatItShows", (String) row[4]);
        return !phiGuard.checkStored(texts, allowed).isEmpty();
    }
}
