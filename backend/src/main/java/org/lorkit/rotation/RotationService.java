package org.lorkit.rotation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lorkit.common.Etags;
import org.lorkit.common.OwnerQuery;
import org.lorkit.common.PageRequest;
import org.lorkit.common.ProblemException;
import org.lorkit.common.Referrers;
import org.lorkit.profile.ProfileService;

/** Rotations of one applicant. Every query names the owner: another applicant's id is simply not found. */
@ApplicationScoped
public class RotationService {

    @Inject
    java.time.Clock clock;

    static final Map<String, String> SORTABLE = Map.of(
            "startsOn",
            "startsOn",
            "endsOn",
            "endsOn",
            "institution",
            "institution",
            "createdAt",
            "createdAt",
            "updatedAt",
            "updatedAt");
    static final String DEFAULT_SORT = "startsOn,desc";

    @Inject
    ProfileService profiles;

    @Inject
    EntityManager em;

    @Transactional
    public RotationDto create(UUID owner, RotationInput input) {
        validate(input);
        Rotation rotation = new Rotation();
        rotation.id = UUID.randomUUID();
        rotation.ownerId = owner;
        rotation.createdAt = clock.instant();
        apply(rotation, input);
        rotation.persistAndFlush();
        return RotationDto.of(rotation, profiles.facts(owner).today());
    }

    @Transactional
    public RotationPage list(UUID owner, PageRequest request, RotationKind kind, RotationPhase.State state) {
        LocalDate today = profiles.facts(owner).today();
        OwnerQuery where = new OwnerQuery(owner).and("kind = :kind", "kind", kind);
        if (state != null) {
            where.and(
                    switch (state) {
                        case UPCOMING -> "startsOn > :today";
                        case ACTIVE -> "startsOn <= :today and endsOn >= :today";
                        case ENDED -> "endsOn < :today";
                    },
                    "today",
                    today);
        }
        PanacheQuery<Rotation> query = Rotation.<Rotation>find(where.where(), request.sort(), where.params())
                .page(request.page(), request.size());
        List<RotationDto> items =
                query.list().stream().map(r -> RotationDto.of(r, today)).toList();
        return new RotationPage(items, request.page(), request.size(), query.count());
    }

    @Transactional
    public RotationDto get(UUID owner, UUID id) {
        return RotationDto.of(owned(owner, id), profiles.facts(owner).today());
    }

    @Transactional
    public RotationDto update(UUID owner, UUID id, RotationInput input, String ifMatch) {
        Rotation rotation = owned(owner, id);
        Etags.requireMatch(ifMatch, rotation.version);
        validate(input);
        apply(rotation, input);
        rotation.persistAndFlush();
        return RotationDto.of(rotation, profiles.facts(owner).today());
    }

    /**
     * Deletes a rotation. Attendings' worked-together dates, stories and feedback may refer to it:
     * without cascade that is a 409 naming them; with cascade they are unlinked (they stay, without this rotation).
     */
    @Transactional
    public void delete(UUID owner, UUID id, String ifMatch, boolean cascade) {
        Rotation rotation = owned(owner, id);
        Etags.requireMatch(ifMatch, rotation.version);
        Referrers referrers = new Referrers()
                .add(
                        "attendings",
                        count("SELECT count(DISTINCT attending_id) FROM attending_rotation WHERE rotation_id = ?1", id))
                .add("stories", count("SELECT count(*) FROM story WHERE rotation_id = ?1", id))
                .add("feedback", count("SELECT count(*) FROM feedback WHERE rotation_id = ?1", id));
        if (referrers.any()) {
            if (!cascade) {
                throw referrers.conflict(
                        "rotation",
                        "remove it from those attendings' dates and from those stories and feedback (they stay).");
            }
            // Each unlinked record gets a new version, so a client holding an old ETag sees it changed.
            update("""
                    UPDATE attending SET version = version + 1, updated_at = ?2
                    WHERE id IN (SELECT attending_id FROM attending_rotation WHERE rotation_id = ?1)""", id);
            update("DELETE FROM attending_rotation WHERE rotation_id = ?1", id);
            update(
                    "UPDATE story SET rotation_id = NULL, version = version + 1, updated_at = ?2 WHERE rotation_id = ?1",
                    id);
            update(
                    "UPDATE feedback SET rotation_id = NULL, version = version + 1, updated_at = ?2 WHERE rotation_id = ?1",
                    id);
        }
        rotation.delete();
    }

    private long count(String sql, UUID id) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, id).getSingleResult()).longValue();
    }

    private void update(String sql, UUID id) {
        var query = em.createNativeQuery(sql).setParameter(1, id);
        if (sql.contains("?2")) {
            query.setParameter(2, clock.instant());
        }
        query.executeUpdate();
    }

    private static Rotation owned(UUID owner, UUID id) {
        return Rotation.<Rotation>find("id = ?1 and ownerId = ?2", id, owner)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("rotation"));
    }

    private static void validate(RotationInput input) {
        if (input.endsOn().isBefore(input.startsOn())) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
    }

    /** Copies an input onto a rotation: POST, PUT and the import write through this one place. */
    public void apply(Rotation r, RotationInput input) {
        input.applyTo(r);
        r.updatedAt = clock.instant();
    }
}
