package org.lorkit.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PersonalStatementStatus",
        description = "NOT_STARTED, DRAFT (a working draft exists: enough for a letter packet), FINAL.")
public enum PersonalStatementStatus {
    NOT_STARTED,
    DRAFT,
    FINAL
}
