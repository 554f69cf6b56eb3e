package org.lorkit.letter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "LetterType",
        description = "TARGET_SPECIALTY: from a clinician in the specialty applied to (aim for 1-2); "
                + "OTHER_US_SPECIALTY: from a US clinician of another specialty who saw your work ethic (aim for 1); "
                + "RESEARCH: from a research mentor on work habits and communication (optional).")
public enum LetterType {
    TARGET_SPECIALTY,
    OTHER_US_SPECIALTY,
    RESEARCH
}
