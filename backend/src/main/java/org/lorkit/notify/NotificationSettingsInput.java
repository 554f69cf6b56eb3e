package org.lorkit.notify;

import jakarta.validation.constraints.Pattern;
import java.time.DayOfWeek;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The writable notification settings. PUT replaces them all: absent fields take their default. */
@Schema(
        name = "NotificationSettingsInput",
        description = "Absent fields take their default: digest OFF, digestWeekday MONDAY, digestAt 07:30, no quiet "
                + "hours, urgentNotes true, emailEnabled and pushEnabled false. Times are local to the target sheet's "
                + "time zone.")
public record NotificationSettingsInput(
        @Schema(nullable = true, examples = "DAILY") DigestFrequency digest,

        @Schema(nullable = true, description = "The day of a WEEKLY digest.", examples = "MONDAY")
        DayOfWeek digestWeekday,

        @Schema(nullable = true, description = "Local time of day of the digest, HH:mm (24 h).", examples = "07:30")
        @Pattern(regexp = NotificationSettingsDto.TIME, message = "must be a time of day as HH:mm, such as 07:30") String digestAt,

        @Schema(
                nullable = true,
                description = "Start of the quiet hours, HH:mm; set with quietUntil or neither.",
                examples = "22:00")
        @Pattern(regexp = NotificationSettingsDto.TIME, message = "must be a time of day as HH:mm, such as 22:00") String quietFrom,

        @Schema(
                nullable = true,
                description = "End of the quiet hours, HH:mm (may be the next morning).",
                examples = "07:00")
        @Pattern(regexp = NotificationSettingsDto.TIME, message = "must be a time of day as HH:mm, such as 07:00") String quietUntil,

        @Schema(
                nullable = true,
                description = "A note as soon as something turns urgent (a writer still silent a week before "
                        + "submission).",
                examples = "true")
        Boolean urgentNotes,

        @Schema(nullable = true, description = "Send the digest and urgent notes by email.", examples = "false")
        Boolean emailEnabled,

        @Schema(
                nullable = true,
                description = "Send them to the phones subscribed (POST /api/v1/me/push-subscriptions).",
                examples = "true")
        Boolean pushEnabled) {}
