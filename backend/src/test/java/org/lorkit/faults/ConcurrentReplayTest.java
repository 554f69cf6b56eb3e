package org.lorkit.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;

/**
 * The phone's outbox may send the same create again while the first is still in flight
 * (a lost answer, then reconnect). The same Idempotency-Key sent concurrently stores one row.
 */
@QuarkusTest
class ConcurrentReplayTest {

    @Test
    void theSameIdempotencyKeySentThreeTimesAtOnceStoresOneStory() throws Exception {
        Applicant ana = Applicant.register();
        for (int round = 0; round < 5; round++) {
            String key = UUID.randomUUID().toString();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(3);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Callable<String> send = () -> {
                    start.await();
                    var answer = ana.request()
                            .header("Idempotency-Key", key)
                            .body(Map.of("title", "Offline story " + key))
                            .post("/api/v1/stories");
                    assertEquals(201, answer.statusCode(), answer.asString());
                    return answer.jsonPath().getString("id");
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
            Set<String> ids = answers.stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .collect(Collectors.toSet());
            pool.shutdown();
            assertEquals(1, ids.size(), "three concurrent replays answered different stories: " + ids);
        }
        int total = ana.request()
                .get("/api/v1/stories")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
        assertEquals(5, total, "one story per key");
    }
}
