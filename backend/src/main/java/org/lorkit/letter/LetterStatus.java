package org.lorkit.letter;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The letter flow. Only the moves listed in {@link #next()} are allowed. */
@Schema(
        name = "LetterStatus",
        description = "CANDIDATE → SIGNALED (soft signal of interest, optional) → ASKED → AGREED | DECLINED; "
                + "AGREED → PACKET_SENT → REQUESTED_IN_ERAS → RECEIVED. CANDIDATE → ASKED is allowed (the soft signal is optional). "
                + "RECEIVED and DECLINED are final.")
public enum LetterStatus {
    CANDIDATE,
    SIGNALED,
    ASKED,
    AGREED,
    DECLINED,
    PACKET_SENT,
    REQUESTED_IN_ERAS,
    RECEIVED;

    /** The states this one may move to, in the order of the flow. */
    public List<LetterStatus> next() {
        Set<LetterStatus> next = switch (this) {
            case CANDIDATE -> EnumSet.of(SIGNALED, ASKED);
            case SIGNALED -> EnumSet.of(ASKED);
            case ASKED -> EnumSet.of(AGREED, DECLINED);
            case AGREED -> EnumSet.of(PACKET_SENT);
            case PACKET_SENT -> EnumSet.of(REQUESTED_IN_ERAS);
            case REQUESTED_IN_ERAS -> EnumSet.of(RECEIVED);
            case RECEIVED, DECLINED -> EnumSet.noneOf(LetterStatus.class);
        };
        return List.copyOf(next);
    }

    public boolean canMoveTo(LetterStatus to) {
        return next().contains(to);
    }

    /** How a sentence for the applicant names this state. */
    public String label() {
        return switch (this) {
            case CANDIDATE -> "candidate";
            case SIGNALED -> "interest signaled";
            case ASKED -> "asked";
            case AGREED -> "agreed";
            case DECLINED -> "declined";
            case PACKET_SENT -> "packet sent";
            case REQUESTED_IN_ERAS -> "requested in ERAS";
            case RECEIVED -> "received";
        };
    }
}
