package org.lorkit.packet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.lorkit.form.FormField;
import org.lorkit.form.WriterForm;

/**
 * A writer's packet laid out by the fields of the form they fill in. Only the evidence the packet rules
 * already chose goes in (the stories this writer witnessed, without unresolved privacy warnings, and
 * this writer's own feedback). A story or feedback tagged to fields of this form goes exactly there;
 * one with no tag for this form lands by its competencies (feedback: in the field that asks about
 * growth, when it says what to improve). A field may cite a story another field cites too.
 */
public record FormLayout(
        WriterForm form, List<FieldSection> sections, List<FormField> withoutEvidence, List<Evidence> other) {

    public enum Kind {
        STORY,
        FEEDBACK
    }

    /** A story or feedback as the writer reads it, and whether the applicant tagged it to this field. */
    public record Evidence(Kind kind, UUID id, String title, String text, LocalDate on, boolean tagged) {}

    public record FieldSection(FormField field, List<Evidence> evidence) {}

    /** A piece of this writer's feedback with its tags and whether it says what to improve. */
    public record Feedback(UUID id, String title, String text, LocalDate on, boolean growth, List<String> formFields) {}

    /** A chosen story with its tags, its competencies and its sheet text. */
    public record Story(
            UUID id, String title, String text, LocalDate on, List<String> competencies, List<String> formFields) {}

    static FormLayout of(WriterForm form, List<Story> stories, List<Feedback> feedback) {
        Set<String> ownKeys = new LinkedHashSet<>();
        form.fields().forEach(f -> ownKeys.add(f.key()));
        List<FieldSection> sections = new ArrayList<>();
        List<FormField> empty = new ArrayList<>();
        Set<UUID> placed = new LinkedHashSet<>();
        for (FormField field : form.fields()) {
            List<Evidence> evidence = new ArrayList<>();
            if (!field.writersCall()) {
                for (Story s : stories) {
                    boolean taggedHere = s.formFields().contains(field.key());
                    boolean untagged = s.formFields().stream().noneMatch(ownKeys::contains);
                    if (taggedHere || (untagged && field.fits(s.competencies()))) {
                        evidence.add(new Evidence(Kind.STORY, s.id(), s.title(), s.text(), s.on(), taggedHere));
                        placed.add(s.id());
                    }
                }
                for (Feedback f : feedback) {
                    boolean taggedHere = f.formFields().contains(field.key());
                    boolean untagged = f.formFields().stream().noneMatch(ownKeys::contains);
                    if (taggedHere || (untagged && f.growth() && field.growthFeedback())) {
                        evidence.add(new Evidence(Kind.FEEDBACK, f.id(), f.title(), f.text(), f.on(), taggedHere));
                    }
                }
                if (evidence.isEmpty()) {
                    empty.add(field);
                }
            }
            sections.add(new FieldSection(field, List.copyOf(evidence)));
        }
        List<Evidence> other = stories.stream()
                .filter(s -> !placed.contains(s.id()))
                .map(s -> new Evidence(Kind.STORY, s.id(), s.title(), s.text(), s.on(), false))
                .toList();
        return new FormLayout(form, List.copyOf(sections), List.copyOf(empty), other);
    }
}
