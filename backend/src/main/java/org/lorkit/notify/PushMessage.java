package org.lorkit.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the phone shows: a title, a short body and the address in the app it opens. Built from Today's
 * titles and rule sentences only, never from stories or feedback (a push service relays it, encrypted).
 *
 * @param urgency RFC 8030 Urgency: "high" for an urgent note, "normal" for a digest
 * @param topic RFC 8030 Topic: a newer message with the same topic replaces an undelivered older one
 * @param ttlSeconds how long the push service keeps it for a phone that is offline
 */
public record PushMessage(String title, String body, String url, String urgency, String topic, long ttlSeconds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON the service worker reads (frontend/src/app/pushHandler.js): {title, body, url}. */
    public byte[] payload() {
        try {
            var node = JSON.createObjectNode()
                    .put("title", title)
                    .put("body", body)
                    .put("url", url);
            byte[] bytes = JSON.writeValueAsBytes(node);
            if (bytes.length > WebPushCrypto.MAX_PLAINTEXT) {
                // Only the body can be long: cut it (by characters) until the message fits.
                String shorter = body.substring(0, Math.max(0, body.length() - (bytes.length - 3900) - 1)) + "…";
                return new PushMessage(title, shorter, url, urgency, topic, ttlSeconds).payload();
            }
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
