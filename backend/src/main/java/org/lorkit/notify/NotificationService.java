package org.lorkit.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.lorkit.common.Etags;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.ProblemException;
import org.lorkit.platform.LorkitConfig;
import org.lorkit.platform.VapidKeys;
import org.lorkit.profile.ProfileService;

/** An applicant's notification settings and subscribed browsers. */
@ApplicationScoped
public class NotificationService {

    @Inject
    Clock clock;

    @Inject
    ProfileService profiles;

    @Inject
    LorkitConfig config;

    @Transactional
    public NotificationSettingsDto get(UUID owner) {
        NotificationSettings s = NotificationSettings.findById(owner);
        return answer(s == null ? NotificationSettings.defaults(owner) : s);
    }

    @Transactional
    public NotificationSettingsDto put(UUID owner, NotificationSettingsInput input, String ifMatch) {
        new FieldErrors()
                .check(
                        (input.quietFrom() == null) == (input.quietUntil() == null),
                        input.quietFrom() == null ? "quietFrom" : "quietUntil",
                        "set both quietFrom and quietUntil, or neither")
                .check(
                        input.quietFrom() == null || !input.quietFrom().equals(input.quietUntil()),
                        "quietUntil",
                        "must differ from quietFrom")
                .throwIfAny();
        NotificationSettings s = NotificationSettings.findById(owner);
        if (s == null) {
            // The never-saved settings have version 0; a save starts the row at 1.
            Etags.requireMatch(ifMatch, 0);
            s = NotificationSettings.defaults(owner);
            s.version = 1;
        } else {
            Etags.requireMatch(ifMatch, s.version);
        }
        s.digest = input.digest() == null ? DigestFrequency.OFF : input.digest();
        s.digestWeekday = (short)
                (input.digestWeekday() == null ? 1 : input.digestWeekday().getValue());
        s.digestAt = NotificationSettingsDto.time(input.digestAt(), NotificationSettingsDto.DEFAULT_DIGEST_AT);
        s.quietFrom = NotificationSettingsDto.time(input.quietFrom(), null);
        s.quietUntil = NotificationSettingsDto.time(input.quietUntil(), null);
        s.urgentNotes = !Boolean.FALSE.equals(input.urgentNotes());
        s.emailEnabled = Boolean.TRUE.equals(input.emailEnabled());
        s.pushEnabled = Boolean.TRUE.equals(input.pushEnabled());
        s.updatedAt = clock.instant();
        s.persistAndFlush();
        return answer(s);
    }

    /**
     * Stores a browser's subscription, or refreshes it: an endpoint is one browser, so posting it again (new
     * keys after the browser renewed them, or another applicant logging in on that phone) moves the one row.
     */
    @Transactional
    public PushSubscriptionDto subscribe(UUID owner, PushSubscriptionInput input) {
        String endpoint = input.endpoint().trim();
        FieldErrors errors = new FieldErrors();
        String refused = PushEndpoints.problem(endpoint, config.push());
        errors.check(refused == null, "endpoint", refused);
        errors.check(isPoint(input.keys().p256dh()), "keys.p256dh", "must be the subscription's P-256 public key");
        errors.check(
                decoded(input.keys().auth()).length == 16, "keys.auth", "must be the subscription's 16-byte secret");
        errors.throwIfAny();
        PushSubscription s = PushSubscription.<PushSubscription>find("endpoint", endpoint)
                .firstResultOptional()
                .orElse(null);
        if (s == null) {
            s = new PushSubscription();
            s.id = UUID.randomUUID();
            s.endpoint = endpoint;
            s.createdAt = clock.instant();
        }
        s.ownerId = owner;
        s.p256dh = input.keys().p256dh().replace("=", "");
        s.auth = input.keys().auth().replace("=", "");
        s.updatedAt = clock.instant();
        s.persistAndFlush();
        return PushSubscriptionDto.of(s);
    }

    @Transactional
    public PushSubscriptionDto subscription(UUID owner, UUID id) {
        return PushSubscriptionDto.of(owned(owner, id));
    }

    @Transactional
    public void unsubscribe(UUID owner, UUID id, String ifMatch) {
        PushSubscription s = owned(owner, id);
        Etags.requireMatch(ifMatch, s.version);
        s.delete();
    }

    private static PushSubscription owned(UUID owner, UUID id) {
        PushSubscription s = PushSubscription.findById(id);
        if (s == null || !s.ownerId.equals(owner)) {
            throw ProblemException.notFound("push subscription");
        }
        return s;
    }

    private NotificationSettingsDto answer(NotificationSettings s) {
        var zone = profiles.facts(s.ownerId).zone();
        int phones = (int) PushSubscription.count("ownerId", s.ownerId);
        return NotificationSettingsDto.of(s, zone.getId(), phones, DigestSchedule.next(s, zone, clock.instant()));
    }

    private static boolean isPoint(String base64url) {
        try {
            VapidKeys.fromUncompressed(decoded(base64url));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] decoded(String base64url) {
        try {
            return Base64.getUrlDecoder().decode(base64url.replace("=", ""));
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
