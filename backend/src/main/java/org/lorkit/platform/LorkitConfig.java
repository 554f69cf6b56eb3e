package org.lorkit.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * LORkit's own settings (lorkit.* in application.properties, most of them from LORKIT_* variables), in
 * one place and checked when the API starts: a zero limit or an impossible bcrypt cost stops the start
 * instead of failing the first login. Quarkus' own settings (quarkus.*, mp.jwt.*) are read where used.
 */
@ConfigMapping(prefix = "lorkit")
public interface LorkitConfig {

    /** The built app (frontend/dist) the API serves at / (LORKIT_SPA_DIR, `make run`); absent: none. */
    Optional<String> spaDir();

    /**
     * The address people open LORkit at (LORKIT_PUBLIC_URL), for the links in mails; without a trailing
     * slash. Default: what `make run` prints.
     */
    @WithDefault("http://127.0.0.1:8080")
    String publicUrl();

    /**
     * The server's secret for what is kept at rest (LORKIT_SECRETS_KEY, base64 of 32+ random bytes): see
     * ServerSecrets. LorkitMain makes one in the data directory when unset.
     */
    Optional<String> secretsKey();

    Mail mail();

    Auth auth();

    Limits limits();

    Http http();

    Admin admin();

    Metrics metrics();

    Coaching coaching();

    Notifications notifications();

    Push push();

    /** Sessions and passwords. */
    interface Auth {

        /** How long an access token is good for. */
        @Positive long accessTokenSeconds();

        /** The absolute end of a login session, however active. */
        @Positive long refreshTokenDays();

        /** A session unused this long ends (LORKIT_SESSION_IDLE_HOURS). */
        @Positive long idleTimeoutHours();

        /** The kid of the signing key in each token's header (LORKIT_JWT_KEY_ID); absent: no kid. */
        Optional<String> signingKeyId();

        /** bcrypt's work factor; 4 to 31 is what bcrypt accepts. */
        @WithDefault("12")
        @Min(4) @Max(31) int bcryptCost();
    }

    /** Abuse limits (ASVS 5 V6/V7): attempts per window, counted by RateLimiter. */
    interface Limits {

        @Positive int loginFailuresPerAccount();

        @Positive int loginFailuresPerClient();

        @Positive int registrationsPerClient();

        @Positive int refreshesPerClient();

        /** Logins (right or wrong) of one account from one address, per 15 minutes: each costs a bcrypt. */
        @WithDefault("20")
        @Positive int loginsPerPair();

        /** Account deletions asked by one account, per hour (each checks the password). */
        @WithDefault("5")
        @Positive int accountDeletionsPerAccount();

        /** /phi/check calls of one account, per minute (the phone calls it while the applicant types). */
        @WithDefault("120")
        @Positive int phiChecksPerAccount();

        /** Password-reset and confirmation links asked for one address (or account), per hour. */
        @WithDefault("5")
        @Positive int mailLinksPerAddress();

        /** The same from one client address, per hour, whatever the addresses. */
        @WithDefault("30")
        @Positive int mailLinksPerClient();

        /**
         * How often expired counters are deleted (LORKIT_LIMITS_SWEEP_EVERY; "off" in tests). Read by the
         * @Scheduled expression in RateLimiter.
         */
        @WithDefault("10m")
        String sweepEvery();
    }

    /**
     * The SMTP server (LORKIT_MAIL_*). Without a host nothing is sent: each mail is written to the log
     * instead (org.lorkit.mail.MailSender), so `make run` works with no mail server. Quarkus' mailer
     * reads the same values (application.properties; the TLS mode through MailTlsSettings).
     */
    interface Mail {

        Optional<String> host();

        @WithDefault("587")
        @Min(1) @Max(65535) int port();

        /** none: plain SMTP (a relay on the same host); starttls: upgrade, required; tls: TLS from the start (465). */
        @WithDefault("starttls")
        MailTls tls();

        Optional<String> user();

        Optional<String> password();

