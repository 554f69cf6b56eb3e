package org.lorkit.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.auth.AuthDtos.EmailVerificationCompletion;
import org.lorkit.auth.AuthDtos.MailLinkSent;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.Problem;
import org.lorkit.common.ProblemResponsesFilter;

@Path("/api/v1/auth/email-verification")
@Tag(name = "Auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EmailVerificationResource {

    @Inject
    AccountRecovery recovery;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(TokenService.APPLICANT)
    @SecurityRequirement(name = "bearerAuth")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    @Operation(
            operationId = "requestEmailVerification",
            summary = "Mail me a new link to confirm my address",
            description = "Registration already sends one. The link works once, for 24 hours; sending a new one "
                    + "voids the earlier links. Limited per account and per client address.")
    @APIResponse(
            responseCode = "202",
            description = "The link is on its way.",
            content = @Content(schema = @Schema(implementation = MailLinkSent.class)))
    @APIResponse(
            responseCode = "409",
            description = "The address is already confirmed.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response request() {
        return Response.accepted(recovery.requestVerification(currentUser.id())).build();
    }

    @POST
    @Path("/complete")
    @PermitAll
    @Operation(
            operationId = "completeEmailVerification",
            summary = "Confirm my address with the mailed link",
            description = "Needs no login: the link may be opened on another device. The account's emailVerifiedAt "
                    + "is set (GET /api/v1/me).")
    @APIResponse(responseCode = "204", description = "Address confirmed.")
    @APIResponse(
            responseCode = "400",
            description = "The link no longer works (used, expired, replaced, or the account's address changed).",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response complete(@Valid @NotNull EmailVerificationCompletion request) {
        recovery.completeVerification(request.token());
        return Response.noContent().build();
    }
}
