package org.lorkit.form;

import static org.lorkit.form.FormField.evidence;
import static org.lorkit.form.FormField.growth;
import static org.lorkit.form.FormField.writersCall;
import static org.lorkit.profile.Competency.CLINICAL_REASONING;
import static org.lorkit.profile.Competency.COMMUNICATION;
import static org.lorkit.profile.Competency.GROWTH_AFTER_FEEDBACK;
import static org.lorkit.profile.Competency.MEDICAL_KNOWLEDGE;
import static org.lorkit.profile.Competency.PATIENT_CARE;
import static org.lorkit.profile.Competency.PROFESSIONALISM;
import static org.lorkit.profile.Competency.RESEARCH;
import static org.lorkit.profile.Competency.TEACHING;
import static org.lorkit.profile.Competency.TEAMWORK;
import static org.lorkit.profile.Competency.WORK_ETHIC;

import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.season.Specialties;
import org.lorkit.season.StandardizedLetter;

/**
 * The forms letter writers fill in, with their fields, as one table. Field lists come from the
 * letters' own pages and published studies of them (December 2026); where no current source listed
 * the fields, the form is {@code unverified} and the product says so next to it.
 *
 * <ul>
 *   <li>eSLOE 2.0: parts A (core skills, rated for entrustability), B (professionalism and
 *       interpersonal skills, 1 to 5) and C (expected guidance, rank-list placement; the writer's call).
 *       The skills inside parts A and B are not listed one by one: the packet offers evidence per part.
 *   <li>OB/GYN SLOE: seven competencies plus areas for improvement (APGO/CREOG, 2023).
 *   <li>Orthopaedic and ENT letters: the domains of the earlier SLORs as studies report them; the current
 *       electronic forms were not seen, so both are unverified.
 *   <li>The 2027 portal pilot (Dermatology, Urology, Plastic Surgery-Integrated): its fields were not
 *       published where we looked; laid out by the six ACGME competencies, unverified.
 *   <li>Narrative letters: the six ACGME core competencies.
 * </ul>
 */
@Schema(
        name = "WriterFormKey",
        description = "The form a writer fills in: ESLOE_2 (Emergency Medicine), OBGYN_SLOE, ORTHO_SLOR, ENT_SLOR, "
                + "ACGME_NARRATIVE (a narrative letter, read by the six ACGME competencies), PORTAL_FORM (the 2027 pilot's "
                + "form in the AAMC Letter Writer Portal).")
