package org.lorkit.coaching;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HabitCheckIn", description = "A habit done on a day. One per habit and day: a repeat changes nothing.")
public record CheckInInput(
        @Schema(examples = "GOOD_QUESTION") @NotNull Habit habit,

        @Schema(
                description = "Defaults to today (your time zone); not in the future.",
                examples = "2026-07-14",
                nullable = true)
        LocalDate on,

        @Schema(
                description = "The rotation it belongs to (for the teaching presentation): one of yours, else 404.",
                nullable = true)
        UUID rotationId) {}
