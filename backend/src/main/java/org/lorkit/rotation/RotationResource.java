package org.lorkit.rotation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.Etags;
import org.lorkit.common.PageParams;
import org.lorkit.common.Problem;
import org.lorkit.common.QueryParams;
import org.lorkit.idempotency.Created;
import org.lorkit.idempotency.IdempotentCreates;

@Path("/api/v1/rotations")
@Tag(name = "Rotations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class RotationResource {

    @Inject
    RotationService rotations;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @Operation(
            operationId = "createRotation",
            summary = "Add a rotation",
            description = "endsOn must not be before startsOn (400 naming endsOn). "
                    + "Send an Idempotency-Key so that a replay answers the first response and creates nothing new.")
    @APIResponse(
            responseCode = "201",
            description = "Stored. Location names the new rotation.",
            content = @Content(schema = @Schema(implementation = RotationDto.class)))
    public Response create(
            @Valid @NotNull RotationInput input, @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        UUID owner = user.id();
        return idempotent.create(
                owner,
                idempotencyKey,
                "/api/v1/rotations",
                input,
                () -> {
                    RotationDto rotation = rotations.create(owner, input);
                    return Created.in("/api/v1/rotations", rotation);
                },
                id -> rotations.get(owner, id));
    }

    @GET
    @Operation(
            operationId = "listRotations",
            summary = "My rotations, latest start first",
            description =
                    "Paginated. sort is one of startsOn, endsOn, institution, createdAt, updatedAt with ,asc or ,desc "
                            + "(default startsOn,desc). Filter by kind and by phase state (as of today in the profile's time zone).")
    @APIResponse(
            responseCode = "200",
            description = "One page of rotations.",
            content = @Content(schema = @Schema(implementation = RotationPage.class)))
    public RotationPage list(
            @BeanParam PageParams paging,
            @Parameter(description = "field,direction", example = "startsOn,desc") @QueryParam("sort") String sort,
            @Parameter(
                            description = "Only rotations of this kind.",
                            schema = @Schema(implementation = RotationKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            description = "Only rotations in this phase today.",
                            schema = @Schema(implementation = RotationPhase.State.class))
                    @QueryParam("state")
                    String state) {
        return rotations.list(
                user.id(),
                paging.request(sort, RotationService.SORTABLE, RotationService.DEFAULT_SORT),
                QueryParams.enumValue("kind", kind, RotationKind.class),
                QueryParams.enumValue("state", state, RotationPhase.State.class));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRotation", summary = "One rotation")
    @APIResponse(
            responseCode = "200",
            description = "The rotation; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = RotationDto.class)))
    public Response get(@PathParam("id") UUID id) {
        RotationDto rotation = rotations.get(user.id(), id);
        return Etags.ok(rotation);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateRotation",
            summary = "Replace the writable fields of a rotation",
            description = "Send If-Match with the ETag you read; a stale one answers 412 and changes nothing. "
                    + "Derived fields (warnings, phase, days) are ignored on input.")
    @APIResponse(
            responseCode = "200",
            description = "Updated.",
            content = @Content(schema = @Schema(implementation = RotationDto.class)))
    public Response update(
            @PathParam("id") UUID id, @Valid @NotNull RotationInput input, @HeaderParam("If-Match") String ifMatch) {
        RotationDto rotation = rotations.update(user.id(), id, input, ifMatch);
        return Etags.ok(rotation);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteRotation",
            summary = "Delete a rotation",
            description =
                    "When attendings' worked-together dates, stories or feedback refer to this rotation, the delete is "
                            + "refused with 409 (urn:lorkit:problem:referenced, listing them in `references`) unless cascade=true: "
                            + "then those dates are removed from the attendings and the stories and feedback lose their rotationId. "
                            + "No story or feedback is ever deleted with a rotation.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(
            responseCode = "409",
            description = "Still referred to by attendings, stories or feedback, and cascade was not asked for.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "referenced", value = """
                            {"type": "urn:lorkit:problem:referenced", "title": "Still referenced", "status": 409,
                             "detail": "This rotation is still referred to by 1 attendings, 3 stories and 1 feedback. Nothing was deleted. Delete with ?cascade=true to remove it from those attendings' dates and from those stories and feedback (they stay).",
                             "references": [{"resource": "attendings", "count": 1}, {"resource": "stories", "count": 3}, {"resource": "feedback", "count": 1}]}""")))
    public Response delete(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(
                            description =
                                    "true: unlink the attendings' dates, stories and feedback that refer to this rotation, then delete it.",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("cascade")
                    String cascade) {
        rotations.delete(user.id(), id, ifMatch, Boolean.TRUE.equals(QueryParams.bool("cascade", cascade)));
        return Response.noContent().build();
    }
}
