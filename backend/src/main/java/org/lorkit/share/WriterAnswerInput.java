package org.lorkit.share;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.letter.WriterAnswer;

@Schema(name = "WriterAnswerInput", description = "The writer's answer on their page.")
public record WriterAnswerInput(
        @NotNull WriterAnswer answer,

        @Schema(nullable = true, maxLength = 500, examples = "will do it this weekend") @Size(max = 500) String note) {}
