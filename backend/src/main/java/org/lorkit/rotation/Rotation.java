package org.lorkit.rotation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.lorkit.common.OwnedRecord;

/** A US clinical experience (observership, externship, ...) with its letter-potential checklist. */
@Entity
public class Rotation extends OwnedRecord {

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
}
