package org.lorkit.notify;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lorkit.common.Stored;

/** A subscribed browser as the API shows it: never its endpoint or keys (whoever has them can push to it). */
@Schema(name = "PushSubscription", description = "A browser or phone that receives your notifications.")
public record PushSubscriptionDto(
        UUID id,

        @Schema(description = "The push service it goes through, by host.", examples = "fcm.googleapis.com")
        String service,

        Instant createdAt,

        @Schema(nullable = true, description = "The last time a notification was accepted for it.")
        Instant lastSentAt,

        @Schema(readOnly = true) long version)
        implements Stored {

    static PushSubscriptionDto of(PushSubscription s) {
        return new PushSubscriptionDto(
                s.id, java.net.URI.create(s.endpoint).getHost(), s.createdAt, s.lastSentAt, s.version);
    }
}
