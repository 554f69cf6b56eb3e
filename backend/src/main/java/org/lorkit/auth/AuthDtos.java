package org.lorkit.auth;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer bodies of the Auth tag. */
public final class AuthDtos {

    private AuthDtos() {}

    @Schema(name = "RegisterRequest")
    public record RegisterRequest(
            @Schema(examples = "ana.perez@example.org", maxLength = 254) @NotBlank @Email @Size(max = 254) String email,

            @Schema(
                    description = "At least 8 characters; 15 or more is better. At most 72 bytes in UTF-8.",
                    examples = "rounds-at-seven-every-day",
                    minLength = 8)
            @NotNull @Size(min = 8, max = 256, message = "must be at least 8 characters") String password,

            @Schema(
                    description = "How LORkit greets you and signs your messages.",
                    examples = "Ana Pérez",
                    maxLength = 100)
            @NotBlank @Size(max = 100) String displayName) {}

    @Schema(name = "LoginRequest")
    public record LoginRequest(
            @Schema(examples = "ana.perez@example.org") @NotBlank @Size(max = 254) String email,

            @Schema(examples = "rounds-at-seven-every-day") @NotBlank @Size(max = 256) String password,

            @Schema(
                    description = "The 6-digit code of the authenticator app, for accounts with a second factor.",
                    examples = "492039",
                    nullable = true)
            @Size(max = 10) String totpCode,

            @Schema(description = "Instead of totpCode: one unused recovery code.", nullable = true) @Size(max = 40) String recoveryCode) {}

    @Schema(name = "RefreshRequest")
    public record RefreshRequest(
            @Schema(
                    description = "The refresh token of the last login or refresh; each one works once.",
                    examples = "m8V3k4h1...")
            @NotBlank @Size(max = 200) String refreshToken) {}

    @Schema(
            name = "TokenResponse",
            requiredProperties = {"accessToken", "refreshToken", "expiresIn", "tokenType"})
    public record TokenResponse(
            @Schema(description = "RS256 JWT to send as Authorization: Bearer.")
            String accessToken,

            @Schema(description = "Opaque token to get the next access token; rotated on every use.")
            String refreshToken,

            @Schema(description = "Seconds until the access token expires.", examples = "900")
            long expiresIn,

            @Schema(examples = "Bearer") String tokenType) {}

    @Schema(
            name = "User",
            requiredProperties = {"id", "email", "displayName", "createdAt"})
    public record UserDto(
            @Schema(readOnly = true) UUID id,
            @Schema(examples = "ana.perez@example.org") String email,
            @Schema(examples = "Ana Pérez") String displayName,
            @Schema(readOnly = true) Instant createdAt,

            @Schema(
                    readOnly = true,
                    nullable = true,
                    description =
                            "When the applicant opened the confirmation link mailed to this address; null while it is not confirmed.")
            Instant emailVerifiedAt) {

        static UserDto of(AppUser user) {
            return new UserDto(user.id, user.email, user.displayName, user.createdAt, user.emailVerifiedAt);
        }
    }

    @Schema(name = "PasswordResetRequest")
    public record PasswordResetRequest(
            @Schema(examples = "ana.perez@example.org", maxLength = 254) @NotBlank @Size(max = 254) String email) {}

    @Schema(
            name = "MailLinkSent",
            requiredProperties = {"message"})
    public record MailLinkSent(
            @Schema(
                    description = "What to tell the person; the same whether or not an account uses the address.",
                    examples =
                            "If an account uses this address, we sent it a link to choose a new password. It works once, for 60 minutes.")
            String message) {}

    @Schema(name = "PasswordResetCompletion")
    public record PasswordResetCompletion(
            @Schema(description = "The token from the link in the mail.", examples = "q3VxT0p9...")
            @NotBlank @Size(max = 200) String token,

            @Schema(
                    description = "The new password: the same rules as at registration.",
                    examples = "night-float-coffee-again",
                    minLength = 8)
            @NotNull @Size(min = 8, max = 256, message = "must be at least 8 characters") String newPassword) {}

    @Schema(
            name = "PasswordResetDone",
            requiredProperties = {"email"})
    public record PasswordResetDone(
            @Schema(
                    description = "The account's address, so that the app can log in with the new password.",
                    examples = "ana.perez@example.org")
            String email) {}

    @Schema(name = "EmailVerificationCompletion")
    public record EmailVerificationCompletion(
            @Schema(description = "The token from the link in the mail.", examples = "q3VxT0p9...")
            @NotBlank @Size(max = 200) String token) {}
}
