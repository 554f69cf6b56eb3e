package org.lorkit.notify;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "DigestFrequency",
        description = "OFF (no digest: the default), DAILY, or WEEKLY on digestWeekday. A digest is never sent on a "
                + "day with nothing to do.")
public enum DigestFrequency {
    OFF,
    DAILY,
    WEEKLY
}
