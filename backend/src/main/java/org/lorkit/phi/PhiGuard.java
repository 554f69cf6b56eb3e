package org.lorkit.phi;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lorkit.platform.AccountRevisionCache;

/**
 * Checks an applicant's free text for patient identifiers. The applicant's own attendings
 * are colleagues, not patients: their names are allowed.
 */
@ApplicationScoped
public class PhiGuard {

    @Inject
    AllowedNames allowedNames;

    @Inject
    AccountRevisionCache kept;

    /** Kept by the names' own number: a story logged moves the account's revision, not her writers' names. */
    private static final AccountRevisionCache.Kind<Allowed> ALLOWED =
            new AccountRevisionCache.Kind<>("allowed names", AccountRevisionCache.Scope.NAMES);

    @Inject
    Clock clock;

    private PhiDetector detector;

    @PostConstruct
    void start() {
        detector = new PhiDetector(clock);
    }

    /** The names an applicant's texts may contain, reduced to the tokens the detector compares. */
    public static final class Allowed {

        private final Set<String> tokens;

        private Allowed(Set<String> tokens) {
            this.tokens = tokens;
        }
    }

    /** The names to let through for this applicant; look them up (and reduce them) once per request, not per text. */
    public Allowed allowedFor(UUID owner) {
        // Kept while the revision of her names stands: attendings and rotations move it (migration V25).
        return kept.of(
                owner,
                ALLOWED,
                () -> new Allowed(Collections.unmodifiableSet(NameLexicon.allowedTokens(allowedNames.of(owner)))));
    }

    /** Warnings for each named field (field name → text), in field order. */
    public List<PhiWarning> check(UUID owner, Map<String, String> fields) {
        return check(fields, allowedFor(owner));
    }

    public List<PhiWarning> check(Map<String, String> fields, Allowed allowed) {
        List<PhiWarning> warnings = new ArrayList<>();
        fields.forEach((field, text) -> {
            for (PhiFinding finding : detector.detectAllowing(text, allowed.tokens)) {
                warnings.add(PhiWarning.of(field, finding));
            }
        });
        return warnings;
    }

    /**
     * As {@link #check(Map, Allowed)}, for texts read back from the database. The detector is a pure
     * function of the texts and the allowed names, and lists read the same stories again and again (each
     * time the app opens), so results are remembered up to {@link #REMEMBERED_CHARS} characters of text,
     * then forgotten all at once. An edit changes the text and a new attending the allowed names: either
     * makes a new key, so a remembered answer is never stale. Not for text from a request (a client could
     * fill the memory with it).
     */
    public List<PhiWarning> checkStored(Map<String, String> fields, Allowed allowed) {
        Remembered key = new Remembered(new LinkedHashMap<>(fields), allowed.tokens);
        List<PhiWarning> known = remembered.get(key);
        if (known != null) {
            return known;
        }
        List<PhiWarning> warnings = List.copyOf(check(fields, allowed));
        long chars = fields.values().stream()
                .mapToLong(t -> t == null ? 0 : t.length())
                .sum();
        if (rememberedChars.addAndGet(chars) > REMEMBERED_CHARS) {
            remembered.clear();
            rememberedChars.set(chars);
        }
        remembered.put(key, warnings);
        return warnings;
    }

    private final Map<Remembered, List<PhiWarning>> remembered = new ConcurrentHashMap<>();
    private final AtomicLong rememberedChars = new AtomicLong();
    /** About 16 MB of text: tens of thousands of typical stories. */
    static final long REMEMBERED_CHARS = 8_000_000;

    private record Remembered(Map<String, String> fields, Set<String> allowedTokens) {}

    public List<PhiWarning> check(UUID owner, String field, String text) {
        Map<String, String> one = new LinkedHashMap<>();
        one.put(field, text);
        return check(owner, one);
    }
}
