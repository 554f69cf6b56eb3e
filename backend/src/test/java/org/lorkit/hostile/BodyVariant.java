package org.lorkit.hostile;

/**
 * A request body to send. {@code unreadable} marks bodies no correct server can accept
 * (not JSON, wrong media type, too large): only those are aimed at the fixture data that
 * must survive the run, since a merely odd but valid body may legitimately change it.
 */
record BodyVariant(String what, String contentType, byte[] bytes, boolean unreadable, boolean chunked) {

    static BodyVariant json(String what, String json, boolean unreadable) {
        return new BodyVariant(what, "application/json", utf8(json), unreadable, false);
    }

    static BodyVariant raw(String what, String contentType, byte[] bytes) {
        return new BodyVariant(what, contentType, bytes, true, false);
    }

    static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
