package org.lorkit.notify;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/push/vapid-public-key")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class VapidKeyResource {

    @Schema(name = "VapidPublicKey", description = "The key browsers subscribe with (RFC 8292).")
    public record VapidPublicKey(
            @Schema(
                    description = "The applicationServerKey for pushManager.subscribe(): an uncompressed P-256 point, "
                            + "base64url.",
                    examples =
                            "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8")
            String publicKey) {}

    @Inject
    PushSender sender;

    @GET
    @Operation(operationId = "getVapidPublicKey", summary = "The server key to subscribe a browser with")
    public VapidPublicKey get() {
        return new VapidPublicKey(sender.publicKey());
    }
}
