package org.lorkit.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lorkit.attending.Enthusiasm;
import org.lorkit.common.OwnedRecord;

/** Feedback received from an attending, with the applicant's plan and follow-up. */
@Entity
public class Feedback extends OwnedRecord {

    public UUID attendingId;

    public UUID rotationId;

    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    public FeedbackKind kind;

    public String wentWell;

    public String toImprove;

    public String myPlan;

    @Column(name = "what_i_changed")
    public String whatIChanged;

    public LocalDate checkedBackOn;

    @Enumerated(EnumType.STRING)
    public Enthusiasm enthusiasm;

    /** Fields of writers' forms it is evidence for, as keys of {@link org.lorkit.form.WriterForm}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] formFields;
}
