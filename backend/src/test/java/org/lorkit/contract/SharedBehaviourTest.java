package org.lorkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Contract;
import org.lorkit.support.Fixture;
import org.lorkit.support.contract.ContractOperation;

/** Behaviour every resource shares, proven on every operation of the served contract. */
@QuarkusTest
class SharedBehaviourTest {

    @Test
    void everyReadOfOneItemCarriesItsEtag() {
        Applicant ana = Applicant.register();
        Fixture fixture = Fixture.create(ana, true);
        Contract contract = Contract.served();
        int checked = 0;
        for (ContractOperation op : contract.operations()) {
            if (op.onApplicantData()
                    && op.method().equals("GET")
                    && (op.hasItemId() || op.path().endsWith("/profile"))) {
                Response answer = contract.call(op, ana, fixture.ids(), Map.of());
                assertEquals(200, answer.statusCode(), op.path());
                assertNotNull(answer.header("ETag"), op.path() + " has no ETag");
                assertTrue(answer.header("ETag").matches("\"\\d+\""), op.path() + " ETag is not a quoted version");
                checked++;
            }
        }
        assertTrue(checked >= 7, "walked only " + checked + " single-item reads");
    }

    @Test
    void everyPutAndDeleteWithAStaleIfMatchIsRefusedWith412AndChangesNothing() {
        Applicant ana = Applicant.register();
        Fixture fixture = Fixture.create(ana, true);
        Contract contract = Contract.served();
        List<String> checked = new ArrayList<>();
        for (ContractOperation op : contract.operations()) {
            // Writes to one versioned item: PUT and DELETE of an {id}, and whatever documents If-Match.
            boolean writes = (op.method().equals("PUT") || op.method().equals("DELETE")) && op.hasItemId();
            if (!op.onApplicantData() || !(writes || op.hasHeader("If-Match"))) {
                continue;
            }
            String where = op.method() + " " + op.path();
            assertTrue(op.hasHeader("If-Match"), where + " does not document If-Match");
            String item = op.itemPath(fixture.ids());
            Response before = ana.request().get(item);
            assertEquals(200, before.statusCode(), item);
            Response answer = contract.call(op, ana, fixture.ids(), Map.of("If-Match", "\"987654\""));
            assertEquals(412, answer.statusCode(), where + " with a stale If-Match: " + answer.asString());
            assertTrue(answer.contentType().startsWith("application/problem+json"), where);
            Response after = ana.request().get(item);
            assertEquals(before.header("ETag"), after.header("ETag"), where + " changed the version");
            assertEquals(before.asString(), after.asString(), where + " changed the record");
            checked.add(where);
        }
        assertTrue(checked.size() >= 14, "walked only " + checked);
    }

    @Test
    void everyCreateAcceptsAnIdempotencyKeyAndAReplayCreatesNothingNew() {
        Applicant ana = Applicant.register();
        // No letter yet: the replayed createLetter needs an attending without one.
        Fixture fixture = Fixture.create(ana, false);
        // What a create makes serves the creates after it (the letter it makes, the writer's link for it).
        Map<String, String> ids = new HashMap<>(fixture.ids());
        Contract contract = Contract.served();
        List<String> checked = new ArrayList<>();
        // Creates document a 201 and are named create* (as ProblemResponsesFilter knows them).
        List<ContractOperation> creates = new ArrayList<>(contract.operations().stream()
                .filter(op -> op.onApplicantData()
                        && op.creates()
                        && !op.hasItemId()
                        && op.operationId().startsWith("create"))
                .toList());
        // A create whose body names a record no earlier create made yet waits for it.
        creates.sort(Comparator.comparing(op -> namesMissingRecord(contract, op, ids)));
        for (ContractOperation op : creates) {
            String where = op.method() + " " + op.path();
            assertTrue(op.hasHeader("Idempotency-Key"), where + " creates but does not accept an Idempotency-Key");
            long total = total(ana, op.path());
            String key = UUID.randomUUID().toString();
            Response first = contract.call(op, ana, ids, Map.of("Idempotency-Key", key));
            assertEquals(201, first.statusCode(), where + ": " + first.asString());
            Response replay = contract.call(op, ana, ids, Map.of("Idempotency-Key", key));
            assertEquals(201, replay.statusCode(), where + " replay: " + replay.asString());
            assertEquals(first.jsonPath().getString("id"), replay.jsonPath().getString("id"), where);
            assertEquals(first.header("Location"), replay.header("Location"), where);
            assertEquals("true", replay.header("Idempotency-Replayed"), where);
            assertEquals(total + 1, total(ana, op.path()), where + " created twice");
            ids.putIfAbsent(op.collection(), first.jsonPath().getString("id"));
            checked.add(where);
        }
        assertTrue(checked.size() >= 6, "walked only " + checked);
        assertFalse(checked.isEmpty());
    }

    /** Whether the body of {@code op} names a kind of record the fixture does not hold (yet). */
    private static boolean namesMissingRecord(Contract contract, ContractOperation op, Map<String, String> ids) {
        try {
            contract.body(op, ids);
            return false;
        } catch (AssertionError noFixtureId) {
            return true;
        }
    }

    private static long total(Applicant who, String collection) {
        return who.request()
                .queryParam("size", 1)
                .get(collection)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }
}
