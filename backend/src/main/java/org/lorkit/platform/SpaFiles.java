package org.lorkit.platform;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.FileSystemAccess;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The built app (frontend/dist) served by the API itself when LORKIT_SPA_DIR names it, as `make run`
 * does: one origin for the app and the API (no CORS, no proxy), and the service worker that opens the
 * app with no signal. Containers leave it unset: there the SPA's nginx serves the same files with the
 * same headers (deploy/nginx/default.conf), which these mirror.
 */
@ApplicationScoped
public class SpaFiles {

    private static final Logger LOG = Logger.getLogger(SpaFiles.class);

    /** Before REST (so "/" is the app), after HttpEdge; /api and /q are passed on untouched. */
    static final int ORDER = -500;

    /** The nginx policy: everything from our own origin, nothing inline, no frames. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Inject
    LorkitConfig config;

    void install(@Observes Router router) {
        Optional<String> spaDir = config.spaDir();
        if (spaDir.isEmpty() || spaDir.get().isBlank()) {
            return;
        }
        Path root = Path.of(spaDir.get()).toAbsolutePath().normalize();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalStateException(
                    "LORKIT_SPA_DIR is " + root + ", which has no index.html: build the app first "
                            + "(cd frontend && npm run build:app) or unset LORKIT_SPA_DIR.");
        }
        // No Vert.x caching headers: ours below say per file how long a browser may keep it.
        StaticHandler files = StaticHandler.create(FileSystemAccess.ROOT, root.toString())
                .setCachingEnabled(false)
                .setDirectoryListing(false)
                .setIncludeHidden(false)
                .setIndexPage("index.html");
        router.route()
                .order(ORDER)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(ctx -> {
                    String path = ctx.normalizedPath();
                    if (path.startsWith("/api/")
                            || path.equals("/api")
                            || path.startsWith("/q/")
                            || path.equals("/q")) {
                        ctx.next();
                        return;
                    }
                    headers(ctx, path);
                    files.handle(ctx);
                });
        LOG.infof("Serving the app from %s at /", root);
    }

    private static void headers(RoutingContext ctx, String path) {
        HttpServerResponse response = ctx.response();
        response.putHeader("Content-Security-Policy", CSP)
                .putHeader("Permissions-Policy", PERMISSIONS)
                .putHeader("Cross-Origin-Opener-Policy", "same-origin")
                .putHeader("Cache-Control", cacheControl(path));
        if (path.endsWith(".webmanifest")) {
            response.putHeader("Content-Type", "application/manifest+json");
        }
    }

    /**
     * Vite names every built asset by its content hash: kept for a year. The service worker, its
     * registration and index.html keep their names across versions: always revalidated, or a phone
     * would keep an old app. Icons and the rest: an hour.
     */
    static String cacheControl(String path) {
        if (path.startsWith("/assets/")) {
            return "public, max-age=31536000, immutable";
        }
        if (path.equals("/")
                || path.equals("/index.html")
                || path.matches(
                        "/(sw\\.js|registerSW\\.js|workbox-[^/]*\\.js|manifest\\.webmanifest|manifest\\.json)")) {
            return "no-cache";
        }
        return "public, max-age=3600";
    }
}
