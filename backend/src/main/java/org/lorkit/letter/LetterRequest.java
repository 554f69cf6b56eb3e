package org.lorkit.letter;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A letter of recommendation asked (or to be asked) of one attending. One per attending. */
@Entity
@Table(name = "letter_request")
public class LetterRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id")
    public UUID ownerId;

    @Column(name = "attending_id")
    public UUID attendingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "letter_type")
    public LetterType letterType;

    @Enumerated(EnumType.STRING)
    public LetterStatus status;

    @Enumerated(EnumType.STRING)
    public Commitment commitment;

    @Column(name = "eras_letter_id")
    public String erasLetterId;

    @Column(name = "waived_right_to_see")
    public Boolean waivedRightToSee;

    @Column(name = "soft_deadline")
    public LocalDate softDeadline;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "reminders_sent")
    public LocalDate[] remindersSent;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "thanked_after_submission_on")
    public LocalDate thankedAfterSubmissionOn;

    @Column(name = "thanked_interview_invitations_on")
    public LocalDate thankedInterviewInvitationsOn;

    @Column(name = "thanked_match_day_on")
    public LocalDate thankedMatchDayOn;

    /**
     * The status changes, written through this collection; {@link #orderedHistory()} gives them in
     * order. Lists read the history of a whole page with one query (LetterService.historyOf).
     */
    @ElementCollection
    @CollectionTable(name = "letter_status_change", joinColumns = @JoinColumn(name = "letter_id"))
    public Set<StatusChange> history = new LinkedHashSet<>();

    public List<StatusChange> orderedHistory() {
        return history.stream()
                .sorted(java.util.Comparator.comparingInt(c -> c.position))
                .toList();
    }

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}
