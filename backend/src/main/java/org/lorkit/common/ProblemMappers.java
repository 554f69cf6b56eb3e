package org.lorkit.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 answers. Nothing here echoes
 * exception messages of libraries: no class names, SQL or stack traces leave the API.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(respond(e.toProblem()))
                    .header("Retry-After", e.retryAfterSeconds())
                    .build();
        }
        if (e.status() == 401) {
            return Response.fromResponse(respond(e.toProblem()))
                    .header("WWW-Authenticate", "Bearer")
                    .build();
        }
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 400, detail, errors));
    }

    // Quarkus ships its own mappers for these Jackson types; naming them here makes ours win.
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unparsableJson(com.fasterxml.jackson.core.JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        boolean truncated = String.valueOf(e.getOriginalMessage()).contains("end-of-input");
        if (!truncated
                && e instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message = e instanceof UnrecognizedPropertyException
                    ? "is not a known field"
                    : e instanceof InvalidFormatException ? "has the wrong type or format" : "has the wrong type";
            return respond(new Problem(
                    ProblemType.VALIDATION.uri(),
                    ProblemType.VALIDATION.title(),
                    400,
                    field + ": " + message,
                    List.of(new Problem.FieldError(field, message))));
        }
        return respond(ProblemType.MALFORMED_JSON.problem());
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED.problem()))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(ProblemType.FORBIDDEN.problem());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return respond(ProblemException.staleVersion().toProblem());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        if (status >= 500) {
            return unexpected(e);
        }
        // A status the table has no kind for keeps its number in the type and is told as a bad request.
        ProblemType known = ProblemType.atHttpLayer(status);
        ProblemType words = known != null && known.defaultDetail() != null ? known : ProblemType.HTTP_400;
        Response.ResponseBuilder answer = Response.fromResponse(
                respond(new Problem(ProblemType.httpUri(status), words.title(), status, words.defaultDetail(), null)));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            answer.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return answer.build();
    }

    // Quarkus' own mapper for this type answers an empty 500; ours keeps the problem shape.
    @ServerExceptionMapper
    public Response invalidDefinition(com.fasterxml.jackson.databind.exc.InvalidDefinitionException e) {
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (isDatabaseDown(e)) {
            LOG.warn("Database unavailable: answering 503");
            return Response.fromResponse(respond(ProblemType.UNAVAILABLE.problem()))
                    .header("Retry-After", "5")
                    .build();
        }
        if (clientWentAway(e)) {
            // The client closed the connection while sending its body (a load tool stopping, a phone losing
            // its signal): nobody will read this answer, and it is no failure of ours, so no ERROR and incident.
            LOG.debug("Client closed the connection before its request body was complete");
            return respond(ProblemType.HTTP_400.problem("The request body ended before it was complete."));
        }
        Problem known = inputOrRace(e);
        if (known != null) {
            return respond(known);
        }
        String integrity = integrityViolation(e);
        if (integrity != null) {
            // A race the services' own checks could not see (two devices saving at once): a conflict, not a crash.
            LOG.infof("Integrity constraint %s refused a change: answering 409", integrity);
            return respond(ProblemException.conflict(
                            integrity.startsWith("23503")
                                    ? "Other records refer to this item, or it refers to one that is gone. Reload and try again."
                                    : "This would duplicate a value that must be unique in your account. Reload and try again.")
                    .toProblem());
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(ProblemType.INTERNAL.problem("Something went wrong on our side (incident " + incident
                + "). Nothing secret was exposed; please retry."));
    }

    /**
     * Failures the database reports at flush or commit (so they arrive wrapped, e.g. in a
     * RollbackException) that are the request's doing, not a bug: a value PostgreSQL cannot
     * store (SQLSTATE class 22, e.g. a NUL character), a duplicate (23505, two requests racing
     * past the same check), or a row another request changed meanwhile (optimistic lock).
     */
    static Problem inputOrRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return ProblemType.CONFLICT.problem(
                        "Another request changed the same data at the same moment; nothing was saved. Please try again.");
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                if (sql.getSQLState().equals("23505")) {
                    return ProblemType.CONFLICT.problem();
                }
                if (sql.getSQLState().startsWith("22")) {
                    return ProblemType.VALIDATION.problem(
                            "A value in the request cannot be stored (for example a NUL character or a number out of range).");
                }
            }
        }
        return null;
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /** SQLState of a unique (23505) or foreign-key (23503) violation in the cause chain, else null. */
    private static String integrityViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("23505".equals(sql.getSQLState()) || "23503".equals(sql.getSQLState()))) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /**
     * The database cannot serve us right now: a connection failure (SQLSTATE class 08), the server shutting
     * down, restarting or refusing connections while it starts (57P01-57P03), or no pooled connection free
     * within the acquisition timeout (Agroal's plain SQLException "Sorry, acquisition timeout!"). All are
     * passing conditions, answered 503 with Retry-After (scripts/faults.sh provokes each of them).
     */
    private static boolean isDatabaseDown(Throwable e) {
        for (Throwable t : causesAndSuppressed(e)) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t.getClass().getName().endsWith("JDBCConnectionException")) {
                return true;
            }
            if (String.valueOf(t.getMessage()).contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    private static boolean clientWentAway(Throwable e) {
        return causesAndSuppressed(e).stream()
                .anyMatch(t -> t instanceof java.nio.channels.ClosedChannelException
                        || t.getClass().getName().equals("io.vertx.core.http.HttpClosedException"));
    }

    /**
     * The exception, its causes and what they suppressed: a failed commit arrives as a RollbackException
     * whose database error is only a suppressed XAException (Narayana, Agroal).
     */
    private static List<Throwable> causesAndSuppressed(Throwable e) {
        List<Throwable> all = new java.util.ArrayList<>();
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>(List.of(e));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty() && all.size() < 50) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(List.of(t.getSuppressed()));
        }
        return all;
    }

    /** "create.input.title" (method.param.field) → "title"; query parameters keep their own name. */
    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length <= 2) {
            return parts[parts.length - 1];
        }
        return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
    }
}
