package org.lorkit.phi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.ProblemResponsesFilter;
import org.lorkit.platform.LorkitConfig;
import org.lorkit.security.RateLimiter;
import org.lorkit.story.StoryLimits;

@Path("/api/v1/phi/check")
@Tag(name = "Stories")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class PhiResource {

    @Inject
    PhiGuard guard;

    @Inject
    CurrentUser user;

    @Inject
    RateLimiter limiter;

    @Inject
    LorkitConfig config;

    @Schema(name = "PhiCheckRequest")
    public record PhiCheckRequest(
            @Schema(
                    examples = "Mr Jonas Whitfield, MRN 00482913, came in with chest pain.",
                    maxLength = StoryLimits.CHECKED_TEXT)
            @NotNull @Size(max = StoryLimits.CHECKED_TEXT) String text) {}

    @Schema(
            name = "PhiCheckResult",
            requiredProperties = {"warnings"})
    public record PhiCheckResult(List<PhiWarning> warnings) {}

    @POST
    @Operation(
            operationId = "checkPhi",
            summary = "Check text for patient identifiers without saving it",
            description = "For the phone to call while the applicant types. Nothing is stored or logged. "
                    + "Warnings name the field \"text\". The applicant's own attendings' names are not flagged.")
    @APIResponse(
            responseCode = "200",
            description = "The likely identifiers found (possibly none).",
            content = @Content(schema = @Schema(implementation = PhiCheckResult.class)))
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    public PhiCheckResult check(@Valid @NotNull PhiCheckRequest request) {
        limiter.acquire("phi-check:account:" + user.id(), config.limits().phiChecksPerAccount(), Duration.ofMinutes(1));
        return new PhiCheckResult(guard.check(user.id(), "text", request.text()));
    }
}
