package org.lorkit.attending;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AttendingRole",
        description =
                "PROGRAM_DIRECTOR, ASSOCIATE_PROGRAM_DIRECTOR, CORE_FACULTY, CLERKSHIP_DIRECTOR, "
                        + "COMMUNITY_ATTENDING, FELLOW_OR_RESIDENT (usually cannot upload a letter as its official author), RESEARCH_MENTOR.")
public enum AttendingRole {
    PROGRAM_DIRECTOR,
    ASSOCIATE_PROGRAM_DIRECTOR,
    CORE_FACULTY,
    CLERKSHIP_DIRECTOR,
    COMMUNITY_ATTENDING,
    FELLOW_OR_RESIDENT,
    RESEARCH_MENTOR
}
