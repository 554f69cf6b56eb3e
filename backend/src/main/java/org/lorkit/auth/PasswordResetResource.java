package org.lorkit.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.auth.AuthDtos.MailLinkSent;
import org.lorkit.auth.AuthDtos.PasswordResetCompletion;
import org.lorkit.auth.AuthDtos.PasswordResetDone;
import org.lorkit.auth.AuthDtos.PasswordResetRequest;
import org.lorkit.common.Problem;
import org.lorkit.common.ProblemResponsesFilter;

@Path("/api/v1/auth/password-reset")
@Tag(name = "Auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PasswordResetResource {

    @Inject
    AccountRecovery recovery;

    @POST
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    @Operation(
            operationId = "requestPasswordReset",
            summary = "Mail me a link to choose a new password",
            description = "Always 202 with the same message, whether or not an account uses the address (no mail "
                    + "goes to an unknown or disabled one). The link works once, for 60 minutes; a newer link or a "
                    + "password change voids it. Limited per address and per client address.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; if an account uses the address, a link is on its way.",
            content = @Content(schema = @Schema(implementation = MailLinkSent.class)))
    public Response request(@Valid @NotNull PasswordResetRequest request) {
        return Response.accepted(recovery.requestPasswordReset(request.email())).build();
    }

    @POST
    @Path("/complete")
    @Operation(
            operationId = "completePasswordReset",
            summary = "Choose a new password with the mailed link",
            description = "The new password follows the rules of registration. Every session of the account ends "
                    + "(refresh tokens revoked, access tokens refused), the old password stops working and a notice "
                    + "goes to the address. Log in next with the answered email and the new password.")
    @APIResponse(
            responseCode = "200",
            description = "Password changed; every session ended.",
            content = @Content(schema = @Schema(implementation = PasswordResetDone.class)))
    @APIResponse(
            responseCode = "400",
            description = "The link no longer works (used, expired or replaced: errors names `token`), or the new "
                    + "password is not acceptable (errors names `newPassword`; the link still works).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PasswordResetDone complete(@Valid @NotNull PasswordResetCompletion request) {
        return recovery.completePasswordReset(request);
    }
}
