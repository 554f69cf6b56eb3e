package org.lorkit.admin;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import org.lorkit.auth.AppUser;
import org.lorkit.auth.TokenService;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.ProblemException;

/**
 * Admins need the second factor (ASVS 5.0 6.3.3): every endpoint for the admin role answers an admin
 * without a confirmed authenticator app 403 with a sentence saying what to do. Callers without the role
 * (or without a token) are left to the usual checks (403, 401).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class AdminSecondFactor implements ContainerRequestFilter {

    public static final String TURN_IT_ON =
            "Admin screens need two-step sign-in: turn on the authenticator app under Security and login, then try again.";

    @Context
    ResourceInfo resource;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentUser user;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!forAdmins() || identity.isAnonymous() || !identity.hasRole(TokenService.ADMIN)) {
            return;
        }
        AppUser admin = AppUser.findById(user.id());
        if (admin != null && !admin.hasSecondFactor()) {
            throw ProblemException.forbidden(TURN_IT_ON);
        }
    }

    private boolean forAdmins() {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        RolesAllowed roles = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        return roles != null && Arrays.asList(roles.value()).contains(TokenService.ADMIN);
    }
}
