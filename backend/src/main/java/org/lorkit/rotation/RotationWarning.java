package org.lorkit.rotation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RotationWarning", description = "Why this rotation may not give a letter that counts.")
public record RotationWarning(
        @Schema(
                description =
                        "SHORTER_THAN_TWO_WEEKS: fewer than 10 working days (two working weeks, Monday to Friday), too short to justify a meaningful letter; "
                                + "SHADOWING_ONLY: shadowing with minimal attending contact; LARGE_GROUP: one of many students in the room.",
                examples = "SHORTER_THAN_TWO_WEEKS")
        Code code,

        @Schema(
                description = "The warning in plain words.",
                examples =
                        "Only 7 working days: a writer needs at least two working weeks (10 days) of watching you work to say something specific.")
        String message) {

    @Schema(name = "RotationWarningCode")
    public enum Code {
        SHORTER_THAN_TWO_WEEKS,
        SHADOWING_ONLY,
        LARGE_GROUP
    }
}
