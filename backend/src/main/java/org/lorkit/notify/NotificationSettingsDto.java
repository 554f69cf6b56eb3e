package org.lorkit.notify;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Versioned;

@Schema(
        name = "NotificationSettings",
        description =
                "What LORkit tells you, when and where. Never-saved settings answer the defaults with "
                        + "version 0 (nothing is sent). Digests and notes carry Today's steps only, never story or feedback text.")
public record NotificationSettingsDto(
        DigestFrequency digest,
        @Schema(examples = "MONDAY") DayOfWeek digestWeekday,
        @Schema(examples = "07:30") String digestAt,
        @Schema(nullable = true, examples = "22:00") String quietFrom,
        @Schema(nullable = true, examples = "07:00") String quietUntil,
        boolean urgentNotes,
        boolean emailEnabled,
        boolean pushEnabled,

        @Schema(
                readOnly = true,
                description = "The time zone the times are in: the target sheet's (PUT /api/v1/profile changes it).",
                examples = "America/Chicago")
        String timeZone,

        @Schema(readOnly = true, description = "How many browsers or phones are subscribed to pushes.", examples = "1")
        int phones,

        @Schema(
                readOnly = true,
                nullable = true,
                description = "When the next digest is due (UTC); null while digests are off. Sent only if something "
                        + "is due that day.",
                examples = "2026-12-02T13:30:00Z")
        Instant nextDigestAt,

        @Schema(readOnly = true, description = "Row version; the ETag is its quoted value (0 before the first save).")
        long version)
        implements Versioned {

    static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9]$";
    static final LocalTime DEFAULT_DIGEST_AT = LocalTime.of(7, 30);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    static NotificationSettingsDto of(NotificationSettings s, String zone, int phones, Instant nextDigestAt) {
        return new NotificationSettingsDto(
                s.digest,
                s.weekday(),
                text(s.digestAt),
                text(s.quietFrom),
                text(s.quietUntil),
                s.urgentNotes,
                s.emailEnabled,
                s.pushEnabled,
                zone,
                phones,
                nextDigestAt,
                s.version);
    }

    static String text(LocalTime t) {
        return t == null ? null : t.format(HH_MM);
    }

    static LocalTime time(String text, LocalTime fallback) {
        return text == null ? fallback : LocalTime.parse(text, HH_MM);
    }
}
