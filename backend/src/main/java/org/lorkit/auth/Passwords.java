package org.lorkit.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.lorkit.common.ProblemException;
import org.lorkit.platform.LorkitConfig;

/** bcrypt hashing. bcrypt reads only 72 bytes, so longer passwords are refused, not silently cut. */
@ApplicationScoped
public class Passwords {

    static final int MIN_CHARS = 8;
    static final int MAX_BYTES = 72;

    @Inject
    LorkitConfig config;

    /** A hash to compare against when the email is unknown, so both paths cost the same time. */
    private volatile String decoy;

    private static final Set<String> COMMON = loadCommon();

    private static Set<String> loadCommon() {
        try (var in = Passwords.class.getResourceAsStream("/org/lorkit/security/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The list of common passwords is missing from the build", e);
        }
    }

    /** Length rules and the common-password list; no composition rules (ASVS 5 V6.2). */
    public void checkAcceptable(String password) {
        checkAcceptable(password, "password");
    }

    /** As above, naming {@code field} in the problem ("newPassword" on a change). */
    public void checkAcceptable(String password, String field) {
        if (password.codePointCount(0, password.length()) < MIN_CHARS) {
            throw ProblemException.invalid(
                    field, "must be at least " + MIN_CHARS + " characters (15 or more is better)");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ProblemException.invalid(
                    field,
                    "must be at most " + MAX_BYTES + " bytes (about 72 plain letters; fewer with accents or emoji)");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw ProblemException.invalid(
                    field, "is one of the most common passwords; choose another (a few unrelated words work well)");
        }
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.auth().bcryptCost());
    }

    public boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return BcryptUtil.matches(password, hash);
    }

    public void spendComparableTime(String password) {
        if (decoy == null) {
            decoy = hash("decoy-password-for-timing");
        }
        matches(password, decoy);
    }
}
