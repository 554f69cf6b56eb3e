package org.lorkit.season;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.auth.TokenService;
import org.lorkit.common.Etags;

/** Admins correct a season when its service announces or moves a date (its own path: /admin is AdminResource's). */
@Path("/api/v1/admin/seasons")
@Tag(name = "Admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(TokenService.ADMIN)
@SecurityRequirement(name = "bearerAuth")
public class SeasonAdminResource {

    @Inject
    SeasonService seasons;

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "adminUpdateSeason",
            summary = "Correct a season's dates (admins)",
            description = "When a service announces or moves a date. Every applicant's plan following this "
                    + "season moves with it, except dates the applicant set herself.")
    @APIResponse(
            responseCode = "200",
            description = "The season as stored; ETag carries its new version.",
            content = @Content(schema = @Schema(implementation = SeasonDto.class)))
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull SeasonInput input) {
        return Etags.ok(seasons.update(id, input, ifMatch));
    }
}
