package org.lorkit.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A single-use way in when the phone with the authenticator is lost; stored hashed. */
@Entity
public class RecoveryCode extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID userId;

    public String codeHash;

    public Instant usedAt;
}
