package org.lorkit.hostile;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What the server answered (or that it did not: {@code failure}). */
record Answer(int status, Map<String, List<String>> headers, byte[] body, String failure) {

    static Answer failed(String failure) {
        return new Answer(0, Map.of(), new byte[0], failure);
    }

    String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .orElse(null);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
