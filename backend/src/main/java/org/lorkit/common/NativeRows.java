package org.lorkit.common;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reading plain SQL answers (the coaching reads, export, admin counts): one row is always an array,
 * and the column values the PostgreSQL driver hands back become java.time values.
 */
public final class NativeRows {

    private NativeRows() {}

    /** The rows of a native query with positional parameters ?1, ?2, ...; a one-column row is an array of one. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(EntityManager em, String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        List<Object> raw = query.getResultList();
        List<Object[]> result = new ArrayList<>(raw.size());
        for (Object row : raw) {
            result.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return result;
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

    /** A text array read as array_to_string(column, ','). */
    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
