package org.lorkit.coaching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A script or email the applicant says went out (recorded by org.lorkit.messages); it feeds letter
 * histories and the reminder rules. Here, beside {@link MessageKind}, because the coaching rules read it.
 */
@Entity
public class SentMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID ownerId;

    @Enumerated(EnumType.STRING)
    public MessageKind kind;

    public UUID letterId;

    public UUID attendingId;

    public LocalDate sentOn;

    public Instant createdAt;
}
