package org.lorkit.attending;

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

@Path("/api/v1/attendings")
@Tag(name = "Attendings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class AttendingResource {

    @Inject
    AttendingService attendings;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @Operation(
            operationId = "createAttending",
            summary = "Add an attending",
            description =
                    "Link the rotations worked together in `rotations`; an unknown or foreign rotationId answers 404 "
                            + "naming the field. Send an Idempotency-Key so that a replay answers the first response and creates nothing new.")
    @APIResponse(
            responseCode = "201",
            description = "Stored, with its derived facts. Location names the new attending.",
            content = @Content(schema = @Schema(implementation = AttendingDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "A rotations[i].rotationId names no rotation of yours (errors name the field).")
    public Response create(
            @Valid @NotNull AttendingInput input, @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        UUID owner = user.id();
        return idempotent.create(
                owner,
                idempotencyKey,
                "/api/v1/attendings",
                input,
                () -> {
                    AttendingDto attending = attendings.create(owner, input);
                    return Created.in("/api/v1/attendings", attending);
                },
                id -> attendings.get(owner, id));
    }

    @GET
    @Operation(
            operationId = "listAttendings",
            summary = "My attendings, by name or ranked as letter writers",
            description =
                    "Paginated. sort is name, createdAt or updatedAt with ,asc or ,desc (default name,asc), or `rank`: "
                            + "best letter writer first: letter-eligible first, then priority tier (HIGHEST, HIGH, MEDIUM, LOW), then "
                            + "same specialty as the target, then the enthusiasm of the latest summative feedback "
                            + "(ENTHUSIASTIC_WITH_SPECIFICS, POSITIVE, none yet, VAGUE, LUKEWARM), then more days worked together, "
                            + "then name. `rank,desc` reverses it. Filter by role, by a rotation worked together, and by eligibility.")
    @APIResponse(
            responseCode = "200",
            description = "One page of attendings with their derived facts.",
            content = @Content(schema = @Schema(implementation = AttendingPage.class)))
    public AttendingPage list(
            @BeanParam PageParams paging,
            @Parameter(description = "field,direction or rank", example = "rank") @QueryParam("sort") String sort,
            @Parameter(
                            description = "Only attendings with this role.",
                            schema = @Schema(implementation = AttendingRole.class))
                    @QueryParam("role")
                    String role,
            @Parameter(
                            description = "Only attendings who worked with you on this rotation.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("rotationId")
                    String rotationId,
            @Parameter(
                            description = "Only letter-eligible (true) or not yet eligible (false) attendings.",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    @QueryParam("eligible")
                    String eligible) {
        return attendings.list(
                user.id(),
                paging,
                sort,
                new AttendingService.Filter(
                        QueryParams.enumValue("role", role, AttendingRole.class),
                        QueryParams.uuid("rotationId", rotationId),
                        QueryParams.bool("eligible", eligible)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAttending", summary = "One attending, with derived facts")
    @APIResponse(
            responseCode = "200",
            description = "The attending; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = AttendingDto.class)))
    public Response get(@PathParam("id") UUID id) {
        AttendingDto attending = attendings.get(user.id(), id);
        return Etags.ok(attending);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateAttending",
            summary = "Replace the writable fields of an attending",
            description =
                    "Replaces the rotation links too. Send If-Match with the ETag you read; a stale one answers 412 "
                            + "and changes nothing. Derived fields are ignored on input.")
    @APIResponse(
            responseCode = "200",
            description = "Updated.",
            content = @Content(schema = @Schema(implementation = AttendingDto.class)))
    public Response update(
            @PathParam("id") UUID id, @Valid @NotNull AttendingInput input, @HeaderParam("If-Match") String ifMatch) {
        AttendingDto attending = attendings.update(user.id(), id, input, ifMatch);
        return Etags.ok(attending);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deleteAttending",
            summary = "Delete an attending",
            description =
                    "Their worked-together dates go with them. When feedback, a letter request or stories refer to them, "
                            + "the delete is refused with 409 (urn:lorkit:problem:referenced, listing them in `references`) unless "
                            + "cascade=true: then their feedback and letter request (with its history and program assignments) are deleted "
                            + "and they are removed from the witnesses of stories (the stories stay). A letter assigned to a locked "
                            + "program blocks the delete even with cascade.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(
            responseCode = "409",
            description = "Still referred to by feedback, a letter request or stories (and cascade was "
                    + "not asked for), or their letter is assigned to a locked program.",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "referenced", value = """
                            {"type": "urn:lorkit:problem:referenced", "title": "Still referenced", "status": 409,
                             "detail": "This attending is still referred to by 2 feedback, 1 letters and 3 stories. Nothing was deleted. Delete with ?cascade=true to delete their feedback and letter request and remove them from the witnesses of those stories (the stories stay).",
                             "references": [{"resource": "feedback", "count": 2}, {"resource": "letters", "count": 1}, {"resource": "stories", "count": 3}]}""")))
    public Response delete(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Parameter(
                            description =
                                    "true: also delete their feedback and letter request, and remove them from story witnesses.",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("cascade")
                    String cascade) {
        attendings.delete(user.id(), id, ifMatch, Boolean.TRUE.equals(QueryParams.bool("cascade", cascade)));
        return Response.noContent().build();
    }
}
