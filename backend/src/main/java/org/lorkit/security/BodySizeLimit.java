package org.lorkit.security;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an announced oversized body with a 413 problem+json before anything reads it.
 * (Vert.x' own limit, quarkus.http.limits.max-body-size, still guards chunked uploads.)
 */
@ApplicationScoped
public class BodySizeLimit {

    static final String BODY = "{\"type\":\"urn:lorkit:problem:http-413\",\"title\":\"Request too large\",\"status\":413,"
            + "\"detail\":\"The request body is larger than the API accepts (%d bytes at most).\"}";

    @ConfigProperty(name = "lorkit.http.max-body-bytes", defaultValue = "1048576")
    long maxBytes;

    void install(@Observes Router router) {
        router.route("/api/*").order(-100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.trim()) > maxBytes) {
                        ctx.response().setStatusCode(413)
                                .putHeader("Content-Type", "application/problem+json")
                                .putHeader("Connection", "close")
                                .end(String.format(BODY, maxBytes));
                        return;
                    }
                } catch (NumberFormatException ignored) {
                    // Vert.x refuses a malformed Content-Length itself.
                }
            }
            ctx.next();
        });
    }
}
