package org.lorkit.share;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ShareLinkState",
        description = "ACTIVE: the link opens; EXPIRED: past its expiresOn; REVOKED: you revoked it (or logged out "
                + "everywhere and ended links); ENDED: a writer link whose letter is received or final, or that a newer "
                + "writer link for the same letter replaced.")
public enum ShareLinkState {
    ACTIVE,
    EXPIRED,
    REVOKED,
    ENDED
}
