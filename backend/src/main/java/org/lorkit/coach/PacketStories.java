package org.lorkit.coach;

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
 * witnessed or that happened on a rotation worked with them; witnessed ones first, then newest first.
 * A story whose PHI warnings are unresolved never leaves the account: it is withheld and counted.
 * Warnings are checked again here, with today's attendings allowed, so a name that became an
 * attending after the story was saved no longer holds it back.
 */
@ApplicationScoped
public class PacketStories {

    public static final int MAX = 5;

    @Inject
    EntityManager em;

    @Inject
    org.lorkit.phi.PhiGuard phiGuard;

    public record Story(UUID id, String title, String summary, String whatIDid, String whatItShows, LocalDate occurredOn,
            String kind, List<String> competencies, boolean witnessed) {
    }

    public record Selection(List<Story> stories, int withheld) {
    }

    /** Up to {@code limit} stories for this attending, and how many were withheld for unresolved PHI warnings. */
    public Selection forAttending(UUID owner, UUID attendingId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT s.id, s.title, s.summary, s.what_i_did, s.what_it_shows, s.occurred_on, s.kind,
                       array_to_string(s.competencies, ','),
                       EXISTS (SELECT 1 FROM story_witness w WHERE w.story_id = s.id AND w.attending_id = ?2) AS witnessed,
                       s.phi_reviewed
                FROM story s
                WHERE s.owner_id = ?1 AND s.include_in_packet
                  AND (EXISTS (SELECT 1 FROM story_witness w WHERE w.story_id = s.id AND w.attending_id = ?2)
                       OR s.rotation_id IN (SELECT l.rotation_id FROM attending_rotation l WHERE l.attending_id = ?2))
                ORDER BY witnessed DESC, s.occurred_on DESC NULLS LAST, s.created_at DESC, s.id""")
                .setParameter(1, owner).setParameter(2, attendingId).getResultList();
        org.lorkit.phi.PhiGuard.Allowed allowed = phiGuard.allowedFor(owner);
        List<Story> stories = new ArrayList<>();
        int withheld = 0;
        for (Object[] r : rows) {
            if (!Boolean.TRUE.equals(r[9]) && hasWarnings(r, allowed)) {
                withheld++;
                continue;
            }
            if (stories.size() < limit) {
                stories.add(new Story((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        NativeRows.date(r[5]), (String) r[6], NativeRows.split((String) r[7]), (Boolean) r[8]));
            }
        }
        return new Selection(stories, withheld);
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
