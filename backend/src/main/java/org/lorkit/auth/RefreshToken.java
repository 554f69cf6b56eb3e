package org.lorkit.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One opaque refresh token, stored only as its SHA-256; a family is one login session. */
@Entity
public class RefreshToken extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID userId;

    public UUID familyId;

    public String tokenHash;

    public Instant familyStartedAt;

    public Instant issuedAt;

    public Instant expiresAt;

    public Instant usedAt;

    public Instant revokedAt;

    static long revokeAllOf(UUID userId, Instant at) {
        return update("revokedAt = ?1 where userId = ?2 and revokedAt is null", at, userId);
    }

    static long revokeFamily(UUID familyId, Instant at) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", at, familyId);
    }
}
