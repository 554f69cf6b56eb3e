package org.lorkit.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipFile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;
import org.lorkit.support.JarReplica;
import org.lorkit.support.Lor;

/**
 * Two API processes on one database send each digest once: this test's application (draining from two
 * threads) and a second LORkit, the packaged jar, started here on the same database with its own timer.
 * Each phone must get exactly one digest, and both processes must have sent some (or the race was not run).
 * Needs the jar (`cd backend && mvn package -DskipTests`); without one that has the notifications code the
 * test is skipped, saying so, in the backend run (which packages the jar only after its tests): `make
 * replicas-check`, part of `make test`, runs it after packaging with {@code lorkit-test.require-jar}, and
 * there a missing jar fails.
 */
@QuarkusTest
class TwoReplicasDeliverOnceTest {

    static final int APPLICANTS = 24;
    static final Path JAR = JarReplica.JAR;

    @Inject
    MutableClock clock;

    @Inject
    NotificationRun run;

    @Test
    void twoReplicasOnOneDatabaseDeliverEachDigestOnce() throws Exception {
        // Only in `make replicas-check`: the backend run comes before packaging, so any jar there is an older
        // build (its migrations behind this database's) and would not start.
        Assumptions.assumeTrue(
                Boolean.getBoolean("lorkit-test.require-jar"),
                "runs in make replicas-check, after the jar is packaged");
        Assertions.assertTrue(jarHasNotifications(), "no packaged jar with org.lorkit.notify: mvn package -DskipTests");
        clock.reset(); // the other process reads the real clock
        try (PushServiceDouble pushService = new PushServiceDouble(40);
                JarReplica second = secondReplica()) {
            // Digest due two minutes ago (UTC profiles), for applicants on a rotation (Today has steps).
            String digestAt = DateTimeFormatter.ofPattern("HH:mm")
                    .format(Instant.now().minusSeconds(120).atOffset(ZoneOffset.UTC));
            List<Applicant> applicants = new ArrayList<>();
            for (int i = 0; i < APPLICANTS; i++) {
                Applicant who = Applicant.register();
                Coaching.profile(who, java.time.LocalDate.now(ZoneOffset.UTC).plusMonths(5), Map.of());
                Lor.rotation(who, -3, 24);
                Lor.create(
                        who,
                        "/api/v1/me/push-subscriptions",
                        new Browser().subscription(pushService.endpoint("replica-" + i)));
                applicants.add(who);
            }
            // Every digest due at once: the settings are saved in one quick burst.
            for (Applicant who : applicants) {
                Map<String, Object> body =
                        new HashMap<>(Map.of("digest", "DAILY", "digestAt", digestAt, "pushEnabled", true));
                who.request()
                        .header("If-Match", "\"0\"")
                        .body(body)
                        .put("/api/v1/me/notifications")
                        .then()
                        .statusCode(200);
            }
            // The second process starts draining first (its timer comes by every second); this one joins as
            // soon as the other has sent its first digest (each push takes the push service 40 ms), so both
            // drain the same due rows at the same time, whatever the machine's speed.
            long joinBy = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < joinBy && sentByReplica().isEmpty()) {
                Thread.sleep(10);
            }
            AtomicBoolean racing = new AtomicBoolean(true);
            CountDownLatch done = new CountDownLatch(2);
            for (int t = 0; t < 2; t++) {
                Thread drainer = new Thread(() -> {
                    while (racing.get()) {
                        try {
                            run.runOnce(Instant.now());
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    done.countDown();
                });
                drainer.start();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline && !allReached(pushService)) {
                Thread.sleep(200);
            }
            Thread.sleep(3000); // a late duplicate would arrive now
            racing.set(false);
            done.await(30, TimeUnit.SECONDS);

            for (int i = 0; i < APPLICANTS; i++) {
                assertEquals(1, pushService.to("replica-" + i).size(), "phone " + i + " got its digest once");
            }
            Map<String, Integer> sentBy = sentByReplica();
            assertEquals(
                    APPLICANTS,
                    sentBy.values().stream().mapToInt(Integer::intValue).sum());
            assertTrue(sentBy.size() >= 2, "both processes sent digests: " + sentBy + "\n" + second.log());
        }
    }

    private static boolean allReached(PushServiceDouble pushService) {
        for (int i = 0; i < APPLICANTS; i++) {
            if (pushService.to("replica-" + i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Integer> sentByReplica() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = connection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT d.sent_by, count(*) FROM notification_delivery d
                        JOIN push_subscription p ON p.owner_id = d.owner_id
                        WHERE d.state = 'SENT' AND p.endpoint LIKE '%/push/replica-%' GROUP BY d.sent_by""")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static Connection connection() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(""));
    }

    private static boolean jarHasNotifications() throws IOException {
        Path app = JAR.resolveSibling("app");
        if (!Files.exists(JAR) || !Files.isDirectory(app)) {
            return false;
        }
        try (var jars = Files.list(app)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    if (zip.getEntry("org/lorkit/notify/NotificationRun.class") != null) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The second API process, its timer every second and the VAPID pair of the tests, as in production. */
    private static JarReplica secondReplica() throws Exception {
        var config = ConfigProvider.getConfig();
        return JarReplica.start(
                "replica",
                Map.of(
                        "LORKIT_NOTIFY_EVERY",
                        "1s",
                        "LORKIT_PUSH_ALLOW_LOOPBACK_HTTP_FOR_TESTS",
                        "true",
                        "LORKIT_PUSH_VAPID_PRIVATE_KEY_LOCATION",
                        config.getValue("lorkit.push.vapid-private-key-location", String.class),
                        "LORKIT_PUSH_VAPID_PUBLIC_KEY_LOCATION",
                        config.getValue("lorkit.push.vapid-public-key-location", String.class)));
    }
}
