package org.lorkit.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.auth.AuthDtos.UserDto;
import org.lorkit.common.CurrentUser;

@Path("/api/v1/me")
@Tag(name = "Auth")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(TokenService.APPLICANT)
@SecurityRequirement(name = "bearerAuth")
public class MeResource {

    @Inject
    AuthService auth;

    @Inject
    CurrentUser currentUser;

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in account")
    public UserDto me() {
        return auth.me(currentUser.id());
    }
}
