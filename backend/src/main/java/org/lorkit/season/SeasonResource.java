package org.lorkit.season;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.auth.TokenService;
import org.lorkit.common.Etags;

@Path("/api/v1")
@Tag(
        name = "Seasons",
        description = "The application services' season calendars (ERAS, ResidencyCAS), kept as data: the plan, "
                + "reminders and Today read their dates from here unless the applicant set her own.")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearerAuth")
public class SeasonResource {

    @Inject
    SeasonService seasons;

    @GET
    @Path("/seasons")
    @RolesAllowed(TokenService.APPLICANT)
    @Operation(operationId = "listSeasons", summary = "Every season calendar, by service and year")
    @APIResponse(
            responseCode = "200",
            description = "All seasons known to this server.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SeasonDto.class)))
    public List<SeasonDto> list() {
        return seasons.list();
    }

    @GET
    @Path("/seasons/{id}")
    @RolesAllowed(TokenService.APPLICANT)
    @Operation(operationId = "getSeason", summary = "One season calendar")
    @APIResponse(
            responseCode = "200",
            description = "The season; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = SeasonDto.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(seasons.get(id));
    }
}
