package org.lorkit.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.lorkit.attending.Enthusiasm;

/** Feedback received from an attending, with the applicant's plan and follow-up. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(name = "attending_id")
    public UUID attendingId;

    @Column(name = "rotation_id")
    public UUID rotationId;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    public FeedbackKind kind;

    @Column(name = "went_well")
    public String wentWell;

    @Column(name = "to_improve")
    public String toImprove;

    @Column(name = "my_plan")
    public String myPlan;

    @Column(name = "what_i_changed")
    public String whatIChanged;

    @Column(name = "checked_back_on")
    public LocalDate checkedBackOn;

    @Enumerated(EnumType.STRING)
    public Enthusiasm enthusiasm;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
