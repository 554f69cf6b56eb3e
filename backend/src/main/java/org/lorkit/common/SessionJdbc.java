package org.lorkit.common;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.hibernate.Session;

/**
 * One statement on the transaction's own connection, in plain JDBC, for the writes every create pays: a
 * native query costs Hibernate's parsing, its parameter binding and, after a bulk statement, forgetting what
 * it knows of every entity type; a persist costs its action queue and flush. A broken constraint still comes
 * back as Hibernate's ConstraintViolationException (the session converts the SQLException), so the problem
 * mapping is the same as for a flush.
 */
public final class SessionJdbc {

    /** Binds a statement's parameters. */
    public interface Binding {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private SessionJdbc() {}

    /** An instant as a timestamptz parameter, the way Hibernate binds one. */
    public static OffsetDateTime timestamptz(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Runs {@code sql} once; returns the rows it changed. */
    public static int update(EntityManager em, String sql, Binding binding) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binding.bind(statement);
                return statement.executeUpdate();
            }
        });
    }
}
