package org.lorkit.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

/** What an applicant wants to be told, when and where: one row, made on the first save. */
@Entity
public class NotificationSettings extends PanacheEntityBase {

    @Id
    public UUID ownerId;

    @Enumerated(EnumType.STRING)
    public DigestFrequency digest = DigestFrequency.OFF;

    /** ISO day number, 1 = Monday. */
    public short digestWeekday = 1;

    public LocalTime digestAt = NotificationSettingsDto.DEFAULT_DIGEST_AT;

    public LocalTime quietFrom;

    public LocalTime quietUntil;

    public boolean urgentNotes = true;

    public boolean emailEnabled;

    public boolean pushEnabled;

    public Instant updatedAt;

    /** Starts at 1 when first saved: never-saved settings answer ETag "0". */
    @Version
    public long version;

    /** The defaults, for an applicant who never saved (not persisted). */
    static NotificationSettings defaults(UUID owner) {
        NotificationSettings s = new NotificationSettings();
        s.ownerId = owner;
        return s;
    }

    DayOfWeek weekday() {
        return DayOfWeek.of(digestWeekday);
    }

    QuietHours quietHours() {
        return new QuietHours(quietFrom, quietUntil);
    }
}
