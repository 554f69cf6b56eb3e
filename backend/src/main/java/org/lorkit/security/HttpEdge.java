package org.lorkit.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

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

    @ConfigProperty(name = "lorkit.http.max-uri-chars", defaultValue = "4096")
    int maxUriChars;

    @ConfigProperty(name = "lorkit.http.max-header-bytes", defaultValue = "20480")
    int maxHeaderBytes;

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
        if (request.uri().length() > maxUriChars) {
            answer(ctx.response(), 414, "URI too long", "The address (path and query) is longer than "
                    + maxUriChars + " characters.", true);
            return;
        }
        if (headerBytes(request) > maxHeaderBytes) {
            answer(ctx.response(), 431, "Headers too large", "The request headers are larger than "
                    + maxHeaderBytes + " bytes together.", true);
            return;
        }
        String origin = request.getHeader("Origin");
        if (corsEnabled && origin != null && !originAllowed(request, origin)) {
            ctx.response().putHeader("Vary", "Origin");
            answer(ctx.response(), 403, "Origin not allowed", "This web origin may not call the API.", false);
            return;
        }
        if (corsEnabled && origin != null && configuredOrigin(origin) && corsMethods.isPresent()
                && corsMethods.get().stream().noneMatch(m -> m.trim().equalsIgnoreCase(request.method().name()))) {
            answer(ctx.response(), 403, "Method not allowed for this origin", "Cross-origin calls may not use "
                    + request.method().name() + ".", false);
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
            answer(response, 500, "Internal error", "Something went wrong on our side (incident " + incident
                    + "). Nothing secret was exposed; please retry.", false);
            return;
        }
        Map<Integer, String[]> known = Map.of(
                400, new String[] {"Bad request", "The request could not be understood."},
                404, new String[] {"Not found", "There is nothing at this address."},
                405, new String[] {"Method not allowed", "This address does not accept this HTTP method."},
                413, new String[] {"Request too large", "The request body is larger than the API accepts."});
        String[] words = known.getOrDefault(status, new String[] {"Request refused", "The request was refused at the HTTP layer."});
        answer(response, status, words[0], words[1], status == 413);
    }

    static void answer(HttpServerResponse response, int status, String title, String detail, boolean close) {
        String body = "{\"type\":\"urn:lorkit:problem:http-" + status + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
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
        if (corsOrigins.isPresent() && corsOrigins.get().stream().anyMatch(o -> o.trim().equals("*") || o.trim().equals("/.*/"))) {
            return true;
        }
        if (configuredOrigin(origin)) {
            return true;
        }
        String own = request.scheme() + "://" + request.authority();
        return origin.toLowerCase(Locale.ROOT).equals(own.toLowerCase(Locale.ROOT));
    }

    private boolean configuredOrigin(String origin) {
        return corsOrigins.isPresent() && corsOrigins.get().stream().map(String::trim).anyMatch(o -> o.equals(origin)
                || (o.length() > 1 && o.startsWith("/") && o.endsWith("/") && Pattern.compile(o.substring(1, o.length() - 1)).matcher(origin).matches()));
    }
}
