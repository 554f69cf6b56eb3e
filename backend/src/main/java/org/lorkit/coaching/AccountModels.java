package org.lorkit.coaching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.function.Supplier;
import org.lorkit.platform.LorkitConfig;

/**
 * Keeps each account's {@link AccountModel} in memory while the account's revision stands. The
 * revision (table account_revision) is moved by triggers on every table the model is read from, in
 * the writing transaction, so a model read after a commit is never served for an older revision, and
 * every replica sees the same number. Today, the plan, reminders, the packet and the calendar all
 * read the model: without the cache each read the whole account again (about 12 statements).
 *
 * <p>A transaction that has written (PostgreSQL has given it a transaction id) neither reads nor
 * fills the cache: what it sees is not committed and may be rolled back.
 */
@ApplicationScoped
public class AccountModels {

    private record Entry(long revision, AccountModel model) {}

    private final Cache<UUID, Entry> cache;

    @Inject
    EntityManager em;

    @Inject
    AccountModels(LorkitConfig config) {
        cache = Caffeine.newBuilder()
                .maximumSize(config.coaching().accountsInMemory())
                .build();
    }

    /** The model of {@code owner}, read by {@code read} unless the one in memory is still current. */
    AccountModel of(UUID owner, Supplier<AccountModel> read) {
        // Writes made by this transaction go to the database first, so that they move the revision.
        em.flush();
        Object[] state = (Object[])
                em.createNativeQuery("SELECT coalesce((SELECT revision FROM account_revision WHERE owner_id = ?1), 0),"
                                + " pg_current_xact_id_if_assigned() IS NULL")
                        .setParameter(1, owner)
                        .getSingleResult();
        long revision = ((Number) state[0]).longValue();
        boolean unwritten = (Boolean) state[1];
        if (!unwritten) {
            return read.get();
        }
        Entry kept = cache.getIfPresent(owner);
        if (kept != null && kept.revision() == revision) {
            return kept.model();
        }
        AccountModel model = read.get();
        // Two requests may read the same revision at once: either result is the same account.
        cache.put(owner, new Entry(revision, model));
        return model;
    }
}
