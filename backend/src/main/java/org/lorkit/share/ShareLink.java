package org.lorkit.share;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.lorkit.letter.LetterRequest;

/**
 * A link the applicant shared. Only the SHA-256 of its token is stored (the token is in the address the
 * applicant sent, nowhere else), so a copy of the database opens no page.
 */
@Entity
public class ShareLink extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID ownerId;

    @Enumerated(EnumType.STRING)
    public ShareLinkKind kind;

    /** WRITER: the letter request; ADVISER: null. */
    public UUID letterId;

    public String label;

    public boolean showStories;

    public boolean showFeedback;

    public String tokenHash;

    public Instant createdAt;

    /** The last day the link opens (in the applicant's time zone); null: a writer link, until the letter is in. */
    public LocalDate expiresOn;

    public Instant revokedAt;

    /** A writer link replaced by a newer one for the same letter. */
    public Instant endedAt;

    public int viewCount;

    public Instant lastViewedAt;

    @Version
    public long version;

    /**
     * The state on this day: revoked, then ended (replaced, or its letter is received, final or left in a
     * season the applicant left), then expired; else active. {@code letter} is the writer link's letter.
     */
    ShareLinkState state(LetterRequest letter, LocalDate today) {
        if (revokedAt != null) {
            return ShareLinkState.REVOKED;
        }
        if (endedAt != null || (kind == ShareLinkKind.WRITER && letterEnded(letter))) {
            return ShareLinkState.ENDED;
        }
        if (expiresOn != null && today.isAfter(expiresOn)) {
            return ShareLinkState.EXPIRED;
        }
        return ShareLinkState.ACTIVE;
    }

    /** A letter that takes no more moves (received, imported, declined, bounced, withdrawn) or stayed behind. */
    static boolean letterEnded(LetterRequest letter) {
        return letter == null || letter.leftBehind() || letter.status.next().isEmpty();
    }
}
