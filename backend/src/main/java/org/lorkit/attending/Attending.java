package org.lorkit.attending;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A possible letter writer the applicant worked with. Owned by one applicant. */
@Entity
@Table(name = "attending")
public class Attending extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id")
    public UUID ownerId;

    public String name;

    public String degree;

    /** How scripts greet this writer ("Dr. Mitchell"); null: derived from name and degree (see Greeting). */
    @Column(name = "address_as")
    public String addressAs;

    @Enumerated(EnumType.STRING)
    public AttendingRole role;

    public String specialty;

    public String institution;

    public String email;

    @Column(name = "coordinator_email")
    public String coordinatorEmail;

    public String notes;

    @Column(name = "has_seen_me_present")
    public boolean hasSeenMePresent;

    /**
     * Written through this collection; read for a whole page with one query
     * (AttendingService.linksOf), since Hibernate loads embeddable collections one owner at a time.
     */
    @ElementCollection
    @CollectionTable(name = "attending_rotation", joinColumns = @JoinColumn(name = "attending_id"))
    public Set<RotationLink> rotations = new LinkedHashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
