package org.lorkit.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FeedbackKind",
        description = "FORMATIVE: mid-rotation, one thing going well and one to improve; "
                + "SUMMATIVE: end of rotation, am I at the level of a strong future resident (records enthusiasm); "
                + "WEEKLY_MINI: the quick weekly \"one thing I can do better on rounds\".")
public enum FeedbackKind {
    FORMATIVE,
    SUMMATIVE,
    WEEKLY_MINI
}
