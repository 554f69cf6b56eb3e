package org.lorkit.hostile;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Tokens;
import org.lorkit.support.contract.ContractConformance;
import org.lorkit.support.contract.ContractOperation;
import org.lorkit.support.contract.OpenApiDocument;

/**
 * Issue 9, hostile input: every operation the server documents gets thousands of malformed
 * requests (see {@link HostileCampaign}), each with a valid token and again with a bad one or none. Proves that no
 * answer is a 5xx, every error is a clean problem+json the contract documents, and that the
 * data stored before (the owner's protected items, another applicant's items) did not change.
 */
@QuarkusTest
class HostileInputTest {

    /** Fixed, so a failure can be replayed; change it to explore further. */
    static final long SEED = 0x10_2C_17L;

    static final int AT_LEAST = 10_000;
    /** Systematic cases, topped up with random combinations to this many requests. */
    static final int TOTAL = 10_500;

    static final int IN_FLIGHT = 4;

    @Test
    void hostileRequestsToEveryOperationGetA4xxProblemAndChangeNoStoredData() {
        long started = System.nanoTime();
        // The served document: what the code offers right now, new operations included.
        OpenApiDocument contract = OpenApiDocument.parse(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Random random = new Random(SEED);
        ValidSamples samples = new ValidSamples(random);
        try (RawClient http = new RawClient(URI.create("http://localhost:" + RestAssured.port))) {
            Fixture fixture = new Fixture(contract, http, samples);
            fixture.snapshot();
            AnswerJudge judge = new AnswerJudge(ContractConformance.committed());
            BadTokens badTokens = new BadTokens(ownerId(fixture), random);
            HostileCampaign campaign = new HostileCampaign(contract, fixture, samples, random);
            Report report = new Report();

            // Systematic cases for every operation, then seeded random combinations up to the total.
            List<ContractOperation> operations = inRunOrder(contract);
            Map<ContractOperation, List<HostileRequest>> plan = new java.util.LinkedHashMap<>();
            operations.forEach(op -> plan.put(op, new ArrayList<>(campaign.requestsFor(op))));
            int systematic = plan.values().stream().mapToInt(List::size).sum();
            int mixedPerOperation = Math.max(0, (TOTAL - systematic + operations.size() - 1) / operations.size());
            operations.forEach(op -> plan.get(op).addAll(campaign.mixedFor(op, mixedPerOperation)));
            double prepared = (System.nanoTime() - started) / 1e9;

            for (ContractOperation op : operations) {
                List<HostileRequest> requests = plan.remove(op);
                long opStarted = System.nanoTime();
                sendAll(http, fixture, badTokens, judge, report, requests);
                report.seconds.put(op.operationId(), Math.round((System.nanoTime() - opStarted) / 1e8) / 10.0);
                if (!sessionAlive(http, fixture, contract)) {
                    fixture.renewOwnerSession();
                }
            }
            double sent = (System.nanoTime() - started) / 1e9;
            List<String> changes = fixture.changes();
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "Phases: fixture and plan %.1f s, sending %.1f s, comparing %.1f s%n",
                    prepared, sent - prepared, seconds - sent);
            System.out.println(report.summary(seconds) + "\nFixture: " + fixture.snapshotSize() + " reads compared; "
                    + String.join("; ", fixture.notes()));
            if (!report.byFinding.isEmpty()) {
                System.out.println(report.findings());
            }

            assertEquals(0, report.serverErrors, report.findings());
            assertTrue(report.byFinding.isEmpty(), report.findings());
            assertTrue(changes.isEmpty(), "Hostile traffic changed stored data:\n" + String.join("\n", changes));
            assertTrue(report.sent >= AT_LEAST, "only " + report.sent + " hostile requests were sent");
        }
    }

    /** Item deletes last, so the scratch items the others aim at live as long as possible. */
    private static List<ContractOperation> inRunOrder(OpenApiDocument contract) {
        return contract.operations().stream()
                .sorted(Comparator.comparing(
                                (ContractOperation op) -> op.method().equals("DELETE"))
                        .thenComparing(ContractOperation::path)
                        .thenComparing(ContractOperation::method))
                .toList();
    }

