package org.lorkit.hostile;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Plain HTTP/1.1 with keep-alive (java.net.http): raw bytes in, raw bytes out, fast enough
 * for thousands of requests. It sends what REST Assured would "fix": invalid UTF-8, bodies on
 * GET, odd media types, bodies streamed without a length.
 */
final class RawClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final HttpClient client;

    RawClient(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(executor)
                .build();
    }

    URI base() {
        return base;
    }

    /** Sends {@code request} with these Authorization and X-Forwarded-For values (null: none). */
    CompletableFuture<Answer> send(HostileRequest request, String authorization, String forwardedFor) {
        HttpRequest built;
        try {
            built = build(request, authorization, forwardedFor);
        } catch (IllegalArgumentException e) {
            // java.net.http refuses some header values (e.g. control characters); such a request never leaves.
            return CompletableFuture.completedFuture(Answer.failed("not sendable: " + e.getMessage()));
        }
        return attempt(built)
                .thenCompose(answer -> answer.failure() == null
                        ? CompletableFuture.completedFuture(answer)
                        // Once more on a fresh connection: the server may have closed a kept-alive one
                        // after refusing the previous request (Connection: close), as real clients retry.
                        : attempt(built));
    }

    private CompletableFuture<Answer> attempt(HttpRequest built) {
        return client.sendAsync(built, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(r -> new Answer(r.statusCode(), r.headers().map(), r.body(), null))
                .exceptionally(e -> Answer.failed(String.valueOf(e.getCause() != null ? e.getCause() : e)));
    }

    Answer sendNow(HostileRequest request, String authorization, String forwardedFor) {
        return send(request, authorization, forwardedFor).join();
    }

    private HttpRequest build(HostileRequest request, String authorization, String forwardedFor) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(base.resolve(request.path())).timeout(TIMEOUT);
        HttpRequest.BodyPublisher body;
        if (request.body() == null) {
            body = HttpRequest.BodyPublishers.noBody();
        } else if (request.chunked()) {
            byte[] bytes = request.body();
            body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        } else {
            body = HttpRequest.BodyPublishers.ofByteArray(request.body());
        }
        builder.method(request.method(), body);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (forwardedFor != null && !request.hasHeader("X-Forwarded-For")) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        for (String[] header : request.headers()) {
            builder.header(header[0], header[1]);
        }
        return builder.build();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
