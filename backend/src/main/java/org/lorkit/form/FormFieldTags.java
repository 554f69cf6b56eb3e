package org.lorkit.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lorkit.common.Problem;
import org.lorkit.common.ProblemException;
import org.lorkit.common.ProblemType;

/** The form-field tags of a story or feedback: checked against the catalogue, stored as a text array. */
public final class FormFieldTags {

    /** Every field key of every form, to its field (the portal form shares the ACGME keys). */
    private static final Map<String, FormField> BY_KEY = Stream.of(WriterForm.values())
            .flatMap(f -> f.fields().stream())
            .collect(Collectors.toMap(FormField::key, Function.identity(), (a, b) -> a));

    private FormFieldTags() {}

    public static boolean known(String key) {
        return BY_KEY.containsKey(key);
    }

    /**
     * Distinct keys in the order given; an unknown key, or a field that is the writer's own call,
     * answers 422 naming it ("formFields[1]").
     */
    public static String[] toStored(List<String> keys, String field) {
        if (keys == null) {
            return new String[0];
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i) == null ? "" : keys.get(i).strip();
            FormField known = BY_KEY.get(key);
            if (known == null) {
                errors.add(new Problem.FieldError(
                        field + "[" + i + "]",
                        "\"" + key + "\" is not a field of any writer's form (GET /api/v1/writer-forms lists them)"));
            } else if (known.writersCall()) {
                errors.add(new Problem.FieldError(
                        field + "[" + i + "]",
                        "\"" + key + "\" is the writer's own judgement: no story or feedback is offered for it"));
            } else {
                kept.add(key);
            }
        }
        if (!errors.isEmpty()) {
            String detail =
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw new ProblemException(ProblemType.RULE, detail, List.copyOf(errors));
        }
        return kept.toArray(String[]::new);
    }

    /** Stored keys as the API shows them; keys a newer version wrote and this one does not know are skipped. */
    public static List<String> fromStored(String[] stored) {
        if (stored == null) {
            return List.of();
        }
        return Stream.of(stored).filter(FormFieldTags::known).toList();
    }

    /** Whether a stored tag list names this field. */
    public static boolean tags(Collection<String> tags, FormField field) {
        return tags.contains(field.key());
    }
}