public enum WriterForm {
    ESLOE_2(
            "eSLOE 2.0 (Emergency Medicine)",
            false,
            List.of(
                    evidence(
                            "ESLOE_2.PART_A",
                            "Part A: core emergency skills",
                            "Patients you worked up and managed yourself: focused history and exam, a differential, a plan, "
                                    + "spotting the sick patient. The writer rates how far each skill can be trusted to you.",
                            MEDICAL_KNOWLEDGE,
                            CLINICAL_REASONING,
                            PATIENT_CARE,
                            TEACHING),
                    growth(
                            "ESLOE_2.PART_B",
                            "Part B: professionalism and working with others",
                            "Reliability, honesty, how you treated patients and the team, how you took feedback. "
                                    + "Rated from 1 to 5.",
                            COMMUNICATION,
                            PROFESSIONALISM,
                            WORK_ETHIC,
                            TEAMWORK,
                            GROWTH_AFTER_FEEDBACK),
                    writersCall(
                            "ESLOE_2.PART_C",
                            "Part C: expected guidance and rank-list placement",
                            "The writer's own judgement of how much guidance you will need in residency and where you "
                                    + "would fall on their rank list: no story is offered here."))),
    OBGYN_SLOE(
            "OB/GYN SLOE",
            false,
            List.of(
                    evidence(
                            "OBGYN_SLOE.COMMUNICATION",
                            "Communication skills",
                            "Talking with patients and families, counselling, presenting to the team.",
                            COMMUNICATION,
                            TEACHING),
                    evidence(
                            "OBGYN_SLOE.PATIENT_CARE",
                            "Patient care",
                            "Patients you followed on the ward, in clinic or on labor and delivery: assessment, plan, "
                                    + "follow-through.",
                            PATIENT_CARE,
                            CLINICAL_REASONING),
                    evidence(
                            "OBGYN_SLOE.PROCEDURAL_SKILLS",
                            "Procedural skills",
                            "Procedures you did or assisted with under supervision: deliveries, suturing, exams, the OR. "
                                    + "Tag these stories by hand."),
                    evidence(
                            "OBGYN_SLOE.MEDICAL_KNOWLEDGE",
                            "Medical knowledge",
                            "Reading up, answering questions on rounds, applying guidelines.",
                            MEDICAL_KNOWLEDGE,
                            CLINICAL_REASONING),
                    evidence(
                            "OBGYN_SLOE.PROFESSIONALISM",
                            "Professionalism",
                            "Reliable, on time, honest, respectful with patients and staff.",
                            PROFESSIONALISM,
                            WORK_ETHIC),
                    evidence(
                            "OBGYN_SLOE.PRACTICE_BASED_IMPROVEMENT",
                            "Practice-based learning and improvement",
                            "Acting on feedback, looking up the evidence, quality-improvement work.",
                            GROWTH_AFTER_FEEDBACK,
                            RESEARCH),
                    evidence(
                            "OBGYN_SLOE.SYSTEMS_BASED_PRACTICE",
                            "Systems-based practice",
                            "Working with nurses, social work and other services; discharge planning; patient safety.",
                            TEAMWORK),
                    growth(
                            "OBGYN_SLOE.AREAS_FOR_IMPROVEMENT",
                            "Areas for improvement",
                            "Feedback you were given and what you changed: the form asks the writer for it."))),
    ORTHO_SLOR(
            "Orthopaedic surgery standardized letter",
            true,
            List.of(
                    evidence(
                            "ORTHO_SLOR.PATIENT_CARE",
                            "Patient care",
                            "Patients you saw in clinic, on the floor or in the OR and what you did for them.",
                            PATIENT_CARE,
                            CLINICAL_REASONING),
                    evidence(
                            "ORTHO_SLOR.MEDICAL_KNOWLEDGE",
                            "Medical knowledge",
                            "Anatomy and cases you read up on, questions you answered, a talk you gave.",
                            MEDICAL_KNOWLEDGE,
                            TEACHING),
                    evidence(
                            "ORTHO_SLOR.COMMUNICATION",
                            "Interpersonal and communication skills",
                            "Explaining to patients and families, presenting to the team.",
                            COMMUNICATION),
                    evidence(
                            "ORTHO_SLOR.PROCEDURAL_SKILLS",
                            "Procedural skills",
                            "Casting, splinting, suturing, assisting in the OR. Tag these stories by hand."),
                    evidence("ORTHO_SLOR.RESEARCH", "Research", "Projects, posters, papers, QI work.", RESEARCH),
                    evidence(
                            "ORTHO_SLOR.TEAMWORK",
                            "Working in a team",
                            "Helping residents and staff, taking on the unglamorous tasks.",
                            TEAMWORK),
                    evidence(
                            "ORTHO_SLOR.PROFESSIONALISM",
                            "Professionalism",
                            "Reliable, on time, honest, respectful.",
                            PROFESSIONALISM),
                    growth(
                            "ORTHO_SLOR.INITIATIVE",
                            "Initiative and drive",
                            "Going beyond what was asked, coming back better after feedback.",
                            WORK_ETHIC,
                            GROWTH_AFTER_FEEDBACK),
                    evidence(
                            "ORTHO_SLOR.COMMITMENT",
                            "Commitment to orthopaedic surgery",
                            "What shows your interest in the field: electives, projects, why ortho. Tag by hand."),
                    writersCall(
                            "ORTHO_SLOR.OVERALL",
                            "Overall standing among applicants",
                            "The writer's own comparison with other applicants and where they expect you to match."))),
    ENT_SLOR(
            "Otolaryngology standardized letter",
            true,
            List.of(
                    evidence(
                            "ENT_SLOR.PATIENT_CARE",
                            "Patient care",
                            "Patients you saw in clinic, on the ward or in the OR and what you did for them.",
                            PATIENT_CARE,
                            CLINICAL_REASONING),
                    evidence(
                            "ENT_SLOR.MEDICAL_KNOWLEDGE",
                            "Medical knowledge",
                            "Anatomy and cases you read up on, questions you answered, a talk you gave.",
                            MEDICAL_KNOWLEDGE,
                            TEACHING),
                    evidence(
                            "ENT_SLOR.COMMUNICATION",
                            "Communication skills",
                            "Explaining to patients and families, presenting, working with the team.",
                            COMMUNICATION,
                            TEAMWORK),
                    evidence(
                            "ENT_SLOR.PROCEDURAL_SKILLS",
                            "Procedural skills",
                            "Scope exams, suturing, assisting in the OR. Tag these stories by hand."),
                    evidence("ENT_SLOR.RESEARCH", "Research", "Projects, posters, papers, QI work.", RESEARCH),
                    growth(
                            "ENT_SLOR.INITIATIVE",
                            "Initiative and drive",
                            "Going beyond what was asked, coming back better after feedback.",
                            WORK_ETHIC,
                            GROWTH_AFTER_FEEDBACK),
                    evidence(
                            "ENT_SLOR.COMMITMENT",
                            "Commitment to otolaryngology",
                            "What shows your interest in the field: electives, projects, why ENT. Tag by hand."),
                    evidence(
                            "ENT_SLOR.ACADEMIC_INTEREST",
                            "Interest in academic medicine",
                            "Teaching, research and questions that show you want an academic career. Tag by hand."),
                    evidence(
                            "ENT_SLOR.PROFESSIONALISM",
                            "Professionalism",
                            "Reliable, on time, honest, respectful.",
                            PROFESSIONALISM),
                    writersCall(
                            "ENT_SLOR.MATCH_POTENTIAL",
                            "Match potential",
                            "The writer's own estimate of how strong a candidate you are: no story is offered here."))),
    /** The six competencies; listed before the portal form, which borrows them. */
    ACGME_NARRATIVE("Narrative letter (six ACGME core competencies)", false, Acgme.FIELDS),
    PORTAL_FORM("Standardized form in the AAMC Letter Writer Portal", true, Acgme.FIELDS);

