package org.lorkit.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The applicant behind the verified access token; every query is scoped to this id.
 * It also refuses tokens issued before the account's not-before (log out everywhere,
 * password change) and tokens of deleted accounts: one primary-key lookup per request.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    @Inject
    EntityManager em;

    private UUID checked;

    public UUID id() {
        if (checked != null) {
            return checked;
        }
        UUID id = subject();
        List<Instant[]> rows = em.createQuery("select u.tokensNotBefore from AppUser u where u.id = ?1", Instant.class)
                .setParameter(1, id).getResultList().stream().map(t -> new Instant[] {t}).toList();
        if (rows.isEmpty()) {
            throw ProblemException.unauthorized("This account no longer exists.");
        }
        Instant notBefore = rows.get(0)[0];
        if (notBefore != null && token.getIssuedAtTime() * 1000 < notBefore.toEpochMilli()) {
            throw ProblemException.unauthorized("This session was ended (logged out everywhere or password changed). Please log in again.");
        }
        checked = id;
        return id;
    }

    private UUID subject() {
        String subject = token.getSubject();
        if (subject == null) {
            throw ProblemException.unauthorized("A valid access token is required.");
        }
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            throw ProblemException.unauthorized("The access token does not name an account.");
        }
    }
}
