package org.lorkit.story;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StoryKind",
        description = "CASE: a patient case; TEACHING: a teaching moment or presentation; "
                + "GROWTH: growth after feedback; QI_RESEARCH: quality improvement or research; OTHER.")
public enum StoryKind {
    CASE,
    TEACHING,
    GROWTH,
    QI_RESEARCH,
    OTHER
}
