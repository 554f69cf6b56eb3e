package org.lorkit.attending;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.LinkedHashSet;
import java.util.Set;
import org.lorkit.common.OwnedRecord;

/** A possible letter writer the applicant worked with. Owned by one applicant. */
@Entity
public class Attending extends OwnedRecord {

    public String name;

    public String degree;

    /** How scripts greet this writer ("Dr. Mitchell"); null: derived from name and degree (see Greeting). */
    public String addressAs;

    @Enumerated(EnumType.STRING)
    public AttendingRole role;

    public String specialty;

    public String institution;

    public String email;

    public String coordinatorEmail;

    public String notes;

    public boolean hasSeenMePresent;

    /**
     * Written through this collection; read for a whole page with one query
     * (AttendingService.linksOf), since Hibernate loads embeddable collections one owner at a time.
     */
    @ElementCollection
    @CollectionTable(name = "attending_rotation")
    public Set<RotationLink> rotations = new LinkedHashSet<>();
}
