package org.lorkit.attending;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the attending sounded in summative feedback: the best predictor of how strong the letter will be. */
@Schema(
        name = "Enthusiasm",
        description =
                "Recorded on SUMMATIVE feedback only. "
                        + "ENTHUSIASTIC_WITH_SPECIFICS: enthusiastic, with concrete positives (a prime letter writer); "
                        + "POSITIVE: positive but general; VAGUE: non-committal; LUKEWARM: reserved (likely a neutral letter: rank them lower).")
public enum Enthusiasm {
    ENTHUSIASTIC_WITH_SPECIFICS,
    POSITIVE,
    VAGUE,
    LUKEWARM;

    /** Rank for ordering writers: lower is better; no summative feedback yet sits between POSITIVE and VAGUE. */
    public static int rank(Enthusiasm e) {
        if (e == null) {
            return 2;
        }
        return switch (e) {
            case ENTHUSIASTIC_WITH_SPECIFICS -> 0;
            case POSITIVE -> 1;
            case VAGUE -> 3;
            case LUKEWARM -> 4;
        };
    }
}
