package org.lorkit.auth;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An access token lives up to 15 minutes; disabling or deleting an account, logging out
 * everywhere or changing the password must not wait for it to expire. Every authenticated
 * request with one of our roles checks that the account still exists, is enabled and that
 * the token is not older than the account's not-before (one primary-key lookup), else 401.
 */
@ApplicationScoped
public class ActiveAccountAugmentor implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(ActiveAccountAugmentor.class);

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || !(identity.hasRole(TokenService.APPLICANT) || identity.hasRole(TokenService.ADMIN))) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            UUID id = subjectOf(identity);
            long issuedAt = identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt
                    ? jwt.getIssuedAtTime()
                    : 0;
            if (id == null || !isActive(id, issuedAt)) {
                throw new AuthenticationFailedException("account disabled or gone");
            }
            return identity;
        });
    }

    private static UUID subjectOf(SecurityIdentity identity) {
        try {
            return UUID.fromString(
                    identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt
                            ? jwt.getSubject()
                            : identity.getPrincipal().getName());
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private boolean isActive(UUID id, long issuedAtSeconds) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT disabled_at IS NULL, tokens_not_before FROM app_user WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                boolean active = rs.next() && rs.getBoolean(1);
                java.sql.Timestamp notBefore = active ? rs.getTimestamp(2) : null;
                if (notBefore != null && issuedAtSeconds * 1000 < notBefore.getTime()) {
                    // Logged out everywhere or changed the password after this token was issued.
                    active = false;
                }
                if (!active) {
                    LOG.debugf("Access token of disabled or deleted account %s refused", id);
                }
                return active;
            }
        } catch (SQLException e) {
            // The mapper answers 503 for an unreachable database.
            throw new IllegalStateException(e);
        }
    }
}
