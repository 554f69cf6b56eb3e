package org.lorkit.coaching;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckpointTick", description = "Optional body of a manual tick.")
public record TickInput(
        @Schema(
                description =
                        "The day it was done; defaults to today (your time zone), not in the future. For submit-eras "
                                + "it is the day you submitted; for interview-invitations the day they came in.",
                examples = "2026-09-25",
                nullable = true)
        LocalDate on) {}
