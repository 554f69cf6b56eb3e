package org.lorkit.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Phone notifications: one encrypted push per subscribed browser. A push service's 404/410 ends the subscription. */
@ApplicationScoped
public class PushChannel implements DigestChannel {

    static final int LINES = 3;

    @Inject
    PushSender sender;

    @Inject
    Clock clock;

    @Override
    public String name() {
        return "PUSH";
    }

    @Override
    public boolean reaches(UUID owner, NotificationSettings settings) {
        return settings.pushEnabled && PushSubscription.count("ownerId", owner) > 0;
    }

    @Override
    public boolean keepsQuietHours() {
        return true;
    }

    @Override
    public Result deliver(Digest digest) {
        List<PushSubscription> phones = PushSubscription.list("ownerId", digest.ownerId());
        PushMessage message = message(digest);
        int sent = 0;
        int retry = 0;
        for (PushSubscription phone : phones) {
            switch (sender.send(phone, message)) {
                case DELIVERED -> {
                    phone.lastSentAt = clock.instant();
                    sent++;
                }
                case GONE -> phone.delete();
                case RETRY -> retry++;
                case REFUSED -> {}
            }
        }
        String outcome = "sent to " + sent + " of " + phones.size() + " browsers";
        if (sent > 0) {
            // Some phones have it: trying again would show it twice there.
            return Result.sent(outcome);
        }
        return retry > 0 ? Result.retry(outcome) : Result.nowhere(outcome);
    }

    /** The notification: the headline, then up to three steps, one a line. */
    static PushMessage message(Digest digest) {
        List<Digest.Line> lines = digest.lines();
        String body;
        if (digest.kind() == Digest.Kind.URGENT) {
            Digest.Line line = lines.get(0);
            body = line.title() + ". " + line.reason();
        } else {
            body = lines.stream().limit(LINES).map(Digest.Line::title).collect(Collectors.joining("\n"));
            if (lines.size() > LINES) {
                body += "\n…and " + (lines.size() - LINES) + " more";
            }
        }
        return digest.kind() == Digest.Kind.URGENT
                ? new PushMessage(digest.headline(), body, digest.url(), "high", null, 24 * 3600)
                : new PushMessage(digest.headline(), body, digest.url(), "normal", "today-digest", 12 * 3600);
    }
}
