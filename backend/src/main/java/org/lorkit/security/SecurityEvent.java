package org.lorkit.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One line of an account's append-only security trail (a trigger refuses updates). */
@Entity
public class SecurityEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID userId;

    @Enumerated(EnumType.STRING)
    public SecurityEventKind kind;

    public Instant occurredAt;

    public String clientAddress;

    public String detail;
}
