package org.lorkit.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lorkit.auth.AuthDtos.TokenResponse;
import org.lorkit.common.CurrentUser;
import org.lorkit.common.PageParams;
import org.lorkit.common.PageRequest;
import org.lorkit.common.ProblemResponsesFilter;
import org.lorkit.security.SecurityEvent;
import org.lorkit.security.SecurityEventDto;

/** The signed-in applicant's own security settings: password, second factor, audit trail. */
@Path("/api/v1/me")
@Tag(name = "Auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("applicant")
@SecurityRequirement(name = "bearerAuth")
public class AccountSecurityResource {

    @Inject
    CurrentUser user;

    @Inject
    AuthService auth;

    @Inject
    SecondFactor secondFactor;

    @Inject
    Passwords passwords;

    @Schema(name = "PasswordChange")
    public record PasswordChange(
            @Schema(description = "The password used today.") @NotBlank @Size(max = 256) String currentPassword,

            @Schema(
                    description =
                            "At least 8 characters (15 or more is better), at most 72 bytes, not a common password.")
            @NotBlank @Size(max = 256) String newPassword) {}

    @Schema(
            name = "TotpEnrolment",
            requiredProperties = {"secret", "otpauthUri"})
    public record TotpEnrolment(
            @Schema(
                    description = "Base32 secret for manual entry in the authenticator app.",
                    examples = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
            String secret,

            @Schema(
                    description = "Render as a QR code for the authenticator app.",
                    examples =
                            "otpauth://totp/LORkit:ana.perez%40example.org?secret=JBSW...&issuer=LORkit&algorithm=SHA1&digits=6&period=30")
            String otpauthUri) {}

    @Schema(name = "TotpCode")
    public record TotpCode(
            @Schema(examples = "492039") @NotBlank @Size(max = 10) String code) {}

    @Schema(
            name = "RecoveryCodes",
            requiredProperties = {"recoveryCodes"})
    public record RecoveryCodes(
            @Schema(description = "Shown once. Each works once instead of an authenticator code.")
            List<String> recoveryCodes) {}

    @Schema(name = "PasswordConfirmation")
    public record PasswordConfirmation(
            @NotBlank @Size(max = 256) String password) {}

    @POST
    @Path("/password")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    @Operation(
            operationId = "changePassword",
            summary = "Change my password",
            description =
                    "Needs the current password. Ends every session (also on other devices) and answers a fresh token pair for this one.")
    @APIResponse(
            responseCode = "200",
            description = "Changed; use the new tokens.",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    public TokenResponse changePassword(@Valid @NotNull PasswordChange change) {
        return auth.changePassword(user.id(), change.currentPassword(), change.newPassword());
    }

    @POST
    @Path("/totp")
    @Operation(
            operationId = "startTotpEnrolment",
            summary = "Start turning on the authenticator-app second factor",
            description =
                    "Needs the password again, so that a session alone cannot add its own phone. Answers a secret and an "
                            + "otpauth URI for any authenticator app. It is not on until confirmed with a code.")
    @APIResponse(
            responseCode = "200",
            description = "Enrolment started.",
            content = @Content(schema = @Schema(implementation = TotpEnrolment.class)))
    @APIResponse(responseCode = "400", description = "The password is missing or is not your current password.")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    public TotpEnrolment enrol(@Valid @NotNull PasswordConfirmation confirmation) {
        SecondFactor.Enrolment enrolment = secondFactor.enrol(user.id(), confirmation.password(), passwords);
        return new TotpEnrolment(enrolment.secret(), enrolment.otpauthUri());
    }

    @POST
    @Path("/totp/confirm")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    @Operation(
            operationId = "confirmTotp",
            summary = "Confirm the second factor with a first code",
            description = "Turns the second factor on and answers 10 single-use recovery codes, shown only this once.")
    @APIResponse(
            responseCode = "200",
            description = "Second factor on.",
            content = @Content(schema = @Schema(implementation = RecoveryCodes.class)))
    public RecoveryCodes confirm(@Valid @NotNull TotpCode code) {
        return new RecoveryCodes(secondFactor.confirm(user.id(), code.code().trim()));
    }

    @POST
    @Path("/totp/disable")
    @APIResponse(responseCode = "429", description = ProblemResponsesFilter.RATE_LIMITED)
    @Operation(
            operationId = "disableTotp",
            summary = "Turn the second factor off",
            description = "Needs the password again.")
    @APIResponse(responseCode = "204", description = "Second factor off.")
    public Response disable(@Valid @NotNull PasswordConfirmation confirmation) {
        secondFactor.disable(user.id(), confirmation.password(), passwords);
        return Response.noContent().build();
    }

    @GET
    @Path("/security-events")
    @Transactional
    @Operation(
            operationId = "listMySecurityEvents",
            summary = "My account's security events, newest first",
            description = "Logins, failed attempts, lockouts, token reuse, password and second-factor changes.")
    @APIResponse(
            responseCode = "200",
            description = "One page of events.",
            content = @Content(schema = @Schema(implementation = SecurityEventDto.Page.class)))
    public SecurityEventDto.Page events(@BeanParam PageParams paging) {
        PageRequest request = paging.request(null, Map.of("occurredAt", "occurredAt"), "occurredAt,desc");
        var query = SecurityEvent.<SecurityEvent>find("userId", request.sort(), user.id())
                .page(request.page(), request.size());
        return new SecurityEventDto.Page(
                query.list().stream().map(SecurityEventDto::of).toList(),
                request.page(),
                request.size(),
                query.count());
    }
}
