package org.lorkit.letter;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Commitment",
        description = "What the writer said when asked: STRONG (\"yes, a strong letter\"), "
                + "YES (a plain yes, possibly lukewarm), DECLINED (accept gracefully, thank them, do not push).")
public enum Commitment {
    STRONG,
    YES,
    DECLINED
}
