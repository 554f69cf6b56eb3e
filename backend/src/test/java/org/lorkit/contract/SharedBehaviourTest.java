package org.lorkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
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
        Contract contract = Contract.served();
        List<String> checked = new ArrayList<>();
        for (ContractOperation op : contract.operations()) {
            // Creates document a 201 and are named create* (as ProblemResponsesFilter knows them).
            if (!op.onApplicantData()
                    || !op.creates()
                    || op.hasItemId()
                    || !op.operationId().startsWith("create")) {
                continue;
            }
            String where = op.method() + " " + op.path();
            assertTrue(op.hasHeader("Idempotency-Key"), where + " creates but does not accept an Idempotency-Key");
            long total = total(ana, op.path());
            String key = UUID.randomUUID().toString();
            Response first = contract.call(op, ana, fixture.ids(), Map.of("Idempotency-Key", key));
            assertEquals(201, first.statusCode(), where + ": " + first.asString());
            Response replay = contract.call(op, ana, fixture.ids(), Map.of("Idempotency-Key", key));
            assertEquals(201, replay.statusCode(), where + " replay: " + replay.asString());
            assertEquals(first.jsonPath().getString("id"), replay.jsonPath().getString("id"), where);
            assertEquals(first.header("Location"), replay.header("Location"), where);
            assertEquals("true", replay.header("Idempotency-Replayed"), where);
            assertEquals(total + 1, total(ana, op.path()), where + " created twice");
            checked.add(where);
        }
        assertTrue(checked.size() >= 6, "walked only " + checked);
        assertFalse(checked.isEmpty());
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
