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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.auth.AuthDtos.LoginRequest;
import org.lorkit.auth.AuthDtos.RefreshRequest;
import org.lorkit.auth.AuthDtos.RegisterRequest;
import org.lorkit.auth.AuthDtos.TokenResponse;
import org.lorkit.auth.AuthDtos.UserDto;
import org.lorkit.common.Problem;
import org.lorkit.common.ProblemResponsesFilter;

@Path("/api/v1/auth")
@Tag(name = "Auth", description = "Accounts and sessions: register, log in, refresh, log out.")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class AuthResource {

    @Inject
    AuthService auth;

    @Inject
    org.lorkit.common.CurrentUser currentUser;

    @POST
    @Path("/register")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    @Operation(
            operationId = "register",
            summary = "Create an applicant account",
            description =
                    "Emails are unique regardless of case. Passwords need at least 8 characters and at most 72 bytes.")
    @APIResponse(
            responseCode = "201",
            description = "Account created; log in next.",
            content = @Content(schema = @Schema(implementation = UserDto.class)))
    public Response register(@Valid @NotNull RegisterRequest request) {
        UserDto user = auth.register(request);
        return Response.created(URI.create("/api/v1/me")).entity(user).build();
    }

    @POST
    @Path("/login")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    @Operation(
            operationId = "login",
            summary = "Log in with email and password",
            description =
                    "Answers a short-lived access token and a refresh token. A wrong email and a wrong password get the same answer.")
    @APIResponse(
            responseCode = "200",
            description = "Logged in.",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Wrong email or password.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "403",
            description =
                    "Right password, but an admin disabled this account (type urn:lorkit:problem:account-disabled).",
            content = @Content(mediaType = org.lorkit.common.Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public TokenResponse login(@Valid @NotNull LoginRequest request) {
        return auth.login(request);
    }

    @POST
    @Path("/refresh")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    @Operation(
            operationId = "refresh",
            summary = "Trade a refresh token for a new token pair",
            description =
                    "Each refresh token works once. Presenting one that was already used ends the whole session (it was probably copied).")
    @APIResponse(
            responseCode = "200",
            description = "New tokens.",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Unknown, expired, revoked or reused refresh token: log in again.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
        return auth.refresh(request.refreshToken());
    }

    @POST
    @Path("/logout-everywhere")
    @RolesAllowed(TokenService.APPLICANT)
    @org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement(name = "bearerAuth")
    @Operation(
            operationId = "logoutEverywhere",
            summary = "End every session of my account",
            description = "Revokes all refresh tokens; access tokens issued before now stop working at once. "
                    + "Links you shared (writer's pages, adviser's views) keep working unless endShareLinks=true, "
                    + "which revokes every one of them too.")
    @APIResponse(responseCode = "204", description = "All sessions ended.")
    public Response logoutEverywhere(
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                            description = "Also revoke every link you shared. Default false.",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .BOOLEAN))
                    @jakarta.ws.rs.QueryParam("endShareLinks")
                    String endShareLinks) {
        auth.logoutEverywhere(
                currentUser.id(),
                Boolean.TRUE.equals(org.lorkit.common.QueryParams.bool("endShareLinks", endShareLinks)));
        return Response.noContent().build();
    }

    @POST
    @Path("/logout")
    @Operation(
            operationId = "logout",
            summary = "End the session of this refresh token",
            description = "Always answers 204, also for an unknown token, so it cannot be used to probe tokens.")
    @APIResponse(responseCode = "204", description = "Session ended.")
    public Response logout(@Valid @NotNull RefreshRequest request) {
        auth.logout(request.refreshToken());
        return Response.noContent().build();
    }
}
