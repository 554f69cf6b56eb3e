package org.lorkit.share;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Stored;

@Schema(
        name = "ShareLink",
        description = "A link you shared. Only its SHA-256 is stored: the address itself (url) is in the answer to "
                + "POST /api/v1/share-links and never again.")
public record ShareLinkDto(
        @Schema(readOnly = true) UUID id,
        ShareLinkKind kind,

        @Schema(nullable = true, description = "WRITER: the letter request; ADVISER: null.")
        UUID letterId,

        @Schema(
                readOnly = true,
                nullable = true,
                examples = "Dr Sarah Mitchell",
                description = "WRITER: the attending's name; ADVISER: null.")
        String writerName,

        @Schema(nullable = true, examples = "Dr Adeyemi, my school adviser")
        String label,

        boolean showStories,
        boolean showFeedback,

        @Schema(readOnly = true) Instant createdAt,

        @Schema(
                nullable = true,
                examples = "2027-08-15",
                description = "The last day it opens; WRITER: null (until the letter is received).")
        LocalDate expiresOn,

        @Schema(readOnly = true) ShareLinkState state,

        @Schema(readOnly = true, nullable = true) Instant revokedAt,

        @Schema(readOnly = true, description = "How many times it was opened.")
        int viewCount,

        @Schema(readOnly = true, nullable = true, description = "When it was last opened.")
        Instant lastViewedAt,

        @Schema(
                readOnly = true,
                nullable = true,
                examples = "https://lorkit.example.org/#/s/q3Jx9vT0mXc2o1bYpLr8W4eZsA7nDkUfHgIjKlMnOpQ",
                description = "The address to send: only in the answer to POST /api/v1/share-links, null ever after.")
        String url,

        @Schema(readOnly = true, description = "Row version; the ETag of this link is its quoted value.")
        long version)
        implements Stored {

    /** The same link with its address: only the answer to its creation carries one. */
    ShareLinkDto withUrl(String address) {
        return new ShareLinkDto(
                id,
                kind,
                letterId,
                writerName,
                label,
                showStories,
                showFeedback,
                createdAt,
                expiresOn,
                state,
                revokedAt,
                viewCount,
                lastViewedAt,
                address,
                version);
    }
}
