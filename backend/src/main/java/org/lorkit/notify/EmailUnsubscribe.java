package org.lorkit.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The SHA-256 of one digest mail's unsubscribe token; the raw token exists only in that mail. */
@Entity
@Table(name = "email_unsubscribe")
public class EmailUnsubscribe extends PanacheEntityBase {

    @Id
    public String tokenHash;

    public UUID ownerId;

    public Instant createdAt;

    public Instant usedAt;
}
