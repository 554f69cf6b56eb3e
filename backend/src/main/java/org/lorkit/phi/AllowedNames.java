package org.lorkit.phi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Names the PHI guard must not flag for an applicant: their own attendings, and the institutions and
 * places of their own rotations ("Mercy General", "Flushing"): a colleague or a hospital is not a patient.
 */
@ApplicationScoped
public class AllowedNames {

    @Inject
    EntityManager em;

    public List<String> of(UUID owner) {
        List<String> names =
                new ArrayList<>(em.createQuery("select a.name from Attending a where a.ownerId = ?1", String.class)
                        .setParameter(1, owner)
                        .getResultList());
        for (Object[] place : em.createQuery(
                        "select r.institution, r.location from Rotation r where r.ownerId = ?1", Object[].class)
                .setParameter(1, owner)
                .getResultList()) {
            for (Object part : place) {
                if (part != null) {
                    names.add(part.toString());
                }
            }
        }
        return names;
    }
}
