package org.lorkit.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.lorkit.coaching.CoachDtos.Action;
import org.lorkit.coaching.CoachDtos.ActionKind;
import org.lorkit.coaching.CoachService;
import org.lorkit.common.NativeRows;
import org.lorkit.platform.LorkitConfig;
import org.lorkit.profile.ProfileService;

/**
 * Digests and urgent notes, exactly once however many replicas run. Every replica plans and drains on its
 * timer: planning inserts each occasion once (a unique key; the others' inserts do nothing); draining takes
 * one due row at a time with FOR UPDATE SKIP LOCKED and sends it before its transaction ends, so a row
 * another replica is sending is skipped, and a sent row is never due again. A replica that dies mid-send
 * leaves its row PENDING (its transaction rolls back), and another sends it.
 */
@ApplicationScoped
public class NotificationRun {

    private static final Logger LOG = Logger.getLogger(NotificationRun.class);
    static final int MAX_ATTEMPTS = 5;

    /** Which replica sent a row, for operators (and the two-replica test). */
    static final String REPLICA = replicaName();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LorkitConfig config;

    @Inject
    ProfileService profiles;

    @Inject
    DigestComposer composer;

    @Inject
    CoachService coach;

    @Inject
    Instance<DigestChannel> channels;

    /** What one run did. */
    public record Summary(int planned, int sent, int quiet) {}

    @Scheduled(
            every = "${lorkit.notifications.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "notification-run",
            // A tick that fires while the application stops would open a transaction on a closing pool.
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void tick() {
        try {
            runOnce(clock.instant());
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next tick tries again; nothing is lost.
            LOG.warnf("Notifications not run: %s", e.getClass().getSimpleName());
        }
    }

    /** Plans what is due at {@code now} and sends it (tests call this on the moved clock). */
    public Summary runOnce(Instant now) {
        int planned = plan(now);
        int[] drained = drain(now);
        return new Summary(planned, drained[0], drained[1]);
    }

    // ---------------------------------------------------------------- plan

    int plan(Instant now) {
        List<UUID> owners = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery(
                                "select s.ownerId from NotificationSettings s where (s.digest <> :off or s.urgentNotes = true)"
                                        + " and (s.pushEnabled = true or s.emailEnabled = true)",
                                UUID.class)
                        .setParameter("off", DigestFrequency.OFF)
                        .getResultList());
        int planned = 0;
        for (UUID owner : owners) {
            try {
                planned += QuarkusTransaction.requiringNew().call(() -> planFor(owner, now));
            } catch (RuntimeException e) {
                LOG.warnf(
                        "Notifications of one account not planned: %s",
                        e.getClass().getSimpleName());
            }
        }
        return planned;
    }

    private int planFor(UUID owner, Instant now) {
        NotificationSettings s = NotificationSettings.findById(owner);
        if (s == null) {
            return 0;
        }
        List<DigestChannel> reaching =
                channels.stream().filter(c -> c.reaches(owner, s)).toList();
        if (reaching.isEmpty()) {
            return 0;
        }
        ZoneId zone = profiles.facts(owner).zone();
        int planned = 0;
        for (DigestSchedule.Occasion o :
                DigestSchedule.due(s, zone, now, config.notifications().staleAfter())) {
            for (DigestChannel c : reaching) {
                planned += insert(owner, Digest.Kind.DIGEST, c, o.day().toString(), due(c, s, o.at(), zone), now);
            }
        }
        if (s.urgentNotes) {
            // Whether anything turned urgent is read from Today (a backup writer needed); the drain reads it
            // again when sending, and each urgent step is told once (its id is the occasion).
            for (Action action : coach.today(owner).actions()) {
                if (action.kind() != ActionKind.BACKUP) {
                    continue;
                }
                for (DigestChannel c : reaching) {
                    planned += insert(owner, Digest.Kind.URGENT, c, action.id(), due(c, s, now, zone), now);
                }
            }
        }
        return planned;
    }

    private static Instant due(DigestChannel c, NotificationSettings s, Instant at, ZoneId zone) {
        return c.keepsQuietHours() ? s.quietHours().postpone(at, zone) : at;
    }

