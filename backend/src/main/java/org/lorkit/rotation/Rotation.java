package org.lorkit.rotation;

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

/** A US clinical experience (observership, externship, ...) with its letter-potential checklist. */
@Entity
@Table(name = "rotation")
public class Rotation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id")
    public UUID ownerId;

    public String institution;

    public String location;

    public String specialty;

    @Enumerated(EnumType.STRING)
    public RotationKind kind;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "supervised_by_letter_writer")
    public boolean supervisedByLetterWriter;

    @Column(name = "can_present_patients")
    public boolean canPresentPatients;

    @Column(name = "can_write_notes")
    public boolean canWriteNotes;

    @Column(name = "observed_repeatedly")
    public boolean observedRepeatedly;

    @Column(name = "works_with_residents")
    public boolean worksWithResidents;

    @Column(name = "shadowing_only")
    public boolean shadowingOnly;

    @Column(name = "large_group")
    public boolean largeGroup;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
