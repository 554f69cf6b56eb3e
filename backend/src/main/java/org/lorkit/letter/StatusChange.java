package org.lorkit.letter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One dated status change of a letter request. */
@Embeddable
public class StatusChange {

    /** 0, 1, 2, ...: the order of the changes (kept as a column: ordered collections are not batch-fetched). */
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public LetterStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public LetterStatus to;

    @Column(name = "changed_at")
    public Instant at;

    public String note;

    /** true for an entry that corrected the move before it (see LetterMoves). */
    public boolean correction;

    public StatusChange() {}

    StatusChange(int position, LetterStatus from, LetterStatus to, Instant at, String note, boolean correction) {
        this.position = position;
        this.from = from;
        this.to = to;
        this.at = at;
        this.note = note;
        this.correction = correction;
    }

    LetterMoves.Move move() {
        return new LetterMoves.Move(from, to, at, correction);
    }

    /** One change per position: the position is the identity of a history entry. */
    @Override
    public boolean equals(Object o) {
        return o instanceof StatusChange other && position == other.position;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(position);
    }
}
