package org.lorkit.phi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

    /** One statement for the three kinds of names: every story read asks this once. */
    public List<String> of(UUID owner) {
        return em.createQuery("""
                        select a.name from Attending a where a.ownerId = ?1
                        union all select r.institution from Rotation r where r.ownerId = ?1 and r.institution is not null
                        union all select r.location from Rotation r where r.ownerId = ?1 and r.location is not null""", String.class).setParameter(1, owner).getResultList();
    }
}
