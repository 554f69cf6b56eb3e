package org.lorkit.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A single-use way in when the phone with the authenticator is lost; stored as an HMAC with the server key. */
@Entity
public class RecoveryCode extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID userId;

    public String codeHash;

    public Instant usedAt;

    /** How codeHash was made: HMAC-SHA256 with the server key (ServerSecrets), or plain SHA-256 before V23. */
    public String scheme;

    public static final String KEYED = "HMAC_SHA256";
    public static final String LEGACY_SHA256 = "SHA256";
}
