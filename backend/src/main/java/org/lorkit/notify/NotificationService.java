package org.lorkit.notify;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.lorkit.common.Etags;
import org.lorkit.common.FieldErrors;
import org.lorkit.common.PageRequest;
import org.lorkit.common.ProblemException;
import org.lorkit.common.Sha256;
import org.lorkit.platform.LorkitConfig;
import org.lorkit.platform.VapidKeys;
import org.lorkit.profile.ProfileService;
import org.lorkit.security.ClientAddress;
import org.lorkit.security.RateLimiter;

/** An applicant's notification settings and subscribed browsers. */
@ApplicationScoped
public class NotificationService {

    @Inject
    Clock clock;

    @Inject
    RateLimiter limiter;

    @Inject
    ClientAddress client;

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
     * keys after the browser renewed them). Another applicant posting the same endpoint gets a row of her own
     * and never touches this one: nobody can take over another account's subscription by knowing its endpoint.
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
        // One statement, so that the same browser posting again (a retry, a renewed key) refreshes its one row
        // without a read-then-write race; another account's row with this endpoint is never touched.
        Instant now = clock.instant();
        UUID id = (UUID) PushSubscription.getEntityManager()
                .createNativeQuery("""
                        INSERT INTO push_subscription (id, owner_id, endpoint, p256dh, auth, created_at, updated_at, version)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, 1)
                        ON CONFLICT (owner_id, endpoint) DO UPDATE
                        SET p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth, updated_at = EXCLUDED.updated_at,
                            version = push_subscription.version + 1
                        RETURNING id""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, owner)
                .setParameter(3, endpoint)
                .setParameter(4, input.keys().p256dh().replace("=", ""))
                .setParameter(5, input.keys().auth().replace("=", ""))
                .setParameter(6, now.atOffset(java.time.ZoneOffset.UTC))
                .getSingleResult();
        PushSubscription s = PushSubscription.findById(id);
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

    static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt");

    @Transactional
    public PushSubscriptionPage subscriptions(UUID owner, PageRequest request) {
        PanacheQuery<PushSubscription> query = PushSubscription.<PushSubscription>find("ownerId", request.sort(), owner)
                .page(request.page(), request.size());
        List<PushSubscriptionDto> items =
                query.list().stream().map(PushSubscriptionDto::of).toList();
        return new PushSubscriptionPage(items, request.page(), request.size(), query.count());
    }

    /**
     * One-click unsubscribe from a digest mail: emails off for the account it went to; phones untouched. A
     * used token still answers (a mail app may POST twice); an unknown one is 400 naming the token and counts towards the
     * per-client limit, so tokens cannot be guessed at speed.
     */
    @Transactional
    public void unsubscribeEmails(String token) {
        limiter.acquire("unsubscribe:client:" + client.value(), UNSUBSCRIBES_PER_CLIENT, Duration.ofMinutes(15));
        EmailUnsubscribe found = token == null || token.isBlank() ? null : EmailUnsubscribe.findById(Sha256.hex(token));
        if (found == null) {
            throw ProblemException.invalid(
                    "token",
                    "this unsubscribe link is not known: open Settings, Notifications to turn the emails off.");
        }
        Instant now = clock.instant();
        if (found.usedAt == null) {
            found.usedAt = now;
        }
        NotificationSettings s = NotificationSettings.findById(found.ownerId);
        if (s != null && s.emailEnabled) {
            s.emailEnabled = false; // @Version moves on: an open Settings screen sees the change (412)
            s.updatedAt = now;
        }
    }

    static final int UNSUBSCRIBES_PER_CLIENT = 30;

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
