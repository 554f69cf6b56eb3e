package org.lorkit.phi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Checks an applicant's free text for patient identifiers. The applicant's own attendings
 * are colleagues, not patients: their names are allowed.
 */
@ApplicationScoped
public class PhiGuard {

    private final PhiDetector detector = new PhiDetector();

    @Inject
    AllowedNames allowedNames;

    /** The names to let through for this applicant; look them up once per request. */
    public List<String> allowedFor(UUID owner) {
        return allowedNames.of(owner);
    }

    /** Warnings for each named field (field name → text), in field order. */
    public List<PhiWarning> check(UUID owner, Map<String, String> fields) {
        return check(fields, allowedFor(owner));
    }

    public List<PhiWarning> check(Map<String, String> fields, List<String> allowed) {
        List<PhiWarning> warnings = new ArrayList<>();
        fields.forEach((field, text) -> {
            for (PhiFinding finding : detector.detect(text, allowed)) {
                warnings.add(PhiWarning.of(field, finding));
            }
        });
        return warnings;
    }

    public List<PhiWarning> check(UUID owner, String field, String text) {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(field, text);
        return check(owner, one);
    }
}
