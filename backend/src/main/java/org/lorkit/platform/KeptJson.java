package org.lorkit.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;

/**
 * The JSON of answers kept in memory ({@link AccountRevisionCache}), written once per kept instance. A list
 * or Today read again between two writes returns the very same object, so its bytes are the same too: they
 * are remembered by the object's identity (weak keys: gone with the kept answer, never matched by an equal
 * but different one) and sent as they are, with a Content-Length. A kept answer is never changed once
 * made (it is shared by every request), which is what makes its bytes safe to keep.
 */
@ApplicationScoped
public class KeptJson {

    /**
     * Bytes of JSON kept at most: a few pages and Today for each of the accounts kept in memory (about 45 KB
     * each, 1 000 by default). Weak keys let an answer's bytes go with the answer, usually much earlier.
     */
    static final long MOST_BYTES = 32L * 1024 * 1024;

    @Inject
    ObjectMapper json;

    private final Cache<Object, byte[]> written = Caffeine.newBuilder()
            .weakKeys()
            .maximumWeight(MOST_BYTES)
            .weigher((Object answer, byte[] bytes) -> bytes.length)
            .build();

    /** {@code answer} as JSON: the same mapper and settings as the REST layer's own Jackson writer. */
    public byte[] of(Object answer) {
        return written.get(answer, this::write);
    }

    private byte[] write(Object answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
