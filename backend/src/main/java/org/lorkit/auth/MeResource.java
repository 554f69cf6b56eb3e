package org.lorkit.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.auth.AuthDtos.ChangePasswordRequest;
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

    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changePassword", summary = "Change my password",
            description = "Needs the current password. Ends every session of the account (refresh tokens stop working); "
                    + "access tokens already issued expire on their own within minutes.")
    @APIResponse(responseCode = "204", description = "Changed; log in again on other devices.")
    public Response changePassword(@Valid @NotNull ChangePasswordRequest request) {
        auth.changePassword(currentUser.id(), request.currentPassword(), request.newPassword());
        return Response.noContent().build();
    }
}
