package org.lorkit.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Strict-Transport-Security on answers to requests that came over TLS: to the API itself, or to a
 * trusted proxy that says so (TrustedProxies.overTls). Over plain http the header is left out, as RFC 6797
 * asks: a browser ignores it there, and a scanner rightly reports it as a header sent where it means nothing.
 */
@ApplicationScoped
public class StrictTransport {

    static final String VALUE = "max-age=31536000; includeSubDomains";

    /** Before everything, so that every answer (API, /q, the app's files, problems) gets it. */
    static final int ORDER = -2000;

    @Inject
    TrustedProxies proxies;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::mark);
    }

    void mark(RoutingContext ctx) {
        if (overTls(ctx.request())) {
            ctx.response().putHeader("Strict-Transport-Security", VALUE);
        }
        ctx.next();
    }

    private boolean overTls(HttpServerRequest request) {
        try {
            return proxies.overTls(
                    request.isSSL(),
                    ClientAddress.peerOf(request),
                    request.getHeader("X-Forwarded-Proto"),
                    request.headers().getAll("Forwarded"));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
