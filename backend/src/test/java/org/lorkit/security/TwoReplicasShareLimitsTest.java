package org.lorkit.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lorkit.platform.MutableClock;
import org.lorkit.support.Applicant;
import org.lorkit.support.JarReplica;

/**
 * Two API processes on one database share their limits, and a restart forgets none (issue 19): this
 * test's application is replica A, the packaged jar started here on the same database is replica B.
 * Wrong passwords on A count on B, and after B restarts the address still waits. Needs the jar; runs in
 * `make replicas-check` (after packaging, with {@code lorkit-test.require-jar}), skipped in the plain
 * backend run, as TwoReplicasDeliverOnceTest.
 */
@QuarkusTest
class TwoReplicasShareLimitsTest {

    static final Path JAR = JarReplica.JAR;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
        try (JarReplica b = replicaB()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(401, onA(ana.email(), guesser, "guess on A " + i));
            }
            for (int i = 0; i < 2; i++) {
                assertEquals(
                        401, onB(b, ana.email(), guesser, "guess on B " + i).statusCode(), b.log());
            }
            // Five wrong in all, three here and two there: the address waits, on both replicas.
            HttpResponse<String> refused = onB(b, ana.email(), guesser, ana.password());
            assertEquals(429, refused.statusCode(), refused.body());
            long retryAfter =
                    Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter > 0 && retryAfter <= 60, "a minute after the fifth failure: " + retryAfter);
            assertTrue(refused.body().contains("Too many wrong passwords in a row. Try again in "), refused.body());
            assertEquals(429, onA(ana.email(), guesser, ana.password()));
            // Ana on her own phone, through replica B, is let in.
            String phone = "100." + r.nextInt(128, 192) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
            assertEquals(200, onB(b, ana.email(), phone, ana.password()).statusCode());

            // A deploy restarts replica B: the count holds.
            b.restart();
            // Still waiting; or, when the restart outlasted the minute, one more wrong try is the sixth and
            // the wait doubles. A replica that had forgotten the five would answer 401 twice.
            HttpResponse<String> afterRestart = onB(b, ana.email(), guesser, "guess after the restart");
            if (afterRestart.statusCode() == 401) {
                afterRestart = onB(b, ana.email(), guesser, "another guess after the restart");
                assertEquals(429, afterRestart.statusCode(), afterRestart.body());
                long doubled = Long.parseLong(
                        afterRestart.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(doubled > 60, "the sixth failure waits two minutes: " + doubled);
            }
            assertEquals(429, afterRestart.statusCode(), afterRestart.body());
        }
    }

    /** Replica B, sending from the loopback as the SPA's nginx would, naming the client. */
    private static JarReplica replicaB() throws Exception {
        return JarReplica.start(
                "limits-replica",
                Map.of("LORKIT_NOTIFY_EVERY", "off", "LORKIT_TRUSTED_PROXIES", "127.0.0.1/32,::1/128"));
    }

    private static HttpResponse<String> onB(JarReplica b, String email, String from, String password) throws Exception {
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.port() + "/api/v1/auth/login"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", from)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
