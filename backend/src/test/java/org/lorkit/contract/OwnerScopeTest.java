package org.lorkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lorkit.support.Applicant;
import org.lorkit.support.Contract;
import org.lorkit.support.Fixture;
import org.lorkit.support.contract.ContractOperation;

/**
 * All data is owned by one applicant; nobody else can read or change it. Walks EVERY secured
 * operation of the served contract as a second applicant, with the first applicant's real ids in
 * the path, the body and the query: an id in the path, the body or the query of a read that is not a
 * list (a list just filters) answers 404; anything else
 * answers without a trace of the first applicant's data. Afterwards the first applicant's records
 * are exactly as they were.
 */
@QuarkusTest
class OwnerScopeTest {

    @Test
    void everyOperationAnswers404OrNothingOfAnotherApplicantsData() {
        Applicant ana = Applicant.register();
        Fixture anas = Fixture.create(ana, true);
        Applicant ben = Applicant.register();
        Contract contract = Contract.served();
        Map<String, String> before = snapshot(ana, anas);

        List<String> checked = new ArrayList<>();
        for (ContractOperation op : contract.operations()) {
            if (!op.onApplicantData() || op.wholeAccount()) {
                continue;
            }
            String where = op.method() + " " + op.path();
            Object body = contract.body(op, anas.ids());
            boolean namesAnasRecord = op.hasItemId()
                    || (body != null
                            && anas.ids().values().stream()
                                    .anyMatch(id -> String.valueOf(body).contains(id)))
                    || (!op.isList() && !contract.uuidQuery(op, anas.ids()).isEmpty());
            Response answer = contract.call(op, ben, anas.ids(), Map.of());
            String text = answer.asString();
            if (namesAnasRecord) {
                assertEquals(
                        404, answer.statusCode(), where + " with another applicant's id must answer 404, got " + text);
                assertTrue(answer.contentType().startsWith("application/problem+json"), where);
            } else {
                assertTrue(
                        answer.statusCode() < 400,
                        where + " should work for its caller, got " + answer.statusCode() + " " + text);
            }
            assertFalse(text.contains(anas.marker()), where + " leaked another applicant's text: " + text);
            anas.ids()
                    .forEach((collection, id) -> assertFalse(
                            text.contains(id), where + " leaked another applicant's " + collection + " id: " + text));
            checked.add(where);
        }
        assertTrue(checked.size() >= 30, "expected the whole domain in the contract, walked only " + checked);
        assertEquals(before, snapshot(ana, anas), "another applicant changed the first applicant's records");
    }

    /** Every record of the fixture, as its owner reads it (body and ETag). */
    private static Map<String, String> snapshot(Applicant who, Fixture fixture) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("profile", read(who, "/api/v1/profile"));
        fixture.ids().forEach((collection, id) -> state.put(collection, read(who, Fixture.itemPath(collection, id))));
        return state;
    }

    private static String read(Applicant who, String path) {
        Response answer = who.request().get(path);
        assertEquals(200, answer.statusCode(), path);
        return answer.header("ETag") + " " + answer.asString();
    }
}
