package org.lorkit.story;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.lorkit.common.OwnedRecord;
import org.lorkit.common.Sha256;

/** A memorable case or moment a letter writer can quote. Owned by one applicant. */
@Entity
public class Story extends OwnedRecord {

    public String title;

    public String summary;

    @Column(name = "what_i_did")
    public String whatIDid;

    public String whatItShows;

    public LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    public StoryKind kind;

    public boolean includeInPacket;

    /** True when the applicant reviewed the warnings of the current text. */
    public boolean phiReviewed;

    public String phiReviewedDigest;

    /** Warnings found and not reviewed: kept out of packets and shared exports. */
    public boolean phiUnresolved;

    /** The free-text fields the PHI guard reads, by their API names. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", title);
        texts.put("summary", summary);
        texts.put("whatIDid", whatIDid);
        texts.put("whatItShows", whatItShows);
        return texts;
    }

    /** What a PHI review ("phiReviewed": true) is tied to: the exact texts, so an edit undoes it. */
    public static String reviewDigest(Collection<String> texts) {
        StringBuilder joined = new StringBuilder();
        for (String text : texts) {
            joined.append(text).append('\0'); // a separator, so moving words between fields counts as an edit
        }
        return Sha256.hex(joined.toString());
    }
    /** The rotation it happened on (optional). */
    public UUID rotationId;

    /** Attendings who witnessed it and can vouch for it. */
    @ElementCollection
    @CollectionTable(name = "story_witness")
    @Column(name = "attending_id")
    public Set<UUID> witnessAttendingIds = new LinkedHashSet<>();

    /** Competencies shown, as names of {@link org.lorkit.profile.Competency}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] competencies;

    /** Fields of writers' forms it is evidence for, as keys of {@link org.lorkit.form.WriterForm}. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] formFields;
}
