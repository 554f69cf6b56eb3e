package org.lorkit.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.jboss.logging.Logger;
import org.lorkit.platform.LorkitConfig;
import org.lorkit.platform.VapidKeys;

/**
 * Sends one encrypted message to one push endpoint (RFC 8030 with VAPID, RFC 8292) and says what the push
 * service made of it. Redirects are never followed (an endpoint cannot bounce the API elsewhere) and every
 * call is bounded in time, since it runs inside a delivery's short transaction.
 */
@ApplicationScoped
public class PushSender {

    private static final Logger LOG = Logger.getLogger(PushSender.class);

    /** DELIVERED: accepted; GONE: the subscription ended (404/410); RETRY: try later; REFUSED: never works. */
    public enum Outcome {
        DELIVERED,
        GONE,
        RETRY,
        REFUSED
    }

    @Inject
    LorkitConfig config;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private volatile KeyPair keys;

    /** The applicationServerKey a browser subscribes with: the VAPID public key, base64url. */
    public String publicKey() {
        return VapidJwt.b64(VapidKeys.uncompressed((ECPublicKey) keys().getPublic()));
    }

    public Outcome send(PushSubscription subscription, PushMessage message) {
        if (PushEndpoints.problem(subscription.endpoint, config.push()) != null) {
            return Outcome.REFUSED; // stored before a stricter configuration: never called
        }
        URI endpoint = URI.create(subscription.endpoint);
        byte[] body = WebPushCrypto.encrypt(
                message.payload(),
                Base64.getUrlDecoder().decode(subscription.p256dh),
                Base64.getUrlDecoder().decode(subscription.auth));
        String token = VapidJwt.sign(endpoint, clock.instant(), subject(), keys().getPrivate());
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("TTL", Long.toString(message.ttlSeconds()))
                .header("Urgency", message.urgency())
                .header("Content-Encoding", "aes128gcm")
                .header("Content-Type", "application/octet-stream")
                .header("Authorization", "vapid t=" + token + ", k=" + publicKey())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (message.topic() != null) {
            request.header("Topic", message.topic());
        }
        try {
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return outcome(status);
        } catch (IOException e) {
            LOG.infof("Push service not reached (%s): will retry", e.getClass().getSimpleName());
            return Outcome.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.RETRY;
        }
    }

    static Outcome outcome(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.DELIVERED;
        }
        if (status == 404 || status == 410) {
            return Outcome.GONE;
        }
        if (status == 429 || status >= 500) {
            return Outcome.RETRY;
        }
        // 400 (bad request), 401/403 (VAPID refused), 413 (too big): trying again changes nothing.
        LOG.warnf("Push service refused a message with HTTP %d", status);
        return Outcome.REFUSED;
    }

    private String subject() {
        return config.push()
                .contact()
                .or(() -> config.admin().email().map(email -> "mailto:" + email))
                .orElse(null);
    }

    private KeyPair keys() {
        KeyPair pair = keys;
        if (pair == null) {
            LorkitConfig.Push push = config.push();
            pair = VapidKeys.read(
                    Path.of(push.vapidPrivateKeyLocation()
                            .orElseThrow(() -> new IllegalStateException("lorkit.push.vapid-private-key-location"))),
                    Path.of(push.vapidPublicKeyLocation()
                            .orElseThrow(() -> new IllegalStateException("lorkit.push.vapid-public-key-location"))));
            keys = pair;
        }
        return pair;
    }
}
