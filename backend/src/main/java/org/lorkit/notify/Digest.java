package org.lorkit.notify;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * One message to an applicant, whatever the channel: Today's steps as titles and rule sentences (never story
 * or feedback text), and why it was sent. A channel renders it (a phone notification, an email with a
 * one-click unsubscribe link).
 *
 * @param occasion the local day of a digest (2026-12-01), or the id of the step that turned urgent
 * @param why one sentence saying why this was sent and where to change it
 * @param url where in the app it leads (the SPA's address, from its origin)
 */
public record Digest(
        UUID ownerId,
        Kind kind,
        String occasion,
        LocalDate day,
        ZoneId zone,
        String headline,
        List<Line> lines,
        String why,
        String url) {

    public enum Kind {
        DIGEST,
        URGENT
    }

    /** One step of Today: what to do, why now, and by when (null: no date). */
    public record Line(String title, String reason, LocalDate dueOn) {}
}
