package org.lorkit.profile;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The applicant's target sheet: one row per applicant, keyed by the owner. */
@Entity
@Table(name = "profile")
public class Profile extends PanacheEntityBase {

    @Id
    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(name = "target_specialty")
    public String targetSpecialty;

    public Integer season;

    @Column(name = "eras_opens_on")
    public LocalDate erasOpensOn;

    @Column(name = "submission_target_on")
    public LocalDate submissionTargetOn;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] strengths;

    @Column(name = "strengths_note")
    public String strengthsNote;

    @Column(name = "cv_ready")
    public boolean cvReady;

    @Column(name = "cv_updated_on")
    public LocalDate cvUpdatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "personal_statement_status")
    public PersonalStatementStatus personalStatementStatus;

    @Column(name = "personal_statement_updated_on")
    public LocalDate personalStatementUpdatedOn;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Starts at 1 when first saved: the never-saved (empty) profile answers ETag "0". */
    @Version
    public long version;
}
