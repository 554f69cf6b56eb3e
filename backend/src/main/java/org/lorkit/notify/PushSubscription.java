package org.lorkit.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One browser that receives this applicant's notifications (RFC 8030 endpoint + RFC 8291 keys). */
@Entity
public class PushSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID ownerId;

    /** A capability URL of the push service: anyone holding it can push to the browser, so it is never shown. */
    public String endpoint;

    /** The browser's P-256 public key, base64url (65 bytes uncompressed). */
    public String p256dh;

    /** The browser's 16-byte authentication secret, base64url. */
    public String auth;

    public Instant createdAt;

    public Instant updatedAt;

    public Instant lastSentAt;

    @Version
    public long version;
}
