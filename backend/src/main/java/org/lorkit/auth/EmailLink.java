package org.lorkit.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A single-use link sent by mail, stored only as the SHA-256 of its token. */
@Entity
public class EmailLink extends PanacheEntityBase {

    public enum Purpose {
        /** Confirms that the account's address reaches its owner. */
        VERIFY_EMAIL(Duration.ofHours(24)),
        /** Lets the owner choose a new password without the old one. */
        RESET_PASSWORD(Duration.ofMinutes(60));

        /** How long a link works after it was sent. */
        public final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    @Id
    public UUID id;

    public UUID userId;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    public String tokenHash;

    /** The address the link went to (lower-cased). */
    public String emailKey;

    public Instant createdAt;

    public Instant expiresAt;

    public Instant usedAt;

    public Instant voidedAt;

    boolean worksAt(Instant now) {
        return usedAt == null && voidedAt == null && expiresAt.isAfter(now);
    }

    /** Makes every still-open link of this purpose worthless (a newer link, a password change). */
    static long voidOpen(UUID userId, Purpose purpose, Instant at) {
        return update(
                "voidedAt = ?1 where userId = ?2 and purpose = ?3 and usedAt is null and voidedAt is null",
                at,
                userId,
                purpose);
    }
}