        /**
         * The From of every mail, e.g. "LORkit <no-reply@hospital.example>"; absent (or empty, as Compose
         * passes an unset variable): MailSender's placeholder.
         */
        Optional<String> from();
    }

    enum MailTls {
        NONE,
        STARTTLS,
        TLS
    }

    /** The API's own request limits, answered as problem+json (HttpEdge, BodySizeLimit). */
    interface Http {

        @WithDefault("4096")
        @Positive int maxUriChars();

        @WithDefault("20480")
        @Positive int maxHeaderBytes();

        @WithDefault("1048576")
        @Positive long maxBodyBytes();

        /**
         * The proxies whose X-Forwarded-For the API believes (LORKIT_TRUSTED_PROXIES: comma-separated
         * CIDRs or addresses, e.g. "10.0.0.0/8,fd00::/8"). Absent: none, and the client address is the
         * socket's peer (org.lorkit.security.ClientAddress). A bad entry stops the start.
         */
        Optional<List<String>> trustedProxies();

        /**
         * The header the trusted proxies write the hops into (LORKIT_CLIENT_ADDRESS_HEADER): "X-Forwarded-For"
         * (nginx, most ingress controllers) or "Forwarded" (RFC 7239). Only one is read: a proxy that writes
         * one passes the other on untouched from the client, so reading both would let the client choose.
         */
        @WithDefault("X-Forwarded-For")
        String clientAddressHeader();
    }

    /** The first admin, used only while no admin exists (LORKIT_ADMIN_EMAIL, LORKIT_ADMIN_INITIAL_PASSWORD). */
    interface Admin {

        Optional<String> email();

        Optional<String> initialPassword();
    }

    /** The lorkit_* domain meters. */
    interface Metrics {

        /**
         * How often the counts are refreshed. Read by the @Scheduled expression in DomainMetrics (an
         * annotation takes no bean); mapped here so that a bad value stops the start.
         */
        @WithDefault("60s")
        Duration refreshEvery();
    }

    /** The coaching rules' read model of each account and the ranked attendings (org.lorkit.platform.AccountRevisionCache). */
    interface Coaching {

        /**
         * Accounts whose read model a replica keeps in memory (least recently used go first; each is
         * reused only while the account's revision in the database stands; about 20 KB of heap each, story pages included). 0 reads every time.
         */
        @WithDefault("1000")
        @PositiveOrZero int accountsInMemory();
    }

    /** Digests and urgent notes (org.lorkit.notify). */
    interface Notifications {

        /**
         * How often each replica plans and sends what is due (LORKIT_NOTIFY_EVERY; "off" stops the timer, as
         * in tests, which call NotificationRun.runOnce themselves). Read by the @Scheduled expression.
         */
        @WithDefault("60s")
        String every();

        /** A digest or note not sent within this long after its time is dropped rather than sent stale. */
        @WithDefault("6h")
        Duration staleAfter();

        /** Rows each drain takes at most (each in its own short transaction). */
        @WithDefault("50")
        @Positive int batch();
    }

    /** Phone notifications (Web Push, RFC 8030/8291/8292). */
    interface Push {

        /** The VAPID private key (PKCS#8 PEM, P-256): LorkitMain makes one in the data directory when unset. */
        Optional<String> vapidPrivateKeyLocation();

        /** Its public key (X.509 PEM): every replica must use the same pair, or phones refuse the pushes. */
        Optional<String> vapidPublicKeyLocation();

        /** The VAPID "sub" claim: how a push service can reach the operator (mailto: or https:). */
        Optional<String> contact();

        /**
         * Host names (or ".suffix") a subscription's endpoint may have: the browsers' push services. Anything
         * else is refused, so that a client cannot make the API call an address of its choosing (SSRF).
         */
        @WithDefault(".googleapis.com,.push.services.mozilla.com,.push.apple.com,.notify.windows.com")
        java.util.List<String> endpointHosts();

        /**
         * Tests only: also accept http://127.0.0.1 / localhost endpoints (a local server playing the push
         * service). Never set in production.
         */
        @WithDefault("false")
        boolean allowLoopbackHttp();
    }
}
