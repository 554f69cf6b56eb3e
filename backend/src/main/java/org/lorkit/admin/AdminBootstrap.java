package org.lorkit.admin;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.lorkit.auth.AppUser;
import org.lorkit.auth.Passwords;
import org.lorkit.auth.Role;
import org.lorkit.platform.LorkitConfig;

/**
 * The first admin comes from the environment: LORKIT_ADMIN_EMAIL + LORKIT_ADMIN_INITIAL_PASSWORD create a
 * NEW account, only while no admin exists, so after the first start the variables do nothing and should be
 * removed and the password changed. An existing account is never made an admin (whoever registered that
 * address first would become one), and the placeholder of deploy/.env.example and the Kubernetes secret
 * template stops the start.
 * Several replicas starting at once take a PostgreSQL advisory lock: one creates, the others see it.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
    /** Any fixed number; it only has to be the same in every replica. */
    private static final long LOCK_KEY = 0x4c4f526b6974L; // "LORkit"

    public enum Outcome {
        NOT_CONFIGURED,
        ADMIN_EXISTS,
        CREATED,
        /** The address already has an account: it is not made an admin. */
        ACCOUNT_EXISTS,
        PASSWORD_MISSING,
        /** The placeholder of the example env / secret template: the start fails. */
        PLACEHOLDER_PASSWORD
    }

    @Inject
    LorkitConfig config;

    /** The one clock (platform's producer; MutableClock in tests), so tests can walk through windows. */
    @Inject
    Clock clock;

    @Inject
    Passwords passwords;

    @Inject
    EntityManager em;

    void onStart(@Observes StartupEvent event) {
        Outcome outcome = ensureFirstAdmin(
                config.admin().email().filter(e -> !e.isBlank()).orElse(null),
                config.admin().initialPassword().filter(p -> !p.isEmpty()).orElse(null));
        switch (outcome) {
            case CREATED ->
                LOG.warn("Created the first admin account from LORKIT_ADMIN_EMAIL. Log in, change its password "
                        + "and remove LORKIT_ADMIN_INITIAL_PASSWORD from the environment.");
            case ACCOUNT_EXISTS ->
                LOG.error("LORKIT_ADMIN_EMAIL names an account that already exists: it was NOT made an admin. "
                        + "Give an address that has no LORkit account yet.");
            case PLACEHOLDER_PASSWORD -> {
                LOG.error("LORKIT_ADMIN_INITIAL_PASSWORD is still the placeholder from the example: set a long "
                        + "one-time passphrase (openssl rand -base64 24) or remove it. LORkit does not start.");
                throw new IllegalStateException(
                        "LORKIT_ADMIN_INITIAL_PASSWORD is the placeholder from the example; set a real one.");
            }
            case PASSWORD_MISSING ->
                LOG.error("LORKIT_ADMIN_EMAIL names no account yet and LORKIT_ADMIN_INITIAL_PASSWORD "
                        + "is not set (or too weak): no admin was created.");
            case ADMIN_EXISTS -> LOG.debug("An admin exists: LORKIT_ADMIN_EMAIL is ignored (you may remove it).");
            case NOT_CONFIGURED -> LOG.debug("LORKIT_ADMIN_EMAIL is not set.");
        }
    }

    /** The placeholder written in deploy/.env.example and deploy/k8s/base/secrets.template.yaml. */
    public static final String PLACEHOLDER = "REPLACE-WITH-A-LONG-ONE-TIME-PASSPHRASE";

    /** Creates the first admin as a new account, only when there is none yet. */
    @Transactional
    public Outcome ensureFirstAdmin(String adminEmail, String password) {
        if (password != null
                && password.trim().toUpperCase(java.util.Locale.ROOT).startsWith("REPLACE-WITH")) {
            return Outcome.PLACEHOLDER_PASSWORD;
        }
        if (adminEmail == null) {
            return Outcome.NOT_CONFIGURED;
        }
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?1)) AS locked")
                .setParameter(1, LOCK_KEY)
                .getSingleResult();
        if (AppUser.count("role", Role.ADMIN) > 0) {
            return Outcome.ADMIN_EXISTS;
        }
        Optional<AppUser> existing = AppUser.findByEmail(adminEmail);
        if (existing.isPresent()) {
            return Outcome.ACCOUNT_EXISTS;
        }
        if (password == null) {
            return Outcome.PASSWORD_MISSING;
        }
        try {
            passwords.checkAcceptable(password);
        } catch (RuntimeException tooWeak) {
            return Outcome.PASSWORD_MISSING;
        }
        AppUser admin = new AppUser();
        admin.id = UUID.randomUUID();
        admin.email = adminEmail.trim();
        admin.emailKey = AppUser.keyOf(adminEmail);
        admin.displayName = "Administrator";
        admin.passwordHash = passwords.hash(password);
        admin.createdAt = clock.instant();
        admin.role = Role.ADMIN;
        admin.persist();
        return Outcome.CREATED;
    }
}
