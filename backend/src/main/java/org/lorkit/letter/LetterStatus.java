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
                + "BOUNCED (the request email did not arrive) from ASKED or REQUESTED_IN_ERAS; WITHDRAWN (you withdrew the "
                + "request) from SIGNALED, ASKED, AGREED, PACKET_SENT or REQUESTED_IN_ERAS; IMPORTED (a letter imported from "
                + "a prior season, needs letterDatedOn, at most 7 years back) from CANDIDATE. "
                + "RECEIVED, DECLINED, BOUNCED, WITHDRAWN and IMPORTED are final; RECEIVED and IMPORTED letters are in "
                + "(they count toward program requirements and the 4 per program); DECLINED, BOUNCED and WITHDRAWN end "
                + "that writer's path.")
public enum LetterStatus {
    CANDIDATE,
    SIGNALED,
    ASKED,
    AGREED,
    DECLINED,
    PACKET_SENT,
    REQUESTED_IN_ERAS,
    RECEIVED,
    BOUNCED,
    WITHDRAWN,
    IMPORTED;

    /** The states this one may move to, in the order of the flow. */
    public List<LetterStatus> next() {
        Set<LetterStatus> next = switch (this) {
            case CANDIDATE -> EnumSet.of(SIGNALED, ASKED, IMPORTED);
            case SIGNALED -> EnumSet.of(ASKED, WITHDRAWN);
            case ASKED -> EnumSet.of(AGREED, DECLINED, BOUNCED, WITHDRAWN);
            case AGREED -> EnumSet.of(PACKET_SENT, WITHDRAWN);
            case PACKET_SENT -> EnumSet.of(REQUESTED_IN_ERAS, WITHDRAWN);
            case REQUESTED_IN_ERAS -> EnumSet.of(RECEIVED, BOUNCED, WITHDRAWN);
            case RECEIVED, DECLINED, BOUNCED, WITHDRAWN, IMPORTED -> EnumSet.noneOf(LetterStatus.class);
        };
        return List.copyOf(next);
    }

    public boolean canMoveTo(LetterStatus to) {
        return next().contains(to);
    }

    /** The letter is with the service: received this season or imported from a prior one. */
    public boolean isIn() {
        return this == RECEIVED || this == IMPORTED;
    }

    /** The writer's path ended without a letter: declined, the request bounced, or withdrawn. */
    public boolean endsPath() {
        return this == DECLINED || this == BOUNCED || this == WITHDRAWN;
    }

    /**
     * Why a writer's path ended, as a sentence part after the writer's name ("Dr Lee declined"); null for a
     * status that does not end a path.
     */
    public String whyEnded() {
        return switch (this) {
            case DECLINED -> "declined";
            case BOUNCED -> "never got the request (the request email bounced)";
            case WITHDRAWN -> "is off your list (you withdrew the request)";
            default -> null;
        };
    }

    /** This state named with the letter's own services: "requested in ResidencyCAS" (the API value stays REQUESTED_IN_ERAS). */
    public String label(java.util.List<org.lorkit.season.LetterService> services) {
        return this == REQUESTED_IN_ERAS ? "requested in " + org.lorkit.season.LetterService.said(services) : label();
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
            case BOUNCED -> "request bounced";
            case WITHDRAWN -> "withdrawn";
            case IMPORTED -> "imported from a prior season";
        };
    }
}
