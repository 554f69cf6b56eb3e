package org.lorkit.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A second API process for the tests that need two replicas on one database: the packaged jar on the
 * test application's database, on a free port and a data folder of its own that a restart keeps.
 */
public final class JarReplica implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    private final String name;
    private final Map<String, String> extraEnv;
    private final Path data;
    private final int port;
    private final StringBuffer log = new StringBuffer();
    private Process process;

    private JarReplica(String name, Map<String, String> extraEnv, Path data, int port) {
        this.name = name;
        this.extraEnv = extraEnv;
        this.data = data;
        this.port = port;
    }

    /** Started and answering, with {@code extraEnv} on top of the database, port and data folder. */
    public static JarReplica start(String name, Map<String, String> extraEnv) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JarReplica replica = new JarReplica(name, extraEnv, Files.createTempDirectory("lorkit-" + name + "-"), port);
        replica.launch();
        return replica;
    }

    private void launch() throws Exception {
        var config = ConfigProvider.getConfig();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString());
        Map<String, String> env = builder.environment();
        env.put("LORKIT_DB_URL", config.getValue("quarkus.datasource.jdbc.url", String.class));
        env.put("LORKIT_DB_USER", config.getValue("quarkus.datasource.username", String.class));
        env.put(
                "LORKIT_DB_PASSWORD",
                config.getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(""));
        env.put("LORKIT_HTTP_PORT", String.valueOf(port));
        env.put("LORKIT_DATA_DIR", data.toString());
        env.putAll(extraEnv);
        builder.redirectErrorStream(true);
        process = builder.start();
        CountDownLatch started = new CountDownLatch(1);
        Process watched = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(watched.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    log.append(line).append('\n');
                    if (line.contains("started in")) {
                        started.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        if (!started.await(90, TimeUnit.SECONDS)) {
            close();
            throw new AssertionError(name + " did not start:\n" + log);
        }
    }

    public int port() {
        return port;
    }

    /** Stopped and started again, as a deploy does: same port, same data folder. */
    public void restart() throws Exception {
        close();
        launch();
    }

    public String log() {
        return log.toString();
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }
}
