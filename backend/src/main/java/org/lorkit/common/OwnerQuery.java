package org.lorkit.common;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The where clause of a list: always the caller's own records, then one condition per filter that was
 * given (an absent filter filters nothing). Every list builds its query through here, so none can
 * forget the owner.
 */
public final class OwnerQuery {

    private final StringBuilder where = new StringBuilder("ownerId = :owner");
    private final Map<String, Object> params = new HashMap<>();

    public OwnerQuery(UUID owner) {
        params.put("owner", owner);
    }

    /** Adds {@code and <condition>} with {@code :<name>} bound to {@code value}, unless value is null. */
    public OwnerQuery and(String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            params.put(name, value);
        }
        return this;
    }

    /** The from/to query parameters on a date field (either may be absent); to before from is a 400 naming to. */
    public OwnerQuery between(String field, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return and(field + " >= :from", "from", from).and(field + " <= :to", "to", to);
    }

    public String where() {
        return where.toString();
    }

    public Map<String, Object> params() {
        return params;
    }
}
