package org.lorkit.rotation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RotationKind",
        description =
                "OBSERVERSHIP (watch, little hands-on), EXTERNSHIP (hands-on, often notes), "
                        + "ELECTIVE (a school elective in the US), SUB_INTERNSHIP (acting intern), RESEARCH_CLINIC (research with clinic time), OTHER.")
public enum RotationKind {
    OBSERVERSHIP,
    EXTERNSHIP,
    ELECTIVE,
    SUB_INTERNSHIP,
    RESEARCH_CLINIC,
    OTHER
}
