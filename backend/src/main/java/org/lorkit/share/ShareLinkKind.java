package org.lorkit.share;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ShareLinkKind",
        description = "WRITER: one letter's page for its writer (packet, upload steps, three answers); ADVISER: a "
                + "read-only view of the letters board, portfolio check, plan and deadlines for a mentor or adviser.")
public enum ShareLinkKind {
    WRITER,
    ADVISER
}
