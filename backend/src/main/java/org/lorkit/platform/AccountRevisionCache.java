package org.lorkit.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Keeps what a read built of one account in memory while the account's revision stands. The
 * revision (table account_revision) is moved by triggers on every table of the account that such a
 * read may use (migration V24), in the writing transaction: a value read after a commit is never
 * served for an older revision, and every replica sees the same number. The coaching rules' model
 * (today, the plan, reminders, the packet, the calendar), the ranked attendings, the PHI guard's
 * allowed names and the story pages last read are kept here: without it each request read the whole
 * account again.
 *
 * <p>A transaction that has moved the account's revision (written a row the triggers watch) or holds
 * changes not yet sent neither reads nor fills the cache: what it sees is not committed and may be
 * rolled back. One that wrote elsewhere only (an idempotency key, a security event) sees the account as
 * committed, so it reads and fills it: a story logged right after the list was read finds the allowed
 * names kept. What is kept must not be
 * changed by its readers (unmodifiable collections, records, detached entities read only).
 */
@ApplicationScoped
public class AccountRevisionCache {

    /** What is kept of an account, one per kind; {@code T} is the type of the kept value. */
    public record Kind<T>(String name, Scope scope) {

        public Kind(String name) {
            this(name, Scope.ACCOUNT);
        }
    }

    /** Which number a kind is kept by (migrations V24 and V25). */
    public enum Scope {
        /** Moves with any change of the account. */
        ACCOUNT,
        /** Moves only when her attendings or rotations change: what the PHI guard's allowed names are read from. */
        NAMES,
        /**
         * Moves with any change of the account or of the season calendars (migration V26): the coaching
         * rules' model, which keeps the calendars it read.
         */
        SEASON
    }

    private record Key(UUID owner, Kind<?> kind) {}

    private record Entry(long revision, long calendars, Object value) {}

    /**
     * The account's revision, and whether this transaction moved it: the triggers move it in the writing
     * statement (not at commit), and the row version a transaction wrote carries its own id as xmin.
     * LORkit's transactions use no savepoints, whose writes would carry another id. Without a row (an
     * account never written, or one this transaction is deleting) any write counts as moving it. The season
     * calendars' number and whether this transaction moved it come in the same round trip.
     */
    private static final String REVISION = "SELECT coalesce(max(revision), 0), coalesce(max(names_revision), 0),"
            + " coalesce(bool_or(xmin = pg_current_xact_id_if_assigned()::xid),"
            + " pg_current_xact_id_if_assigned() IS NOT NULL),"
            + " (SELECT revision FROM calendar_revision),"
            + " coalesce((SELECT xmin = pg_current_xact_id_if_assigned()::xid FROM calendar_revision), false)"
            + " FROM account_revision WHERE owner_id = ?";

    private final Cache<Key, Entry> cache;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AccountRevisionCache(LorkitConfig config) {
        // Four kinds per account at most: the rules' model, the attendings, the allowed names, story pages.
        cache = Caffeine.newBuilder()
                .maximumSize(4L * config.coaching().accountsInMemory())
                .build();
    }

    /**
     * The {@code kind} of {@code owner} kept at the account's current revision, or null: looked up outside any
     * transaction, with one autocommit statement on a pooled connection. A read that most often answers from
     * memory (a list read again, Today) then needs no transaction, session or interceptors, which cost more than
     * the lookup (docs/BENCHMARKS.md); on null the caller reads in its own transaction through {@link #of}.
     * Inside a transaction it answers null: there, only {@link #of} knows what the transaction has changed.
     */
    @SuppressWarnings("unchecked")
    public <T> T keptNow(UUID owner, Kind<T> kind) {
        if (QuarkusTransaction.isActive()) {
            return null;
        }
        Entry kept = cache.getIfPresent(new Key(owner, kind));
        if (kept == null) {
            return null;
        }
        long[] state;
        try (Connection connection = dataSource.getConnection()) {
            state = lookup(connection, owner);
        } catch (SQLException e) {
            // The transactional read that follows reports what is wrong with the database.
            return null;
        }
        return current(kept, kind, state) ? (T) kept.value() : null;
    }

    /** The {@code kind} of {@code owner}, read by {@code read} unless the one kept is still current. Callers hold the transaction. */
    @SuppressWarnings("unchecked")
    public <T> T of(UUID owner, Kind<T> kind, Supplier<T> read) {
        // Changes this transaction holds and has not sent yet: the database does not know them.
        Session session = em.unwrap(Session.class);
        if (session.isDirty()) {
            return read.get();
        }
        // Plain JDBC on the transaction's own connection: Hibernate's native-query parsing and result mapping
        // cost more than the lookup itself, and this runs on every read that uses the cache.
        long[] state = session.doReturningWork(connection -> lookup(connection, owner));
        boolean movedHere = state[MOVED] == 1 || (kind.scope() == Scope.SEASON && state[CALENDARS_MOVED] == 1);
        if (movedHere) {
            // It changed the account and may still roll back: what it sees is its own.
            return read.get();
        }
        Key key = new Key(owner, kind);
        Entry kept = cache.getIfPresent(key);
        if (kept != null && current(kept, kind, state)) {
            return (T) kept.value();
        }
        T value = read.get();
        // Two requests may read the same revision at once: either result is the same account.
        cache.put(key, new Entry(revisionOf(kind, state), calendarsOf(kind, state), value));
        return value;
    }

    // The columns of REVISION, as lookup returns them.
    private static final int ACCOUNT = 0, NAMES_REVISION = 1, MOVED = 2, CALENDARS = 3, CALENDARS_MOVED = 4;

    private static long[] lookup(Connection connection, UUID owner) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(REVISION)) {
            s.setObject(1, owner);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new long[] {
                    r.getLong(1), r.getLong(2), r.getBoolean(3) ? 1 : 0, r.getLong(4), r.getBoolean(5) ? 1 : 0
                };
            }
        }
    }

    private static boolean current(Entry kept, Kind<?> kind, long[] state) {
        return kept.revision() == revisionOf(kind, state) && kept.calendars() == calendarsOf(kind, state);
    }

    private static long revisionOf(Kind<?> kind, long[] state) {
        return kind.scope() == Scope.NAMES ? state[NAMES_REVISION] : state[ACCOUNT];
    }

    private static long calendarsOf(Kind<?> kind, long[] state) {
        return kind.scope() == Scope.SEASON ? state[CALENDARS] : 0;
    }
}
