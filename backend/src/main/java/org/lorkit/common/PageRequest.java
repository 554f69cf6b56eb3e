package org.lorkit.common;

import io.quarkus.panache.common.Sort;
import java.util.Map;

/**
 * page/size/sort query parameters, checked once for every collection.
 * Sort fields are an allow-list per resource (API name → column), so clients
 * never reach arbitrary columns.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static final int MAX_SIZE = 100;

    /** Parameters arrive as text so that "size=many" is a clear 400, not JAX-RS' 404. */
    public static PageRequest of(
            String page, String size, String sort, Map<String, String> sortable, String defaultSort) {
        int p = number("page", page, 0);
        int s = number("size", size, 20);
        if (p < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(p, s, parseSort(sort == null || sort.isBlank() ? defaultSort : sort, sortable));
    }

    private static int number(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be a whole number");
        }
    }

    private static Sort parseSort(String sort, Map<String, String> sortable) {
        // split drops trailing empties: "," is no parts at all, ",desc" an empty field.
        String[] parts = sort.split(",");
        if (parts.length == 0 || parts.length > 2) {
            throw ProblemException.invalid("sort", "use field or field,asc|desc");
        }
        String column = sortable.get(parts[0].trim());
        if (column == null) {
            throw ProblemException.invalid("sort", "can sort by " + String.join(", ", sortable.keySet()) + " only");
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "asc";
        Sort.Direction dir = switch (direction) {
            case "asc" -> Sort.Direction.Ascending;
            case "desc" -> Sort.Direction.Descending;
            default -> throw ProblemException.invalid("sort", "direction must be asc or desc");
        };
        // The id breaks ties so that pages never repeat or skip rows.
        return Sort.by(column, dir).and("id", dir);
    }
}
