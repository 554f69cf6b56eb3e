package org.lorkit.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One opaque refresh token, stored only as its SHA-256; a family is one login session. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "family_id")
    public UUID familyId;

    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "family_started_at")
    public Instant familyStartedAt;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    static long revokeAllOf(UUID userId, Instant at) {
        return update("revokedAt = ?1 where userId = ?2 and revokedAt is null", at, userId);
    }

    static long revokeFamily(UUID familyId, Instant at) {
        return update("revokedAt = ?1 where familyId = ?2 and revokedAt is null", at, familyId);
    }
}
