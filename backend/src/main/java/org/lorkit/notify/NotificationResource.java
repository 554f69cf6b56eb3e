package org.lorkit.notify;

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

@Path("/api/v1/me/notifications")
@Tag(name = "Notifications")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser user;

    @GET
    @Operation(
            operationId = "getNotificationSettings",
            summary = "My digest and notification settings",
            description = "Never 404: never-saved settings answer the defaults (nothing is sent) with ETag \"0\".")
    @APIResponse(
            responseCode = "200",
            description = "The settings; ETag carries their version.",
            content = @Content(schema = @Schema(implementation = NotificationSettingsDto.class)))
    public Response get() {
        return Etags.ok(notifications.get(user.id()));
    }

    @PUT
    @Operation(
            operationId = "putNotificationSettings",
            summary = "Replace my digest and notification settings",
            description = "Replaces every writable field (absent ones take their default). Send If-Match with the ETag "
                    + "you read (\"0\" before the first save); a stale one answers 412 and changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Saved.",
            content = @Content(schema = @Schema(implementation = NotificationSettingsDto.class)))
    public Response put(@Valid @NotNull NotificationSettingsInput input, @HeaderParam("If-Match") String ifMatch) {
        return Etags.ok(notifications.put(user.id(), input, ifMatch));
    }
}
