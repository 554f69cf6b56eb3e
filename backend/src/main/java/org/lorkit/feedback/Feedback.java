package org.lorkit.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.lorkit.attending.Enthusiasm;

/** Feedback received from an attending, with the applicant's plan and follow-up. */
@Entity
public class Feedback extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID ownerId;

    public UUID attendingId;

    public UUID rotationId;

    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    public FeedbackKind kind;

    public String wentWell;

    public String toImprove;

    public String myPlan;

    @Column(name = "what_i_changed")
    public String whatIChanged;

    public LocalDate checkedBackOn;

    @Enumerated(EnumType.STRING)
    public Enthusiasm enthusiasm;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
