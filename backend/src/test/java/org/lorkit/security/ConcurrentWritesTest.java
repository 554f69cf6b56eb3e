package org.lorkit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Coaching;

/**
 * Requests racing for the same row (found by the hostile-input run, which sends in parallel)
 * get 4xx answers: the loser of a race is told to retry or that the item exists, never a 500.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void logOutEverywhereSentSeveralTimesAtOnceNeverAnswers500() {
        String token = Applicant.register().accessToken();
        List<Integer> statuses = atOnce(8, i -> post("/api/v1/auth/logout-everywhere", token, null));
        assertTrue(Set.of(204, 401, 409).containsAll(statuses), statuses.toString());
        assertTrue(statuses.contains(204), statuses.toString());
    }

    @Test
    void registeringOneEmailSeveralTimesAtOnceMakesOneAccount() {
        String body = "{\"email\":\"race-" + UUID.randomUUID() + "@example.org\",\"password\":\"" + Applicant.PASSWORD
                + "\",\"displayName\":\"Racer\"}";
        List<Integer> statuses = atOnce(6, i -> post("/api/v1/auth/register", null, body));
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
    }

    @Test
    void oneHabitCheckedInSeveralTimesAtOnceAnswersEachAsARepeat() {
        Applicant ana = Applicant.register();
        String body = "{\"habit\":\"READ_UP_DIAGNOSIS\"}";
        List<Integer> statuses = atOnce(6, i -> post("/api/v1/habits/check-ins", ana.accessToken(), body));
        // "A repeat changes nothing": a repeat racing the first is a repeat too, not a conflict.
        assertTrue(statuses.stream().allMatch(s -> s == 200), statuses.toString());
    }

    @Test
    void oneCheckpointTickedOrRedFlagsReplacedSeveralTimesAtOnceAnswersEach() {
        Applicant ana = Applicant.register();
        String rotation = Coaching.rotation(
                ana, "Mercy Hospital", "Internal Medicine", LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 2));
        String checkpoint = ana.request()
                .get("/api/v1/plan")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("checkpoints[0].id");
        List<Integer> ticks = atOnce(6, i -> post("/api/v1/plan/" + checkpoint + "/done", ana.accessToken(), null));
        // Ticking again replaces the day, and replacing the red flags replaces them: no loser to tell 409.
        assertTrue(ticks.stream().allMatch(s -> s == 200), ticks.toString());
        String flags = "{\"rotationId\":\"" + rotation + "\",\"flags\":[\"LATENESS\"]}";
        List<Integer> checks = atOnce(6, i -> post("/api/v1/habits/red-flags", ana.accessToken(), flags));
        assertTrue(checks.stream().allMatch(s -> s == 200), checks.toString());
    }

    private static List<Integer> atOnce(int times, java.util.function.IntFunction<CompletableFuture<Integer>> send) {
        List<CompletableFuture<Integer>> pending =
                IntStream.range(0, times).mapToObj(send).toList();
        return pending.stream().map(CompletableFuture::join).toList();
    }

    private static CompletableFuture<Integer> post(String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Content-Type", "application/json")
                // Distinct client addresses, so per-address limits do not decide the race.
                .header("X-Forwarded-For", "198.51.100." + (1 + (int) (Math.random() * 250)))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }
}
