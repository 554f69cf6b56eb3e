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
 * The first admin comes from the environment: LORKIT_ADMIN_EMAIL (+ LORKIT_ADMIN_INITIAL_PASSWORD
 * when that account does not exist yet). It is used only while no admin exists, so after the
 * first start the variables do nothing and should be removed and the password changed.
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
        PROMOTED,
        PASSWORD_MISSING
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
            case PROMOTED -> LOG.warn("Made the existing account named by LORKIT_ADMIN_EMAIL an admin.");
            case PASSWORD_MISSING ->
                LOG.error("LORKIT_ADMIN_EMAIL names no account yet and LORKIT_ADMIN_INITIAL_PASSWORD "
                        + "is not set (or too weak): no admin was created.");
            case ADMIN_EXISTS -> LOG.debug("An admin exists: LORKIT_ADMIN_EMAIL is ignored (you may remove it).");
            case NOT_CONFIGURED -> LOG.debug("LORKIT_ADMIN_EMAIL is not set.");
        }
    }

    /** Creates or promotes the first admin, only when there is none yet. */
    @Transactional
    public Outcome ensureFirstAdmin(String adminEmail, String password) {
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
            existing.get().role = Role.ADMIN;
            return Outcome.PROMOTED;
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