    private int insert(UUID owner, Digest.Kind kind, DigestChannel c, String occasion, Instant dueAt, Instant now) {
        return em.createNativeQuery("""
                        INSERT INTO notification_delivery (id, owner_id, kind, channel, occasion, due_at, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                        ON CONFLICT (owner_id, kind, channel, occasion) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, owner)
                .setParameter(3, kind.name())
                .setParameter(4, c.name())
                .setParameter(5, occasion)
                .setParameter(6, dueAt)
                .setParameter(7, now)
                .executeUpdate();
    }

    // ---------------------------------------------------------------- drain

    /** Sends what is due, one row per transaction; answers {sent, quiet}. */
    int[] drain(Instant now) {
        Map<String, DigestChannel> byName =
                channels.stream().collect(Collectors.toMap(DigestChannel::name, Function.identity()));
        int[] counts = new int[2];
        for (int i = 0; i < config.notifications().batch(); i++) {
            String state;
            try {
                state = QuarkusTransaction.requiringNew().call(() -> drainOne(now, byName));
            } catch (RuntimeException e) {
                LOG.warnf("A notification failed: %s", e.getClass().getSimpleName());
                continue;
            }
            if (state == null) {
                break;
            }
            if (state.equals("SENT")) {
                counts[0]++;
            } else if (state.equals("QUIET")) {
                counts[1]++;
            }
        }
        return counts;
    }

    private String drainOne(Instant now, Map<String, DigestChannel> byName) {
        List<NativeRows.Row> rows = NativeRows.rows(em, """
                SELECT id, owner_id, kind, channel, occasion, due_at, attempts FROM notification_delivery
                WHERE state = 'PENDING' AND due_at <= ?1 AND channel IN (?2)
                ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED""", now, byName.keySet());
        if (rows.isEmpty()) {
            return null;
        }
        NativeRows.Row row = rows.get(0);
        UUID id = row.uuid("id");
        UUID owner = row.uuid("owner_id");
        Digest.Kind kind = Digest.Kind.valueOf(row.text("kind"));
        DigestChannel channel = byName.get(row.text("channel"));
        String occasion = row.text("occasion");
        Instant dueAt = row.instant("due_at");
        int attempts = (int) row.number("attempts");
        if (attempts == 0 && now.isAfter(dueAt.plus(config.notifications().staleAfter()))) {
            return finish(id, "EXPIRED", attempts, "not sent in time: dropped rather than sent stale", now);
        }
        NotificationSettings s = NotificationSettings.findById(owner);
        if (s == null || !channel.reaches(owner, s)) {
            return finish(id, "QUIET", attempts, "turned off since it was planned", now);
        }
        ZoneId zone = profiles.facts(owner).zone();
        Digest digest = composer.compose(owner, kind, occasion, s, zone);
        if (digest == null) {
            return finish(id, "QUIET", attempts, kind == Digest.Kind.DIGEST ? "nothing due" : "no longer urgent", now);
        }
        DigestChannel.Result result = channel.deliver(digest);
        return switch (result.state()) {
            case SENT -> finish(id, "SENT", attempts + 1, result.outcome(), now);
            case NOWHERE -> finish(id, "FAILED", attempts + 1, result.outcome(), now);
            case RETRY ->
                attempts + 1 >= MAX_ATTEMPTS
                        ? finish(id, "FAILED", attempts + 1, result.outcome() + ", gave up", now)
                        : retryLater(id, attempts + 1, result.outcome(), now);
        };
    }

    private String finish(UUID id, String state, int attempts, String outcome, Instant now) {
        em.createNativeQuery("""
                        UPDATE notification_delivery SET state = ?2, attempts = ?3, outcome = ?4, sent_at = ?5,
                            sent_by = ?6
                        WHERE id = ?1""")
                .setParameter(1, id)
                .setParameter(2, state)
                .setParameter(3, attempts)
                .setParameter(4, outcome)
                .setParameter(5, now)
                .setParameter(6, REPLICA)
                .executeUpdate();
        return state;
    }

    private String retryLater(UUID id, int attempts, String outcome, Instant now) {
        // 2, 4, 8, 16 minutes: a push service that is down for a while is not hammered.
        Instant next = now.plus(Duration.ofMinutes(1L << attempts));
        em.createNativeQuery("UPDATE notification_delivery SET attempts = ?2, outcome = ?3, due_at = ?4 WHERE id = ?1")
                .setParameter(1, id)
                .setParameter(2, attempts)
                .setParameter(3, outcome)
                .setParameter(4, next)
                .executeUpdate();
        return "RETRY";
    }

    private static String replicaName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown";
        }
        String name = host + "/" + ProcessHandle.current().pid();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
