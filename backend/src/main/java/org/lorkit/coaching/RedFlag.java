package org.lorkit.coaching;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RedFlag",
        description =
                "Signs that a rotation will not give a strong letter. BARELY_KNOWS_MY_NAME "
                        + "(after two weeks the attending barely knows your name), LATENESS (you were late more than once), NO_QUESTIONS "
                        + "(you rarely ask or answer questions), COMMUNICATION_COMPLAINTS (someone raised how you communicate).")
public enum RedFlag {
    BARELY_KNOWS_MY_NAME,
    LATENESS,
    NO_QUESTIONS,
    COMMUNICATION_COMPLAINTS
}
