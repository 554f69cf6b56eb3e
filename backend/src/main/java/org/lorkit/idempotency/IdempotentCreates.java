package org.lorkit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.lorkit.common.ProblemException;

/**
 * Makes a create safe to replay: the phone's offline outbox sends each create with an
 * Idempotency-Key and may send it again after a lost answer. The key is claimed with
 * INSERT ... ON CONFLICT DO NOTHING in the same transaction as the create, so a
 * concurrent replay waits for the first one and then answers its stored response.
 */
@ApplicationScoped
public class IdempotentCreates {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotency-Replayed";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional
    public Response create(UUID owner, String key, String path, Supplier<Created> action) {
        return once(owner, key, path, 201, action);
    }

    /**
     * Like {@link #create} for a POST that adds to an existing resource (a letter's status change):
     * answers {@code status} (200) and a replay with the same key answers the first response.
     */
    @Transactional
    public Response once(UUID owner, String key, String path, int status, Supplier<Created> action) {
        if (key == null) {
            return toResponse(action.get(), status);
        }
        if (key.isBlank() || key.length() > 128) {
            throw ProblemException.invalid(HEADER, "must be 1 to 128 characters");
        }
        int claimed = em.createNativeQuery("""
                INSERT INTO idempotency_record (owner_id, idem_key, request_path, status, body, created_at)
                VALUES (?1, ?2, ?3, 0, '', ?4) ON CONFLICT DO NOTHING""")
                .setParameter(1, owner)
                .setParameter(2, key)
                .setParameter(3, path)
                .setParameter(4, Instant.now())
                .executeUpdate();
        if (claimed == 0) {
            return replay(owner, key, path);
        }
        Created created = action.get();
        em.createNativeQuery("""
                UPDATE idempotency_record SET status = ?5, location = ?3, body = ?4
                WHERE owner_id = ?1 AND idem_key = ?2""")
                .setParameter(1, owner)
                .setParameter(2, key)
                .setParameter(3, created.location().toString())
                .setParameter(4, write(created.body()))
                .setParameter(5, status)
                .executeUpdate();
        return toResponse(created, status);
    }

    private Response replay(UUID owner, String key, String path) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT request_path, status, location, body FROM idempotency_record
                WHERE owner_id = ?1 AND idem_key = ?2""")
                .setParameter(1, owner)
                .setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!path.equals(row[0])) {
            throw ProblemException.conflict(
                    "This Idempotency-Key was already used for another kind of request; use a new key.");
        }
        return Response.status((Integer) row[1])
                .location(URI.create((String) row[2]))
                .type(MediaType.APPLICATION_JSON)
                .header(REPLAYED_HEADER, "true")
                .entity(row[3])
                .build();
    }

    private static Response toResponse(Created created, int status) {
        Response.ResponseBuilder answer =
                Response.status(status).location(created.location()).entity(created.body());
        if (created.etag() != null) {
            answer.header("ETag", created.etag());
        }
        return answer.build();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response body cannot be serialised", e);
        }
    }
}
