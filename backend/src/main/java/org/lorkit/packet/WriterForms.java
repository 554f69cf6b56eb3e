package org.lorkit.packet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import org.lorkit.common.Texts;
import org.lorkit.feedback.Feedback;
import org.lorkit.form.FormFieldTags;
import org.lorkit.form.WriterForm;
import org.lorkit.letter.LetterStatus;

/**
 * Which form each writer fills in, read from their letter requests: a standardized request (not ended)
 * means the standardized letter of the applicant's target specialty; anything else a narrative letter.
 */
@ApplicationScoped
public class WriterForms {

    /** Requests that ended this writer's path: their kind no longer says what the writer fills in. */
    static final Set<LetterStatus> ENDED =
            EnumSet.of(LetterStatus.DECLINED, LetterStatus.BOUNCED, LetterStatus.WITHDRAWN);

    /** The feedback a form layout cites at most, newest first: the sheet stays one page. */
    static final int FEEDBACK_MAX = 3;

    @Inject
    EntityManager em;

    public WriterForm formOf(UUID owner, UUID attendingId, String targetSpecialty) {
        return WriterForm.forWriter(targetSpecialty, standardizedWriters(owner).contains(attendingId));
    }

    /** The applicant's writers with a standardized letter request that has not ended (nor stayed in a season left). */
    public Set<UUID> standardizedWriters(UUID owner) {
        return Set.copyOf(em.createQuery("""
                        SELECT l.attendingId FROM LetterRequest l
                        WHERE l.ownerId = :owner AND l.standardized = true AND l.status NOT IN :ended
                        AND l.leftInSeason IS NULL""", UUID.class)
                .setParameter("owner", owner)
                .setParameter("ended", ENDED)
                .getResultList());
    }

    /**
     * This writer's own feedback that a form can cite: tagged to a field, or saying what to improve
     * (growth), newest first, at most {@link #FEEDBACK_MAX}. Never another writer's feedback.
     */
    public List<FormLayout.Feedback> feedbackOf(UUID owner, UUID attendingId) {
        return em
                .createQuery("""
                        SELECT f FROM Feedback f WHERE f.ownerId = :owner AND f.attendingId = :attending
                        ORDER BY f.receivedOn DESC, f.createdAt DESC, f.id""", Feedback.class)
                .setParameter("owner", owner)
                .setParameter("attending", attendingId)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList()
                .stream()
                .map(WriterForms::evidence)
                .filter(f -> f.growth() || !f.formFields().isEmpty())
                .limit(FEEDBACK_MAX)
                .toList();
    }

    private static FormLayout.Feedback evidence(Feedback f) {
        String day = Texts.dayOrPlaceholder(f.receivedOn);
        if (f.toImprove != null) {
            return new FormLayout.Feedback(
                    f.id,
                    "Your advice (" + day + "):",
                    f.toImprove + (f.whatIChanged == null ? "" : " What I changed: " + f.whatIChanged),
                    f.receivedOn,
                    true,
                    FormFieldTags.fromStored(f.formFields));
        }
        return new FormLayout.Feedback(
                f.id,
                "Your feedback (" + day + "):",
                f.wentWell == null ? "our feedback conversation." : f.wentWell,
                f.receivedOn,
                false,
                FormFieldTags.fromStored(f.formFields));
    }

    /**
     * The whole catalogue for one applicant: each form with the writers who fill it in (every attending
     * without a standardized request writes a narrative letter) and whether it matters to them.
     */
    @Transactional
    public List<WriterFormDto> catalogue(UUID owner, String targetSpecialty) {
        Set<UUID> standardized = standardizedWriters(owner);
        List<WriterFormDto.Writer> attendings = em.createQuery(
                        "SELECT a.id, a.name FROM Attending a WHERE a.ownerId = :owner ORDER BY lower(a.name), a.id",
                        WriterFormDto.Writer.class)
                .setParameter("owner", owner)
                .getResultList();
        WriterForm targetForm = WriterForm.forWriter(targetSpecialty, true);
        List<WriterFormDto> forms = new ArrayList<>();
        for (WriterForm form : WriterForm.values()) {
            List<WriterFormDto.Writer> writers = attendings.stream()
                    .filter(w -> WriterForm.forWriter(targetSpecialty, standardized.contains(w.attendingId())) == form)
                    .toList();
            boolean yours = !writers.isEmpty() || form == targetForm || form == WriterForm.ACGME_NARRATIVE;
            forms.add(WriterFormDto.of(form, writers, yours));
        }
        return forms;
    }
}
