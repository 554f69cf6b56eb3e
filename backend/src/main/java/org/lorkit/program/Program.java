package org.lorkit.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A residency program applied to, its letter requirements and the letters assigned to it. */
@Entity
public class Program extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID ownerId;

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

    public Instant createdAt;

    public Instant updatedAt;

    @Version
    public long version;
}
