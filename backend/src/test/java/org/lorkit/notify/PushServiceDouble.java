package org.lorkit.notify;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local HTTP server playing a browser push service (RFC 8030): it records every message POSTed to
 * /push/{name} and answers 201, or the status set for that name (410: the subscription is gone).
 */
final class PushServiceDouble implements AutoCloseable {

    record Received(String name, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> statusOf = new ConcurrentHashMap<>();

    private final long delayMillis;

    PushServiceDouble() {
        this(0);
    }

    /** Each answer takes {@code delayMillis}, like a push service across the internet (replicas overlap). */
    PushServiceDouble(long delayMillis) {
        this.delayMillis = delayMillis;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/push/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/push/".length());
            byte[] body = exchange.getRequestBody().readAllBytes();
            pause();
            received.add(new Received(name, Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(statusOf.getOrDefault(name, 201), -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    private void pause() {
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String endpoint(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + name;
    }

    void answer(String name, int status) {
        statusOf.put(name, status);
    }

    List<Received> to(String name) {
        return received.stream().filter(r -> r.name().equals(name)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
