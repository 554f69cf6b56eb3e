package org.lorkit.coaching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RedFlagCheck", description = "Your honest self-check of one rotation; it replaces the previous one.")
public record RedFlagInput(
        @Schema(description = "One of your rotations (else 404 naming the field).") @NotNull UUID rotationId,

        @Schema(
                description = "The red flags you notice; an empty list means none.",
                examples = "[\"BARELY_KNOWS_MY_NAME\"]")
        @NotNull @Size(max = 4) List<@NotNull RedFlag> flags) {}
