package org.lorkit.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Reading plain SQL answers (the PostgreSQL-only aggregates, the delivery queue): a row is read by column NAME, never by position, and the column values the
 * PostgreSQL driver hands back become java.time values. A renamed or reordered column then fails
 * loudly by name instead of casting the wrong value.
 */
public final class NativeRows {

    private NativeRows() {}

    /** One row of a native query, its columns read by the names the SELECT gives them. */
    public record Row(Tuple tuple) {

        public UUID uuid(String column) {
            return tuple.get(column, UUID.class);
        }

        public String text(String column) {
            return tuple.get(column, String.class);
        }

        /** A count or another integer column; a null reads as 0. */
        public long number(String column) {
            Number n = tuple.get(column, Number.class);
            return n == null ? 0 : n.longValue();
        }

        public LocalDate date(String column) {
            return NativeRows.date(tuple.get(column));
        }

        public Instant instant(String column) {
            return NativeRows.instant(tuple.get(column));
        }
    }

    /** The rows of a native query with positional parameters ?1, ?2, ...; columns are read by name. */
    @SuppressWarnings("unchecked")
    public static List<Row> rows(EntityManager em, String sql, Object... params) {
        var query = em.createNativeQuery(sql, Tuple.class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((List<Tuple>) query.getResultList()).stream().map(Row::new).toList();
    }

    /** A timestamp column (null stays null), whichever type the driver chose for it. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }

    /** A date column (null stays null). */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }
}
