package org.lorkit.profile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fixed list of strengths a letter can speak to; used by the target sheet and by stories. */
@Schema(
        name = "Competency",
        description = "What a letter writer can vouch for. "
                + "MEDICAL_KNOWLEDGE: knows and reads up the medicine; "
                + "CLINICAL_REASONING: builds an assessment and plan; "
                + "PATIENT_CARE: owns patients and follows them closely; "
                + "COMMUNICATION: with patients, families, nurses and the team; "
                + "PROFESSIONALISM: punctual, reliable, honest; "
                + "WORK_ETHIC: does the work and more; "
                + "TEAMWORK: useful to residents and the team; "
                + "TEACHING: presentations and teaching moments; "
                + "GROWTH_AFTER_FEEDBACK: asks for feedback and visibly improves; "
                + "RESEARCH: research, QI and other initiative.")
public enum Competency {
    MEDICAL_KNOWLEDGE,
    CLINICAL_REASONING,
    PATIENT_CARE,
    COMMUNICATION,
    PROFESSIONALISM,
    WORK_ETHIC,
    TEAMWORK,
    TEACHING,
    GROWTH_AFTER_FEEDBACK,
    RESEARCH;

    /** Stored as text arrays; unknown values (from a future version) are skipped. */
    public static java.util.List<Competency> fromStored(String[] stored) {
        if (stored == null) {
            return java.util.List.of();
        }
        java.util.List<Competency> result = new java.util.ArrayList<>();
        for (String s : stored) {
            try {
                result.add(valueOf(s));
            } catch (IllegalArgumentException ignored) {
                // a value written by a newer version: not ours to show
            }
        }
        return result;
    }

    /** Distinct, in the order of the fixed list. */
    public static String[] toStored(java.util.Collection<Competency> values) {
        if (values == null) {
            return new String[0];
        }
        return java.util.EnumSet.copyOf(values.isEmpty() ? java.util.EnumSet.noneOf(Competency.class) : values).stream()
                .map(Enum::name)
                .toArray(String[]::new);
    }
}
