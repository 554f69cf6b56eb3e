package org.lorkit.story;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.Etags;
import org.lorkit.common.PageParams;
import org.lorkit.common.QueryParams;
import org.lorkit.idempotency.Created;
import org.lorkit.idempotency.IdempotentCreates;

@Path("/api/v1/stories")
@Tag(name = "Stories", description = "Memorable cases and moments a letter writer can quote.")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class StoryResource {

    @Inject
    StoryService stories;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @Operation(
            operationId = "createStory",
            summary = "Log a story",
            description =
                    "Quick capture: a title or a first sentence in summary is enough. "
                            + "rotationId and witnessAttendingIds must be yours (else 404 naming the field). "
                            + "Send an Idempotency-Key so that a replay (offline outbox) answers the first response and creates nothing new.")
    @APIResponse(
            responseCode = "201",
            description = "Stored. Location names the new story.",
            content = @Content(schema = @Schema(implementation = StoryDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "rotationId or a witnessAttendingIds entry names nothing of yours (errors name the field).")
    @APIResponse(
            responseCode = "422",
            description = "A formFields entry is not a field of any writer's form, or is the writer's own judgement "
                    + "(errors name formFields[i]).")
    public Response create(
            @Valid @NotNull StoryInput input, @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        UUID owner = user.id();
        return idempotent.create(
                owner,
                idempotencyKey,
                "/api/v1/stories",
                input,
                () -> {
                    StoryDto story = stories.create(owner, input);
                    return Created.in("/api/v1/stories", story);
                },
                id -> stories.get(owner, id));
    }

    @GET
    @Operation(
            operationId = "listStories",
            summary = "My stories, newest first",
            description =
                    "Paginated. sort is one of createdAt, occurredOn, title, updatedAt with ,asc or ,desc (default createdAt,desc). "
                            + "Filter by rotation, by a witnessing attending, by a competency shown and by an occurredOn range (from/to, both included).")
    @APIResponse(
            responseCode = "200",
            description = "One page of stories.",
            content = @Content(schema = @Schema(implementation = StoryPage.class)))
    public StoryPage list(
            @BeanParam PageParams paging,
            @Parameter(description = "field,direction", example = "createdAt,desc") @QueryParam("sort") String sort,
            @Parameter(
                            description = "Only stories of this rotation.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("rotationId")
                    String rotationId,
            @Parameter(
                            description = "Only stories this attending witnessed.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("attendingId")
                    String attendingId,
            @Parameter(
                            description = "Only stories showing this competency.",
                            schema = @Schema(implementation = org.lorkit.profile.Competency.class))
                    @QueryParam("competency")
                    String competency,
            @Parameter(
                            description = "Occurred on or after this day.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Occurred on or before this day.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to) {
        return stories.list(
                user.id(),
                paging.request(sort, StoryService.SORTABLE, StoryService.DEFAULT_SORT),
                new StoryService.Filter(
                        QueryParams.uuid("rotationId", rotationId),
                        QueryParams.uuid("attendingId", attendingId),
                        QueryParams.enumValue("competency", competency, org.lorkit.profile.Competency.class),
                        QueryParams.date("from", from),
                        QueryParams.date("to", to)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStory", summary = "One story")
    @APIResponse(
            responseCode = "200",
            description = "The story; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = StoryDto.class)))
    public Response get(@PathParam("id") UUID id) {
        StoryDto story = stories.get(user.id(), id);
        return Etags.ok(story);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateStory",
            summary = "Replace the writable fields of a story",
            description = "Send If-Match with the ETag you read; a stale one answers 412 and changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Updated.",
            content = @Content(schema = @Schema(implementation = StoryDto.class)))
    @APIResponse(
            responseCode = "422",
            description = "A formFields entry is not a field of any writer's form, or is the writer's own judgement "
                    + "(errors name formFields[i]).")
    public Response update(
            @PathParam("id") UUID id, @Valid @NotNull StoryInput input, @HeaderParam("If-Match") String ifMatch) {
        StoryDto story = stories.update(user.id(), id, input, ifMatch);
        return Etags.ok(story);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteStory", summary = "Delete a story")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        stories.delete(user.id(), id, ifMatch);
        return Response.noContent().build();
    }
}
