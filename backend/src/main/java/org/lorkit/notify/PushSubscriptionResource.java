package org.lorkit.notify;

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
import org.lorkit.common.CurrentUser;
import org.lorkit.common.Etags;
import org.lorkit.common.PageParams;
import org.lorkit.idempotency.Created;
import org.lorkit.idempotency.IdempotentCreates;

@Path("/api/v1/me/push-subscriptions")
@Tag(name = "Notifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class PushSubscriptionResource {

    static final String COLLECTION = "/api/v1/me/push-subscriptions";

    @Inject
    NotificationService notifications;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    CurrentUser user;

    @POST
    @Operation(
            operationId = "createPushSubscription",
            summary = "Subscribe this browser to phone notifications",
            description = "The body is the browser's PushSubscription as JSON, subscribed with the key of GET "
                    + "/api/v1/push/vapid-public-key. The endpoint must be https on a browser push service (400 "
                    + "otherwise). Posting an endpoint again refreshes its keys and makes it yours (one row per browser). "
                    + "Pushes go out once pushEnabled is on in PUT /api/v1/me/notifications.")
    @APIResponse(
            responseCode = "201",
            description = "Subscribed. Location names the subscription.",
            content = @Content(schema = @Schema(implementation = PushSubscriptionDto.class)))
    public Response create(
            @Valid @NotNull PushSubscriptionInput input, @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey) {
        UUID owner = user.id();
        return idempotent.create(
                owner,
                idempotencyKey,
                COLLECTION,
                input,
                () -> Created.in(COLLECTION, notifications.subscribe(owner, input)),
                id -> notifications.subscription(owner, id));
    }

    @GET
    @Operation(
            operationId = "listPushSubscriptions",
            summary = "The browsers that get my phone notifications",
            description = "Newest first; each by its push service's host only (never its endpoint or keys).")
    @APIResponse(
            responseCode = "200",
            description = "One page of subscribed browsers.",
            content = @Content(schema = @Schema(implementation = PushSubscriptionPage.class)))
    public PushSubscriptionPage list(@BeanParam PageParams paging) {
        return notifications.subscriptions(
                user.id(), paging.request(null, NotificationService.SORTABLE, "createdAt,desc"));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPushSubscription", summary = "One subscribed browser (never its endpoint or keys)")
    @APIResponse(
            responseCode = "200",
            description = "The subscription; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = PushSubscriptionDto.class)))
    public Response get(@PathParam("id") UUID id) {
        return Etags.ok(notifications.subscription(user.id(), id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            operationId = "deletePushSubscription",
            summary = "Stop phone notifications to this browser",
            description = "The browser gets nothing more from LORkit.")
    @APIResponse(responseCode = "204", description = "Unsubscribed.")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        notifications.unsubscribe(user.id(), id, ifMatch);
        return Response.noContent().build();
    }
}
