package org.lorkit.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The little of RFC 7239 the client address needs: a Forwarded header is a comma-separated list of
 * elements (one per proxy), each a semicolon-separated list of name=value pairs whose value is a token
 * or a quoted string ({@code for="[2001:db8::7]:443"}). Separators inside quotes do not split.
 */
final class ForwardedHeader {

    /** Longer headers are not a proxy's work; the part beyond is not read (the walk stops at garbage). */
    private static final int MAX_CHARS = 8192;

    private ForwardedHeader() {}

    static List<String> elements(String header) {
        return split(header.length() > MAX_CHARS ? header.substring(header.length() - MAX_CHARS) : header, ',');
    }

    /** The value of {@code name} in one element, unquoted; empty when the element has none. */
    static Optional<String> parameter(String element, String name) {
        for (String pair : split(element, ';')) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return Optional.of(unquote(pair.substring(eq + 1).trim()));
            }
        }
        return Optional.empty();
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < text.length()) {
                part.append(c);
                c = text.charAt(++i);
            } else if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquote(String value) {
        if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
            return value;
        }
        StringBuilder plain = new StringBuilder();
        for (int i = 1; i < value.length() - 1; i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() - 1) {
                c = value.charAt(++i);
            }
            plain.append(c);
        }
        return plain.toString();
    }
}
