package org.lorkit.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.Etags;

@Path("/api/v1/profile")
@Tag(name = "Profile")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class ProfileResource {

    @Inject
    ProfileService profiles;

    @Inject
    CurrentUser user;

    @GET
    @Operation(
            operationId = "getProfile",
            summary = "My target sheet",
            description = "Never 404: a sheet that was never saved answers its defaults with ETag \"0\".")
    @APIResponse(
            responseCode = "200",
            description = "The target sheet; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = ProfileDto.class)))
    public Response get() {
        ProfileDto profile = profiles.get(user.id());
        return Etags.ok(profile);
    }

    @PUT
    @Operation(
            operationId = "putProfile",
            summary = "Create or replace my target sheet",
            description =
                    "Replaces every writable field (absent ones become null or their default). "
                            + "Send If-Match with the ETag you read (\"0\" for a never-saved sheet); a stale one answers 412 and changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Saved.",
            content = @Content(schema = @Schema(implementation = ProfileDto.class)))
    public Response put(@Valid @NotNull ProfileInput input, @HeaderParam("If-Match") String ifMatch) {
        ProfileDto profile = profiles.put(user.id(), input, ifMatch);
        return Etags.ok(profile);
    }
}
