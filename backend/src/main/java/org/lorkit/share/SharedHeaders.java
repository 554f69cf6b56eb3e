package org.lorkit.share;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers of every answer under /api/v1/shared, the page and its problems alike (404, 429, and what the
 * HTTP edge refuses before REST): never stored by a cache, never indexed, no referrer sent on, and never a
 * cookie. Installed before the edge (HttpEdge, order -1000), so that its answers carry them too.
 */
@ApplicationScoped
public class SharedHeaders {

    static final int ORDER = -1100;

    void install(@Observes Router router) {
        router.route(SharedPageResource.PATH + "/*").order(ORDER).handler(ctx -> {
            ctx.addHeadersEndHandler(ignored -> {
                MultiMap headers = ctx.response().headers();
                headers.set("Cache-Control", "no-store");
                headers.set("X-Robots-Tag", "noindex, nofollow");
                headers.set("Referrer-Policy", "no-referrer");
                headers.remove("Set-Cookie");
            });
            ctx.next();
        });
    }
}
