package org.lorkit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.lorkit.common.NativeRows;
import org.lorkit.common.ProblemException;
import org.lorkit.common.SessionJdbc;
import org.lorkit.common.Stored;

/**
 * Makes a create safe to replay: the phone's offline outbox sends each create with an
 * Idempotency-Key and may send it again after a lost answer. The key is claimed with
 * INSERT ... ON CONFLICT DO NOTHING in the same transaction as the create, so a
 * concurrent replay waits for the first one and then answers.
 *
 * <p>A record keeps the status, the Location and a SHA-256 of the request, never the answer's body: a
 * replay reads the resource at the stored Location again, as its owner (404 once it was deleted, so a
 * deleted story never comes back from here), and records older than {@link #KEPT_FOR} are swept.
 */
@ApplicationScoped
public class IdempotentCreates {

    private static final Logger LOG = Logger.getLogger(IdempotentCreates.class);

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotency-Replayed";

    /** How long a key is answered: the outbox retries for a day or two at most. */
    public static final Duration KEPT_FOR = Duration.ofHours(72);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Runs {@code action} once per key. {@code request} is what was sent (hashed, so a key reused for
     * another request is refused); {@code current} reads a resource of the owner's by id, and answers
     * 404 when it is gone (the service's own get).
     */
    @Transactional
    public Response create(
            UUID owner,
            String key,
            String path,
            Object request,
            Supplier<Created> action,
            Function<UUID, ? extends Stored> current) {
        return once(owner, key, path, 201, request, action, current);
    }

    /**
     * Like {@link #create} for a POST that adds to an existing resource (a letter's status change):
     * answers {@code status} (200) and a replay with the same key answers the resource as it is now.
     */
    @Transactional
    public Response once(
            UUID owner,
            String key,
            String path,
            int status,
            Object request,
            Supplier<Created> action,
            Function<UUID, ? extends Stored> current) {
        if (key == null) {
            return toResponse(action.get(), status, false);
        }
        if (key.isBlank() || key.length() > 128) {
            throw ProblemException.invalid(HEADER, "must be 1 to 128 characters");
        }
        String hash = hash(path, request);
        Instant now = clock.instant();
        int claimed = SessionJdbc.update(em, """
                INSERT INTO idempotency_record (owner_id, idem_key, request_path, request_hash, status, created_at)
                VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING""", statement -> {
            statement.setObject(1, owner);
            statement.setString(2, key);
            statement.setString(3, path);
            statement.setString(4, hash);
            statement.setObject(5, SessionJdbc.timestamptz(now));
        });
        if (claimed == 0) {
            return replay(owner, key, path, hash, current);
        }
        Created created = action.get();
        // The action's own changes go first, as a native query would flush them: a constraint it breaks is
        // reported here, by the same mapping as before, not at the commit.
        em.flush();
        SessionJdbc.update(em, """
                UPDATE idempotency_record SET status = ?, location = ?
                WHERE owner_id = ? AND idem_key = ?""", statement -> {
            statement.setInt(1, status);
            statement.setString(2, created.location().toString());
            statement.setObject(3, owner);
            statement.setString(4, key);
        });
        return toResponse(created, status, false);
    }

    private Response replay(
            UUID owner, String key, String path, String hash, Function<UUID, ? extends Stored> current) {
        NativeRows.Row row = NativeRows.rows(em, """
                SELECT request_path, request_hash, status, location FROM idempotency_record
                WHERE owner_id = ?1 AND idem_key = ?2""", owner, key).get(0);
        String storedHash = row.text("request_hash");
        // A record from before hashes were kept has an empty one: its path alone must match.
        if (!path.equals(row.text("request_path")) || !(hash.equals(storedHash) || "".equals(storedHash))) {
            throw ProblemException.conflict(
                    "This Idempotency-Key was already used for another request; use a new key.");
        }
        String location = row.text("location");
        int slash = location.lastIndexOf('/');
        UUID id = UUID.fromString(location.substring(slash + 1));
        // The resource as it is now, read as its owner: a 404 problem when it was deleted meanwhile.
        Stored now = current.apply(id);
        return toResponse(Created.in(location.substring(0, slash), now), (int) row.number("status"), true);
    }

    /** Forgets keys older than {@link #KEPT_FOR}; returns how many. */
    @Transactional
    public int sweep(Instant now) {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1")
                .setParameter(1, now.minus(KEPT_FOR))
                .executeUpdate();
    }

    @Scheduled(
            every = "1h",
            delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweepOnSchedule() {
        try {
            int gone = sweep(clock.instant());
            if (gone > 0) {
                LOG.infof("Forgot %d idempotency keys older than %d hours", gone, KEPT_FOR.toHours());
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment: the next hour tries again.
            LOG.warnf("Idempotency keys not swept: %s", e.getClass().getSimpleName());
        }
    }

    private static Response toResponse(Created created, int status, boolean replayed) {
        Response.ResponseBuilder answer =
                Response.status(status).location(created.location()).entity(created.body());
        if (created.etag() != null) {
            answer.header("ETag", created.etag());
        }
        if (replayed) {
            answer.header(REPLAYED_HEADER, "true");
        }
        return answer.build();
    }

    private String hash(String path, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Request cannot be serialised", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
