package org.lorkit.feedback;

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

@Path("/api/v1/feedback")
@Tag(name = "Feedback")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class FeedbackResource {

    @Inject
    FeedbackService feedback;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @Operation(
            operationId = "createFeedback",
            summary = "Log feedback from an attending",
            description =
                    "Quick capture: attendingId is enough. SUMMATIVE feedback needs enthusiasm; the other kinds refuse it "
                            + "(400 naming enthusiasm). Send an Idempotency-Key so that a replay answers the first response and creates nothing new.")
    @APIResponse(
            responseCode = "201",
            description = "Stored. Location names the new feedback.",
            content = @Content(schema = @Schema(implementation = FeedbackDto.class)))
    @APIResponse(
            responseCode = "404",
            description = "attendingId or rotationId names nothing of yours (errors name the field).")
    @APIResponse(
            responseCode = "422",
            description = "A formFields entry is not a field of any writer's form, or is the writer's own judgement "
                    + "(errors name formFields[i]).")
    public Response create(
            @Valid @NotNull FeedbackInput input, @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        UUID owner = user.id();
        return idempotent.create(
                owner,
                idempotencyKey,
                "/api/v1/feedback",
                input,
                () -> {
                    FeedbackDto created = feedback.create(owner, input);
                    return Created.in("/api/v1/feedback", created);
                },
                id -> feedback.get(owner, id));
    }

    @GET
    @Operation(
            operationId = "listFeedback",
            summary = "My feedback, latest first",
            description =
                    "Paginated. sort is one of receivedOn, createdAt, updatedAt with ,asc or ,desc (default receivedOn,desc). "
                            + "Filter by attending, rotation, kind and a receivedOn range (from/to, both included).")
    @APIResponse(
            responseCode = "200",
            description = "One page of feedback.",
            content = @Content(schema = @Schema(implementation = FeedbackPage.class)))
    public FeedbackPage list(
            @BeanParam PageParams paging,
            @Parameter(description = "field,direction", example = "receivedOn,desc") @QueryParam("sort") String sort,
            @Parameter(
                            description = "Only feedback from this attending.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("attendingId")
                    String attendingId,
            @Parameter(
                            description = "Only feedback of this rotation.",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))
                    @QueryParam("rotationId")
                    String rotationId,
            @Parameter(
                            description = "Only feedback of this kind.",
                            schema = @Schema(implementation = FeedbackKind.class))
                    @QueryParam("kind")
                    String kind,
            @Parameter(
                            description = "Received on or after this day.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description = "Received on or before this day.",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    @QueryParam("to")
                    String to) {
        return feedback.list(
                user.id(),
                paging.request(sort, FeedbackService.SORTABLE, FeedbackService.DEFAULT_SORT),
                new FeedbackService.Filter(
                        QueryParams.uuid("attendingId", attendingId),
                        QueryParams.uuid("rotationId", rotationId),
                        QueryParams.enumValue("kind", kind, FeedbackKind.class),
                        QueryParams.date("from", from),
                        QueryParams.date("to", to)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFeedback", summary = "One feedback entry")
    @APIResponse(
            responseCode = "200",
            description = "The feedback; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = FeedbackDto.class)))
    public Response get(@PathParam("id") UUID id) {
        FeedbackDto found = feedback.get(user.id(), id);
        return Etags.ok(found);
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "updateFeedback",
            summary = "Replace the writable fields of a feedback entry",
            description = "Send If-Match with the ETag you read; a stale one answers 412 and changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Updated.",
            content = @Content(schema = @Schema(implementation = FeedbackDto.class)))
    @APIResponse(
            responseCode = "422",
            description = "A formFields entry is not a field of any writer's form, or is the writer's own judgement "
                    + "(errors name formFields[i]).")
    public Response update(
            @PathParam("id") UUID id, @Valid @NotNull FeedbackInput input, @HeaderParam("If-Match") String ifMatch) {
        FeedbackDto updated = feedback.update(user.id(), id, input, ifMatch);
        return Etags.ok(updated);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteFeedback", summary = "Delete a feedback entry")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        feedback.delete(user.id(), id, ifMatch);
        return Response.noContent().build();
    }
}
