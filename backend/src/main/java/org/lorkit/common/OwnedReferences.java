package org.lorkit.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks the ids an input refers to (rotationId, attendingId, letterIds, ...): every one
 * must name a record of the caller. Unknown and foreign ids get the same answer, a 404
 * problem naming each offending field, so nobody can probe another applicant's ids.
 * One query per kind of record, whatever the number of ids.
 */
@ApplicationScoped
public class OwnedReferences {

    /** The kinds of record an input can point at, with their entity name. */
    public enum Kind {
        ROTATION("Rotation", "rotation"),
        ATTENDING("Attending", "attending"),
        LETTER("LetterRequest", "letter request");

        final String entity;
        final String label;

        Kind(String entity, String label) {
            this.entity = entity;
            this.label = label;
        }
    }

    @Inject
    EntityManager em;

    public Check of(UUID owner) {
        return new Check(owner);
    }

    public final class Check {

        private final UUID owner;
        private final Map<Kind, Map<String, UUID>> wanted = new EnumMap<>(Kind.class);

        private Check(UUID owner) {
            this.owner = owner;
        }

        /** Adds one reference; a null id is no reference. */
        public Check add(Kind kind, String field, UUID id) {
            if (id != null) {
                wanted.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(field, id);
            }
            return this;
        }

        /** Adds a list of references; each is named field[index]. */
        public Check addAll(Kind kind, String field, List<UUID> ids) {
            if (ids != null) {
                for (int i = 0; i < ids.size(); i++) {
                    add(kind, field + "[" + i + "]", ids.get(i));
                }
            }
            return this;
        }

        /** Throws a 404 naming every field whose id is not one of the owner's records. */
        public void verify() {
            List<Problem.FieldError> errors = new ArrayList<>();
            wanted.forEach((kind, refs) -> {
                Set<UUID> found = new HashSet<>(em.createQuery(
                                "select e.id from " + kind.entity + " e where e.ownerId = :owner and e.id in :ids",
                                UUID.class)
                        .setParameter("owner", owner)
                        .setParameter("ids", Set.copyOf(refs.values()))
                        .getResultList());
                refs.forEach((field, id) -> {
                    if (!found.contains(id)) {
                        errors.add(new Problem.FieldError(
                                field, "no " + kind.label + " with this id exists in your account"));
                    }
                });
            });
            if (!errors.isEmpty()) {
                throw ProblemException.unknownReferences(errors);
            }
        }
    }
}
