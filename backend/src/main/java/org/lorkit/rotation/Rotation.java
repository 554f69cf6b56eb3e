package org.lorkit.rotation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A US clinical experience (observership, externship, ...) with its letter-potential checklist. */
@Entity
public class Rotation extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID ownerId;

    public String institution;

    public String location;

    public String specialty;

    @Enumerated(EnumType.STRING)
    public RotationKind kind;

    public LocalDate startsOn;

    public LocalDate endsOn;

    public boolean supervisedByLetterWriter;

    public boolean canPresentPatients;

    public boolean canWriteNotes;

    public boolean observedRepeatedly;

    public boolean worksWithResidents;

    public boolean shadowingOnly;

    public boolean largeGroup;

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
