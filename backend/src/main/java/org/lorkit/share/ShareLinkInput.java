package org.lorkit.share;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ShareLinkInput",
        description = "A new link to share: a writer's page for one letter, or an adviser's view.")
public record ShareLinkInput(
        @NotNull ShareLinkKind kind,

        @Schema(nullable = true, description = "WRITER: the letter request (yours); ADVISER: null.")
        UUID letterId,

        @Schema(
                nullable = true,
                maxLength = 80,
                examples = "Dr Adeyemi, my school adviser",
                description = "ADVISER: who it is for (required); WRITER: optional.")
        @Size(max = 80) String label,

        @Schema(
                nullable = true,
                examples = "2027-08-15",
                description = "ADVISER: the last day it opens; default today + 30 days, at most today + 180. WRITER: "
                        + "ignored (a writer link lasts until the letter is received).")
        LocalDate expiresOn,

        @Schema(
                nullable = true,
                description = "ADVISER only: show your stories' text (PHI-reviewed ones). Default false.")
        Boolean showStories,

        @Schema(nullable = true, description = "ADVISER only: show your feedback's text. Default false.")
        Boolean showFeedback) {}
