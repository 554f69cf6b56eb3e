package org.lorkit.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of an account's append-only security trail (a trigger refuses updates). */
@Entity
@Table(name = "security_event")
public class SecurityEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Enumerated(EnumType.STRING)
    public SecurityEventKind kind;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "client_address")
    public String clientAddress;

    public String detail;
}
