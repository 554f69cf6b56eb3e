package org.lorkit.form;

import java.util.Set;
import org.lorkit.profile.Competency;

/**
 * One field of a writer's form: a stable key ("OBGYN_SLOE.PATIENT_CARE"), a short label in our own
 * words, a one-line hint of what evidence fits, the story competencies that land here when a story
 * is not tagged by hand, whether feedback the applicant acted on belongs here by default, and whether
 * the field is the writer's own judgement (rank, guidance, match potential), where no story is offered.
 */
public record FormField(
        String key,
        String label,
        String hint,
        Set<Competency> fromCompetencies,
        boolean growthFeedback,
        boolean writersCall) {

    static FormField evidence(String key, String label, String hint, Competency... from) {
        return new FormField(key, label, hint, Set.of(from), false, false);
    }

    /** A field where feedback the applicant acted on (what to improve, what I changed) lands by default. */
    static FormField growth(String key, String label, String hint, Competency... from) {
        return new FormField(key, label, hint, Set.of(from), true, false);
    }

    /** The writer's own call: the packet names it and offers nothing. */
    static FormField writersCall(String key, String label, String hint) {
        return new FormField(key, label, hint, Set.of(), false, true);
    }

    /** Whether an untagged story with these competencies belongs here. */
    public boolean fits(java.util.Collection<String> competencies) {
        return fromCompetencies.stream().anyMatch(c -> competencies.contains(c.name()));
    }
}
