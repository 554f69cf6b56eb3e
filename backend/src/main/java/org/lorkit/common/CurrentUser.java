package org.lorkit.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The applicant behind the verified access token; every query is scoped to this id.
 * (ActiveAccountAugmentor already refused tokens of disabled or deleted accounts and
 * tokens older than the account's not-before.)
 */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    public UUID id() {
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
