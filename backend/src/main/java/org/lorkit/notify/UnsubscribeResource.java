package org.lorkit.notify;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RFC 8058 one-click unsubscribe: a mail app POSTs "List-Unsubscribe=One-Click" to the address in a digest's
 * List-Unsubscribe header, and the app's unsubscribe page (the body's link) POSTs the same token when its button
 * is tapped. No login, no cookie: the token in the address is the proof. A GET never changes
 * anything (link checkers open addresses), so there is none.
 */
@Path("/api/v1/notifications/unsubscribe")
@Tag(name = "Notifications")
@PermitAll
public class UnsubscribeResource {

    @Inject
    NotificationService notifications;

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.WILDCARD})
    @Operation(
            operationId = "unsubscribeFromEmails",
            summary = "Stop digest emails with one click (RFC 8058)",
            description = "The address of a digest's List-Unsubscribe header, and what the button of the app's page "
                    + "#/unsubscribe?token= (the link in the mail's body, same token) posts. Turns emails off for the "
                    + "account the mail went to (phone notifications stay as they are); the token keeps working, so a "
                    + "second POST answers 204 too. Unknown token: 400 naming it. Rate-limited per client address.")
    @APIResponse(responseCode = "204", description = "No more digest emails.")
    public Response unsubscribe(@QueryParam("token") String token) {
        notifications.unsubscribeEmails(token);
        return Response.noContent().build();
    }
}
