package org.lorkit.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes the audit trail: within the caller's transaction for things that happened, and in
 * a transaction of its own for refused attempts, whose request is rolled back.
 */
@ApplicationScoped
public class SecurityEvents {

    private static final Logger LOG = Logger.getLogger("org.lorkit.audit");

    /** The one clock (platform's producer; MutableClock in tests), so tests can walk through windows. */
    @Inject
    Clock clock;

    @Inject
    ClientAddress client;

    @Transactional
    public void record(UUID userId, SecurityEventKind kind, String detail) {
        write(userId, kind, detail);
    }

    /** For refused attempts: kept even though the request's own transaction rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefused(UUID userId, SecurityEventKind kind, String detail) {
        write(userId, kind, detail);
    }

    private void write(UUID userId, SecurityEventKind kind, String detail) {
        SecurityEvent event = new SecurityEvent();
        event.id = UUID.randomUUID();
        event.userId = userId;
        event.kind = kind;
        event.occurredAt = clock.instant();
        event.clientAddress = client.value();
        event.detail = detail;
        event.persist();
        // Ids and kinds only: never emails, passwords or tokens.
        LOG.infof("security event %s for account %s", kind, userId);
    }
}
