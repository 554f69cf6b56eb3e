package org.lorkit.program;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A residency program applied to, its letter requirements and the letters assigned to it. */
@Entity
@Table(name = "program")
public class Program extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id")
    public UUID ownerId;

    public String name;

    public String specialty;

    @Column(name = "letters_required")
    public int lettersRequired;

    @Column(name = "from_us_clinicians")
    public int fromUsClinicians;

    @Column(name = "in_specialty")
    public int inSpecialty;

    @Column(name = "added_on")
    public LocalDate addedOn;

    public boolean locked;

    @Column(name = "locked_at")
    public Instant lockedAt;

    public String notes;

    /** Changing the assignments bumps the program's version (the collection is owned by the program). */
    @ElementCollection
    @CollectionTable(name = "program_letter", joinColumns = @JoinColumn(name = "program_id"))
    @Column(name = "letter_id")
    public Set<UUID> letterIds = new LinkedHashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
