package org.lorkit.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lorkit.common.ProblemType;
import org.lorkit.platform.LorkitConfig;

/**
 * Answers that the HTTP layer gives before REST sees a request, in the API's one error shape
 * (problem+json) instead of Vert.x' and Quarkus' empty bodies:
 * <ul>
 * <li>a request line or headers larger than the API takes: 414 / 431 (the HTTP codec's own,
 * larger limits in application.properties only catch the absurd ones, without a body);</li>
 * <li>an Origin that CORS does not allow: 403 (the same rule as quarkus.http.cors.*);</li>
 * <li>any failure a Vert.x handler reports with {@code ctx.fail(status)} on /api: that status.</li>
 * </ul>
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    /** Before Quarkus' CORS filter (order -300) and everything else on /api. */
    static final int ORDER = -1000;

    @Inject
    LorkitConfig config;

    @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false")
    boolean corsEnabled;

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> corsOrigins;

    @ConfigProperty(name = "quarkus.http.cors.methods")
    Optional<List<String>> corsMethods;

    void install(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::guard).failureHandler(this::failure);
    }

    void guard(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        int maxUriChars = config.http().maxUriChars();
        int maxHeaderBytes = config.http().maxHeaderBytes();
        if (request.uri().length() > maxUriChars) {
            answer(
                    ctx.response(),
                    ProblemType.HTTP_414,
                    "The address (path and query) is longer than " + maxUriChars + " characters.",
                    true);
            return;
        }
        if (headerBytes(request) > maxHeaderBytes) {
            answer(
                    ctx.response(),
                    ProblemType.HTTP_431,
                    "The request headers are larger than " + maxHeaderBytes + " bytes together.",
                    true);
            return;
        }
        String origin = request.getHeader("Origin");
        if (corsEnabled && origin != null && !originAllowed(request, origin)) {
            ctx.response().putHeader("Vary", "Origin");
            answer(
                    ctx.response(),
                    ProblemType.FORBIDDEN,
                    "Origin not allowed",
                    "This web origin may not call the API.",
                    false);
            return;
        }
        if (corsEnabled
                && origin != null
                && configuredOrigin(origin)
                && corsMethods.isPresent()
                && corsMethods.get().stream()
                        .noneMatch(
                                m -> m.trim().equalsIgnoreCase(request.method().name()))) {
            answer(
                    ctx.response(),
                    ProblemType.FORBIDDEN,
                    "Method not allowed for this origin",
                    "Cross-origin calls may not use " + request.method().name() + ".",
                    false);
            return;
        }
        ctx.next();
    }

    /** Vert.x-level failures (ctx.fail) on /api become problems; REST's own go through ProblemMappers. */
    void failure(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended()) {
            return;
        }
        int status = ctx.statusCode() >= 400 && ctx.statusCode() < 600 ? ctx.statusCode() : 500;
        if (status == 500) {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(ctx.failure(), "Unexpected failure at the HTTP layer, incident %s", incident);
            answer(
                    response,
                    ProblemType.INTERNAL,
                    "Something went wrong on our side (incident " + incident
                            + "). Nothing secret was exposed; please retry.",
                    false);
            return;
        }
        if (status == 400) {
            // Vert.x' own 400s: there are no parameters or body of ours to point at yet.
            answer(response, status, ProblemType.HTTP_400.title(), "The request could not be understood.", false);
        } else if (FAILED_BY_VERTX.contains(status)) {
            ProblemType known = ProblemType.atHttpLayer(status);
            answer(response, status, known.title(), known.defaultDetail(), status == 413);
        } else {
            answer(response, status, "Request refused", "The request was refused at the HTTP layer.", false);
        }
    }

    /** The statuses Vert.x handlers on /api fail with, told in the table's words. */
    private static final Set<Integer> FAILED_BY_VERTX = Set.of(404, 405, 413);

    /** This kind's status and title; the type is the status' http-NNN, as every answer of the edge. */
    static void answer(HttpServerResponse response, ProblemType type, String detail, boolean close) {
        answer(response, type.status(), type.title(), detail, close);
    }

    /** A title of the edge's own under this kind's status (the 403s say in the title what was refused). */
    private static void answer(
            HttpServerResponse response, ProblemType type, String title, String detail, boolean close) {
        answer(response, type.status(), title, detail, close);
    }

    /** Written here, below REST: the edge's problems keep the http-NNN type of their status. */
    static void answer(HttpServerResponse response, int status, String title, String detail, boolean close) {
        String body = ProblemType.json(ProblemType.httpUri(status), title, status, detail);
        response.setStatusCode(status).putHeader("Content-Type", "application/problem+json");
        if (close) {
            // The rest of an oversized request is not read: the connection cannot be reused.
            response.putHeader("Connection", "close");
        }
        response.end(body);
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    /** Quarkus' rule: a configured origin (or /regex/), or the API's own origin. */
    private boolean originAllowed(HttpServerRequest request, String origin) {
        if (corsOrigins.isPresent()
                && corsOrigins.get().stream()
                        .anyMatch(o -> o.trim().equals("*") || o.trim().equals("/.*/"))) {
            return true;
        }
        if (configuredOrigin(origin)) {
            return true;
        }
        String own = request.scheme() + "://" + request.authority();
        return origin.toLowerCase(Locale.ROOT).equals(own.toLowerCase(Locale.ROOT));
    }

    private boolean configuredOrigin(String origin) {
        return corsOrigins.isPresent()
                && corsOrigins.get().stream()
                        .map(String::trim)
                        .anyMatch(o -> o.equals(origin)
                                || (o.length() > 1
                                        && o.startsWith("/")
                                        && o.endsWith("/")
                                        && Pattern.compile(o.substring(1, o.length() - 1))
                                                .matcher(origin)
                                                .matches()));
    }
}
