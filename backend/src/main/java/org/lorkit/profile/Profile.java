package org.lorkit.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The applicant's target sheet: one row per applicant, keyed by the owner. */
@Entity
public class Profile extends PanacheEntityBase {

    @Id
    public UUID ownerId;

    public String targetSpecialty;

    /** A second specialty applied to in the same season; null: one specialty. */
    public String secondSpecialty;

    /** The season (the Match year) left when the applicant started the next one; null: never reapplied. */
    public Integer reappliedFrom;

    public Integer season;

    public LocalDate erasOpensOn;

    public LocalDate submissionTargetOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] strengths;

    public String strengthsNote;

    public boolean cvReady;

    public LocalDate cvUpdatedOn;

    @Enumerated(EnumType.STRING)
    public PersonalStatementStatus personalStatementStatus;

    public LocalDate personalStatementUpdatedOn;

    public String timeZone;

    public Instant updatedAt;

    /** Starts at 1 when first saved: the never-saved (empty) profile answers ETag "0". */
    @Version
    public long version;
}
