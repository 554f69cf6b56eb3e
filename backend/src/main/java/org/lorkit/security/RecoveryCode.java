package org.lorkit.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use way in when the phone with the authenticator is lost; stored hashed. */
@Entity
@Table(name = "recovery_code")
public class RecoveryCode extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "used_at")
    public Instant usedAt;
}