    /** Said next to an unverified form, in the product and the writer's sheet. */
    public static final String UNVERIFIED_NOTE =
            "Field list not confirmed: the writer's form may name its fields differently.";

    private final String label;
    private final boolean unverified;
    private final List<FormField> fields;

    WriterForm(String label, boolean unverified, List<FormField> fields) {
        this.label = label;
        this.unverified = unverified;
        this.fields = fields;
    }

    public String label() {
        return label;
    }

    public boolean unverified() {
        return unverified;
    }

    public List<FormField> fields() {
        return fields;
    }

    /** The fields where the packet offers evidence (all but the writer's own calls). */
    public List<FormField> evidenceFields() {
        return fields.stream().filter(f -> !f.writersCall()).toList();
    }

    /**
     * The form a writer fills in: the standardized letter of the applicant's target specialty when the
     * letter request is for a standardized letter, else a narrative letter read by the ACGME competencies.
     */
    public static WriterForm forWriter(String targetSpecialty, boolean standardizedRequested) {
        Optional<StandardizedLetter> letter = Specialties.of(targetSpecialty).standardized();
        if (!standardizedRequested || letter.isEmpty()) {
            return ACGME_NARRATIVE;
        }
        return switch (letter.get()) {
            case ESLOE_2 -> ESLOE_2;
            case OBGYN_SLOE -> OBGYN_SLOE;
            case ORTHO_SLOR -> ORTHO_SLOR;
            case ENT_SLOR -> ENT_SLOR;
            case PORTAL_FORM -> PORTAL_FORM;
        };
    }

    /** The six ACGME core competencies, in their usual order. */
    private static final class Acgme {
        static final List<FormField> FIELDS = List.of(
                evidence(
                        "ACGME.PATIENT_CARE",
                        "Patient care",
                        "Patients you owned: assessment, plan, follow-up, caring for them as people.",
                        PATIENT_CARE,
                        CLINICAL_REASONING),
                evidence(
                        "ACGME.MEDICAL_KNOWLEDGE",
                        "Medical knowledge",
                        "Reading up on each new diagnosis, reasoning out loud, a teaching talk.",
                        MEDICAL_KNOWLEDGE,
                        CLINICAL_REASONING,
                        TEACHING),
                growth(
                        "ACGME.PRACTICE_BASED_LEARNING",
                        "Practice-based learning and improvement",
                        "Asking for feedback and visibly acting on it, looking up the evidence, QI or research.",
                        GROWTH_AFTER_FEEDBACK,
                        RESEARCH),
                evidence(
                        "ACGME.COMMUNICATION",
                        "Interpersonal and communication skills",
                        "Talking with patients and families (with an interpreter too), presenting, handoffs.",
                        COMMUNICATION,
                        TEACHING),
                evidence(
                        "ACGME.PROFESSIONALISM",
                        "Professionalism",
                        "Reliable, on time, honest, doing the work and more.",
                        PROFESSIONALISM,
                        WORK_ETHIC),
                evidence(
                        "ACGME.SYSTEMS_BASED_PRACTICE",
                        "Systems-based practice",
                        "Working with nurses, pharmacy and social work; discharge planning; patient safety.",
                        TEAMWORK));
    }
}
