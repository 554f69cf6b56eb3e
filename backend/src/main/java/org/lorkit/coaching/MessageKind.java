package org.lorkit.coaching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every script or email of the letter journey, in the order they are used. */
@Schema(
        name = "MessageKind",
        description =
                "EXPECTATIONS_TALK (week 1, in person), FORMATIVE_ASK (week 2, in person), "
                        + "SOFT_SIGNAL (weeks 3-4, in person), SUMMATIVE_ASK (end of the rotation, in person), DIRECT_ASK (asking for a "
                        + "strong letter, in person), PACKET_EMAIL (within 48 hours of a yes), FORMAL_REQUEST (with the ERAS request and "
                        + "the soft deadline), REMINDER (a light nudge when the letter is not in), THANK_YOU_RECEIVED (after the upload), "
                        + "THANK_YOU_SUBMISSION (after submitting ERAS), INTERVIEW_UPDATE (where you interview), MATCH_UPDATE (where you matched).")
public enum MessageKind {
    EXPECTATIONS_TALK,
    FORMATIVE_ASK,
    SOFT_SIGNAL,
    SUMMATIVE_ASK,
    DIRECT_ASK,
    PACKET_EMAIL,
    FORMAL_REQUEST,
    REMINDER,
    THANK_YOU_RECEIVED,
    THANK_YOU_SUBMISSION,
    INTERVIEW_UPDATE,
    MATCH_UPDATE;

    /** How a sentence for the applicant names this message. */
    public String label() {
        return switch (this) {
            case EXPECTATIONS_TALK -> "the expectations talk";
            case FORMATIVE_ASK -> "the ask for mid-rotation feedback";
            case SOFT_SIGNAL -> "the soft signal";
            case SUMMATIVE_ASK -> "the ask for end-of-rotation feedback";
            case DIRECT_ASK -> "the direct ask";
            case PACKET_EMAIL -> "the packet email";
            case FORMAL_REQUEST -> "the formal ERAS request";
            case REMINDER -> "a reminder";
            case THANK_YOU_RECEIVED -> "the thank-you for the letter";
            case THANK_YOU_SUBMISSION -> "the thank-you after submitting";
            case INTERVIEW_UPDATE -> "the interview update";
            case MATCH_UPDATE -> "the Match Day update";
        };
    }

    /** Said face to face (a script) rather than sent (an email). */
    public boolean inPerson() {
        return switch (this) {
            case EXPECTATIONS_TALK, FORMATIVE_ASK, SOFT_SIGNAL, SUMMATIVE_ASK, DIRECT_ASK -> true;
            default -> false;
        };
    }
}
