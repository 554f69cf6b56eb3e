package org.lorkit.bench;

import io.agroal.api.AgroalDataSource;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The cost floor of this stack for `make bench` (bench build only, never in the production jar): the same
 * HTTP edge, REST and worker thread as the real lists, the access token verified by the same parser and
 * settings, one SQL query returning the caller's 20 newest stories, JSON. No account check, no Hibernate,
 * no derived fields: what a list of ours cannot go below. bench/run.sh divides every endpoint's CPU by this one's.
 */
@Path("/api/v1/bench-floor")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class FloorResource {

    @Inject
    JWTParser tokens;

    @Inject
    AgroalDataSource dataSource;

    public record FloorRow(UUID id, String title, Instant createdAt) {}

    public record FloorPage(List<FloorRow> items) {}

    @GET
    public Response newestStories(@HeaderParam("Authorization") String authorization) throws SQLException {
        UUID owner = ownerOf(authorization);
        if (owner == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        List<FloorRow> rows = new ArrayList<>(20);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, title, created_at FROM story WHERE owner_id = ? "
                        + "ORDER BY created_at DESC, id DESC LIMIT 20")) {
            s.setObject(1, owner);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(new FloorRow(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getTimestamp(3).toInstant()));
                }
            }
        }
        return Response.ok(new FloorPage(rows)).build();
    }

    private UUID ownerOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        try {
            JsonWebToken token = tokens.parse(authorization.substring("Bearer ".length()));
            return UUID.fromString(token.getSubject());
        } catch (ParseException | IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
