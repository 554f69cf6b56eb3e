package org.lorkit.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.auth.AuthDtos.UserDto;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.Problem;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ProblemResponsesFilter;
import org.lorkit.common.ProblemType;
import org.lorkit.datarights.DataRightsService;
import org.lorkit.platform.LorkitConfig;
import org.lorkit.security.RateLimiter;

@Path("/api/v1/me")
@Tag(name = "Auth")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(TokenService.APPLICANT)
@SecurityRequirement(name = "bearerAuth")
public class MeResource {

    @Inject
    AuthService auth;

    @Inject
    CurrentUser currentUser;

    @Inject
    Passwords passwords;

    @Inject
    DataRightsService rights;

    @Inject
    RateLimiter limiter;

    @Inject
    LorkitConfig config;

    @Schema(name = "DeleteAccountRequest", description = "Your password, to confirm that you mean it.")
    public record DeleteAccountRequest(
            @Schema(examples = "rounds-at-seven-every-day") @NotBlank @Size(max = 256) String password) {}

    @GET
    @Operation(operationId = "getMe", summary = "The signed-in account")
    public UserDto me() {
        return auth.me(currentUser.id());
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            extensions = @Extension(name = "x-lorkit-scope", value = "account"),
            operationId = "deleteMe",
            summary = "Delete my account and everything in it",
            description =
                    "Removes the account, its sessions and every record and coaching entry of it, at once and for good. "
                            + "Needs the account's password in the body (a stolen access token alone cannot erase an account); a wrong "
                            + "one answers 403 and deletes nothing. Export first (GET /api/v1/export) to keep a copy.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "403", description = "The password does not match; nothing was deleted.")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    public Response delete(@Valid @NotNull DeleteAccountRequest request) {
        UUID id = currentUser.id();
        // Each try costs a bcrypt comparison: a stolen token must not turn it into free work.
        limiter.acquire(
                "delete-account:account:" + id, config.limits().accountDeletionsPerAccount(), Duration.ofHours(1));
        AppUser user = AppUser.findById(id);
        if (user == null) {
            throw ProblemException.unauthorized("This account no longer exists.");
        }
        if (!passwords.matches(request.password(), user.passwordHash)) {
            throw new ProblemException(
                    ProblemType.FORBIDDEN,
                    "password: does not match this account's password; nothing was deleted.",
                    List.of(new Problem.FieldError("password", "does not match this account's password")));
        }
        rights.deleteAccount(id);
        return Response.noContent().build();
    }
}
