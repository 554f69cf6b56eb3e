package org.lorkit.letter;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lorkit.common.OwnedRecord;

/** A letter of recommendation asked (or to be asked) of one attending. One per attending and kind. */
@Entity
public class LetterRequest extends OwnedRecord {

    public UUID attendingId;

    @Enumerated(EnumType.STRING)
    public LetterType letterType;

    @Enumerated(EnumType.STRING)
    public LetterStatus status;

    @Enumerated(EnumType.STRING)
    public Commitment commitment;

    public String erasLetterId;

    public Boolean waivedRightToSee;

    public LocalDate softDeadline;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public LocalDate[] remindersSent;

    public LocalDate receivedOn;

    /** The date a letter imported from a prior season carries; null for this season's letters. */
    public LocalDate letterDatedOn;

    /** true: a standardized letter (SLOE, SLOR, portal form); false or null: a narrative letter. */
    public Boolean standardized;

    /** The specialty this letter is for, as the target sheet names it; null: General (every specialty). */
    public String forSpecialty;

    /**
     * The season (the service's year) this request stayed in when the applicant started the next one: too
     * old to import, requested in the service for that season's application, or its writer's path ended
     * there. A record of that season: the new season's rules do not read it, and it takes no more moves.
     * null: a letter of the season followed (or carried into it).
     */
    public Integer leftInSeason;

    /** A request that stayed in a season the applicant left (see {@link #leftInSeason}). */
    public boolean leftBehind() {
        return leftInSeason != null;
    }

    public LocalDate thankedAfterSubmissionOn;

    public LocalDate thankedInterviewInvitationsOn;

    public LocalDate thankedMatchDayOn;

    /**
     * The status changes, written through this collection; {@link #orderedHistory()} gives them in
     * order. Lists read the history of a whole page with one query (LetterService.historyOf).
     */
    @ElementCollection
    @CollectionTable(name = "letter_status_change", joinColumns = @JoinColumn(name = "letter_id"))
    public Set<StatusChange> history = new LinkedHashSet<>();

    public List<StatusChange> orderedHistory() {
        return history.stream().sorted(Comparator.comparingInt(c -> c.position)).toList();
    }
}