    private static void sendAll(
            RawClient http,
            Fixture fixture,
            BadTokens badTokens,
            AnswerJudge judge,
            Report report,
            List<HostileRequest> requests) {
        Semaphore slots = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (HostileRequest request : requests) {
            slots.acquireUninterruptibly();
            String authorization = switch (request.auth()) {
                case VALID -> "Bearer " + fixture.ownerToken();
                case NONE -> null;
                default -> badTokens.authorization(request.auth());
            };
            // A new client address per request: address rate limits would otherwise answer most of the run with 429.
            int n = report.nextAddress();
            pending.add(http.send(request, authorization, "198.18." + ((n >> 8) & 0xFF) + "." + (n & 0xFF))
                    .thenAccept(answer -> report.record(request, answer, judge.judge(request, answer)))
                    .whenComplete((ok, error) -> slots.release()));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }

    /** False after an operation ended the owner's sessions (log out everywhere). */
    private static boolean sessionAlive(RawClient http, Fixture fixture, OpenApiDocument contract) {
        return contract.operations().stream()
                .filter(op ->
                        op.method().equals("GET") && op.secured() && !op.path().contains("{"))
                .findFirst()
                .map(op -> http.sendNow(
                                        HostileRequest.of(op.operationId(), "session check", "GET", op.path()),
                                        "Bearer " + fixture.ownerToken(),
                                        null)
                                .status()
                        != 401)
                .orElse(true);
    }

    private static UUID ownerId(Fixture fixture) {
        return UUID.fromString(given().auth()
                .oauth2(fixture.ownerToken())
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("id"));
    }

    /** Tokens that must never authenticate, minted with the test keys. */
    static final class BadTokens {
        private final Map<Auth, String> tokens = new TreeMap<>();
        private int garbage;

        BadTokens(UUID owner, Random random) {
            Instant now = Instant.now();
            tokens.put(
                    Auth.EXPIRED,
                    Tokens.sign(
                            Tokens.valid(owner).issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600))));
            tokens.put(Auth.WRONG_KEY, Tokens.sign(Tokens.valid(owner), Tokens.UNPUBLISHED));
            tokens.put(Auth.WRONG_AUDIENCE, Tokens.sign(Tokens.valid(owner).audience("another-api")));
            tokens.put(Auth.UNKNOWN_SUBJECT, Tokens.sign(Tokens.valid(new UUID(random.nextLong(), random.nextLong()))));
            tokens.put(Auth.NOT_A_UUID_SUBJECT, Tokens.sign(Tokens.valid(owner).subject("' OR 1=1 --")));
        }

        synchronized String authorization(Auth auth) {
            if (auth == Auth.GARBAGE) {
                return Payloads.GARBAGE_AUTHORIZATION.get(garbage++ % Payloads.GARBAGE_AUTHORIZATION.size());
            }
            return "Bearer " + tokens.get(auth);
        }
    }

    /** Counts and findings, grouped so that one bug reads as one line with examples. */
    static final class Report {
        int sent;
        int serverErrors;
        private int address;
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> perOperation = new TreeMap<>();
        final Map<String, Double> seconds = new TreeMap<>();
        final Map<String, List<String>> byFinding = new TreeMap<>();

        synchronized int nextAddress() {
            return ++address;
        }

        synchronized void record(HostileRequest request, Answer answer, List<String> findings) {
            sent++;
            statuses.merge(answer.status(), 1, Integer::sum);
            perOperation.merge(request.operationId(), 1, Integer::sum);
            if (answer.status() >= 500) {
                serverErrors++;
            }
            for (String finding : findings) {
                String kind = request.operationId() + " → " + finding.replaceAll("(?s)^([^:]*:\\s*(\\d{3})?).*", "$1");
                List<String> examples = byFinding.computeIfAbsent(kind, k -> new ArrayList<>());
                if (examples.size() < 3) {
                    examples.add(request.describe() + "\n        " + finding);
                } else if (examples.size() == 3) {
                    examples.add("…");
                }
            }
        }

        String summary(double seconds) {
            return String.format(
                    "Hostile input: %d requests in %.1f s (%.0f/s), seed %d, %d answers with 5xx%nStatuses: %s%n"
                            + "Requests per operation: %s%nSeconds per operation: %s",
                    sent, seconds, sent / seconds, SEED, serverErrors, statuses, perOperation, this.seconds);
        }

        String findings() {
            return byFinding.size() + " kinds of wrong answers:\n"
                    + byFinding.entrySet().stream()
                            .map(e -> "  " + e.getKey() + "\n      " + String.join("\n      ", e.getValue()))
                            .collect(Collectors.joining("\n"));
        }
    }
}
