package org.lorkit.phi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Names the PHI guard must not flag for an applicant: those of their own attendings. */
@ApplicationScoped
public class AllowedNames {

    @Inject
    EntityManager em;

    public List<String> of(UUID owner) {
        return em.createQuery("select a.name from Attending a where a.ownerId = ?1", String.class)
                .setParameter(1, owner).getResultList();
    }
}
