package org.lorkit.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.auth.Role;
import org.lorkit.common.Versioned;

/** What an admin sees of accounts: identity, state and counts. Never an applicant's stories or notes. */
public final class AdminDtos {

    private AdminDtos() {}

    @Schema(
            name = "AdminUser",
            description = "One account as an admin sees it: who, state and counts only; never its content.")
    public record AdminUser(
            @Schema(readOnly = true) UUID id,

            @Schema(readOnly = true, examples = "ana.perez@example.org")
            String email,

            @Schema(readOnly = true, examples = "Ana Pérez") String displayName,
            @Schema(readOnly = true) Role role,
            @Schema(readOnly = true) Instant createdAt,

            @Schema(readOnly = true, description = "True while the account cannot log in.")
            boolean disabled,

            @Schema(readOnly = true, nullable = true, description = "When it was disabled; null when enabled.")
            Instant disabledAt,

            @Schema(
                    readOnly = true,
                    nullable = true,
                    description = "Last login or session refresh; null when never seen (or sessions were purged).")
            Instant lastActiveAt,

            @Schema(
                    readOnly = true,
                    description = "How many stories the account holds (a count, never their text).",
                    examples = "12")
            long storyCount,

            @Schema(readOnly = true, description = "Row version; the ETag of this account is its quoted value.")
            long version)
            implements Versioned {}

    @Schema(name = "AdminUserPage")
    public record AdminUserPage(List<AdminUser> items, int page, int size, long total) {}

    @Schema(name = "AdminStats", description = "Counts only, for this whole LORkit.")
    public record AdminStats(
            @Schema(readOnly = true, examples = "240") long accounts,
            @Schema(readOnly = true, examples = "2") long admins,
            @Schema(readOnly = true, examples = "3") long disabledAccounts,

            @Schema(
                    readOnly = true,
                    description = "Accounts that logged in or refreshed a session in the last 30 days.",
                    examples = "181")
            long activeLast30Days,

            @Schema(readOnly = true, examples = "3110") long stories,

            @Schema(readOnly = true, description = "Stories created in the last 30 days.", examples = "402")
            long storiesLast30Days,

            @Schema(readOnly = true) Instant at) {}
}
