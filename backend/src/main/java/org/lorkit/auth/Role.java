package org.lorkit.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an account may do. An ADMIN is an applicant too: its tokens carry both groups. */
@Schema(
        name = "Role",
        description =
                "APPLICANT: uses LORkit for their own letters. ADMIN: also operates this LORkit (accounts, stats).")
public enum Role {
    APPLICANT,
    ADMIN
}
