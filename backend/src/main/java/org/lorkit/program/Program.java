package org.lorkit.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.lorkit.common.OwnedRecord;

/** A residency program applied to, its letter requirements and the letters assigned to it. */
@Entity
public class Program extends OwnedRecord {

    public String name;

    public String specialty;

    public int lettersRequired;

    public int fromUsClinicians;

    public int inSpecialty;

    public LocalDate addedOn;

    public boolean locked;

    public Instant lockedAt;

    public String notes;

    /** Changing the assignments bumps the program's version (the collection is owned by the program). */
    @ElementCollection
    @CollectionTable(name = "program_letter")
    @Column(name = "letter_id")
    public Set<UUID> letterIds = new LinkedHashSet<>();
}
