package org.lorkit.coaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import org.lorkit.attending.Attending;
import org.lorkit.common.NativeRows;
import org.lorkit.common.ProblemException;
import org.lorkit.feedback.Feedback;
import org.lorkit.letter.LetterRequest;
import org.lorkit.profile.Profile;
import org.lorkit.program.Program;
import org.lorkit.rotation.Rotation;
import org.lorkit.story.Story;

/**
 * Reads an {@link AccountSnapshot}: one query per table (collections by JOIN FETCH), never one per
 * row. The entities come back read-only and detached, so that a service which goes on to change one
 * of them in the same transaction loads its own managed copy instead of a read-only one.
 * Callers hold the transaction.
 */
@ApplicationScoped
public class AccountSnapshots {

    @Inject
    EntityManager em;

    /** Everything; {@code withStories} false leaves the stories out (the rules read them as counts). */
    public AccountSnapshot read(UUID owner, boolean withStories) {
        List<Tuple> user = em.createQuery(
                        "SELECT u.email AS email, u.displayName AS displayName, u.createdAt AS createdAt"
                                + " FROM AppUser u WHERE u.id = :owner",
                        Tuple.class)
                .setParameter("owner", owner)
                .getResultList();
        if (user.isEmpty()) {
            throw ProblemException.unauthorized("This account no longer exists.");
        }
        Tuple account = user.get(0);
        List<Profile> profile = entities("SELECT p FROM Profile p WHERE p.ownerId = :owner", Profile.class, owner);
        return new AccountSnapshot(
                owner,
                account.get("email", String.class),
                account.get("displayName", String.class),
                account.get("createdAt", Instant.class),
                profile.isEmpty() ? null : profile.get(0),
                entities(
                        "SELECT r FROM Rotation r WHERE r.ownerId = :owner ORDER BY r.startsOn, r.id",
                        Rotation.class,
                        owner),
                entities(
                        "SELECT DISTINCT a FROM Attending a LEFT JOIN FETCH a.rotations WHERE a.ownerId = :owner"
                                + " ORDER BY a.name, a.id",
                        Attending.class,
                        owner),
                withStories
                        ? entities(
                                "SELECT DISTINCT s FROM Story s LEFT JOIN FETCH s.witnessAttendingIds"
                                        + " WHERE s.ownerId = :owner ORDER BY s.createdAt, s.id",
                                Story.class,
                                owner)
                        : List.of(),
                entities(
                        "SELECT f FROM Feedback f WHERE f.ownerId = :owner ORDER BY f.receivedOn, f.createdAt, f.id",
                        Feedback.class,
                        owner),
                entities(
                        "SELECT DISTINCT l FROM LetterRequest l LEFT JOIN FETCH l.history WHERE l.ownerId = :owner"
                                + " ORDER BY l.createdAt, l.id",
                        LetterRequest.class,
                        owner),
                entities(
                        "SELECT DISTINCT p FROM Program p LEFT JOIN FETCH p.letterIds WHERE p.ownerId = :owner"
                                + " ORDER BY p.name, p.id",
                        Program.class,
                        owner),
                entities(
                        "SELECT t FROM PlanTick t WHERE t.ownerId = :owner ORDER BY t.checkpointId",
                        PlanTick.class,
                        owner),
                entities(
                        "SELECT m FROM SentMessage m WHERE m.ownerId = :owner ORDER BY m.createdAt, m.id",
                        SentMessage.class,
                        owner),
                entities(
                        "SELECT c FROM HabitCheckIn c WHERE c.ownerId = :owner ORDER BY c.checkedOn, c.habit",
                        HabitCheckIn.class,
                        owner),
                entities(
                        "SELECT r FROM RedFlagCheck r WHERE r.ownerId = :owner ORDER BY r.checkedOn, r.rotationId",
                        RedFlagCheck.class,
                        owner));
    }

    /**
     * A JPQL read with the read-only hint; what it loaded is detached again. An entity the
     * transaction already held (and may have changed) stays as it was: it is not read-only.
     */
    private <T> List<T> entities(String jpql, Class<T> type, UUID owner) {
        List<T> result = em.createQuery(jpql, type)
                .setParameter("owner", owner)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
        Session session = em.unwrap(Session.class);
        for (T entity : result) {
            if (session.contains(entity) && session.isReadOnly(entity)) {
                em.detach(entity);
            }
        }
        return result;
    }

    /** Rows of a PostgreSQL-only aggregate, read by column name. */
    List<NativeRows.Row> rows(String sql, Object... params) {
        return NativeRows.rows(em, sql, params);
    }
}
