package org.lorkit.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;

/**
 * Two API processes on one database share their limits, and a restart forgets none (issue 19): this
 * test's application is replica A, the packaged jar started here on the same database is replica B.
 * Wrong passwords on A count on B, and after B restarts the address still waits. Needs the jar; runs in
 * `make replicas-check` (after packaging, with {@code lorkit-test.require-jar}), skipped in the plain
 * backend run, as TwoReplicasDeliverOnceTest.
 */
@QuarkusTest
class TwoReplicasShareLimitsTest {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    @Inject
    MutableClock clock;

    private static int onA(String email, String from, String password) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", from)
                .body(Map.of("email", email, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void wrongPasswordsOnOneReplicaCountOnTheOtherAndARestartKeepsThem() throws Exception {
        Assumptions.assumeTrue(
                Boolean.getBoolean("lorkit-test.require-jar"),
                "runs in make replicas-check, after the jar is packaged");
        Assertions.assertTrue(Files.isRegularFile(JAR), "no packaged jar: mvn package -DskipTests");
        clock.reset(); // replica B reads the real clock
        Applicant ana = Applicant.register();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String guesser = "100." + r.nextInt(64, 128) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
        try (Replica b = Replica.start()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(401, onA(ana.email(), guesser, "guess on A " + i));
            }
            for (int i = 0; i < 2; i++) {
                assertEquals(
                        401, b.login(ana.email(), guesser, "guess on B " + i).statusCode(), b.log());
            }
            // Five wrong in all, three here and two there: the address waits, on both replicas.
            HttpResponse<String> refused = b.login(ana.email(), guesser, ana.password());
            assertEquals(429, refused.statusCode(), refused.body());
            long retryAfter =
                    Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 0 && retryAfter <= 60, "a minute after the fifth failure: " + retryAfter);
            assertTrue(refused.body().contains("Too many wrong passwords in a row. Try again in "), refused.body());
            assertEquals(429, onA(ana.email(), guesser, ana.password()));
            // Ana on her own phone, through replica B, is let in.
            String phone = "100." + r.nextInt(128, 192) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
            assertEquals(200, b.login(ana.email(), phone, ana.password()).statusCode());

            // A deploy restarts replica B: the count holds.
            b.restart();
            // Still waiting; or, when the restart outlasted the minute, one more wrong try is the sixth and
            // the wait doubles. A replica that had forgotten the five would answer 401 twice.
            HttpResponse<String> afterRestart = b.login(ana.email(), guesser, "guess after the restart");
            if (afterRestart.statusCode() == 401) {
                afterRestart = b.login(ana.email(), guesser, "another guess after the restart");
                assertEquals(429, afterRestart.statusCode(), afterRestart.body());
                long doubled = Long.parseLong(
                        afterRestart.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(doubled > 60, "the sixth failure waits two minutes: " + doubled);
            }
            assertEquals(429, afterRestart.statusCode(), afterRestart.body());
        }
    }

    /** The packaged jar on the tests' database, on a port of its own. */
    static final class Replica implements AutoCloseable {

        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final Path data;
        private final int port;
        private Process process;
        private final StringBuffer log = new StringBuffer();

        private Replica(Path data, int port) {
            this.data = data;
            this.port = port;
        }

        static Replica start() throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Replica replica = new Replica(Files.createTempDirectory("lorkit-limits-replica-"), port);
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
            env.put("LORKIT_NOTIFY_EVERY", "off");
            // This test sends from the loopback as the SPA's nginx would, naming the client.
            env.put("LORKIT_TRUSTED_PROXIES", "127.0.0.1/32,::1/128");
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
                throw new AssertionError("replica B did not start:\n" + log);
            }
        }

        HttpResponse<String> login(String email, String from, String password) throws Exception {
            String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/login"))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", from)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        void restart() throws Exception {
            close();
            launch();
        }

        String log() {
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
        }
    }
}
