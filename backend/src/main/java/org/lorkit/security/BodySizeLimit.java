package org.lorkit.security;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.lorkit.common.ProblemType;
import org.lorkit.platform.LorkitConfig;

/**
 * Answers an oversized body with a 413 problem+json. An announced one (Content-Length) is
 * refused before anything reads it. One streamed without a length (chunked) is read here, up
 * to the limit, and handed to REST as read; past the limit the Vert.x body handler fails the
 * request with 413, which {@link HttpEdge} answers as a problem. (Left to REST, such a body
 * got an empty 413 from its input stream and then an internal error.)
 */
@ApplicationScoped
public class BodySizeLimit {

    /** The body of the 413, with the limit: the table's http-413 kind. */
    static String body(long maxBytes) {
        return ProblemType.HTTP_413.json(
                "The request body is larger than the API accepts (" + maxBytes + " bytes at most).");
    }

    @Inject
    LorkitConfig config;

    void install(@Observes Router router) {
        long maxBytes = config.http().maxBodyBytes();
        BodyHandler streamed = BodyHandler.create(false).setBodyLimit(maxBytes).setHandleFileUploads(false);
        router.route("/api/*").order(-100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null) {
                try {
                    if (Long.parseLong(length.trim()) > maxBytes) {
                        ctx.response()
                                .setStatusCode(413)
                                .putHeader("Content-Type", "application/problem+json")
                                .putHeader("Connection", "close")
                                .end(body(maxBytes));
                        return;
                    }
                } catch (NumberFormatException ignored) {
                    // Vert.x refuses a malformed Content-Length itself.
                }
            } else if (ctx.request().headers().contains("Transfer-Encoding", "chunked", true)) {
                streamed.handle(ctx);
                return;
            }
            ctx.next();
        });
    }
}
