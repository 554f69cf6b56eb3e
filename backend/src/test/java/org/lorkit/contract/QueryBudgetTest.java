package org.lorkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lorkit.support.Applicant;
import org.lorkit.support.Contract;
import org.lorkit.support.Lor;
import org.lorkit.support.contract.ContractOperation;

/**
 * No N+1: whatever the list size, a request costs a small constant number of SQL statements.
 * With 50 attendings (each with two rotation links, summative feedback, a witnessed story and a
 * letter request, some with a history) and 25 programs with 2 letters each, every list of the contract (and the ranked attendings)
 * is read in one page of 100 while Hibernate counts prepared statements.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryBudgetTest {

    static final int ATTENDINGS = 50;
    static final long BUDGET = 8;

    @Inject
    SessionFactory sessions;

    Applicant ana;
    Map<String, String> ids = new LinkedHashMap<>();

    /** Built once, before the first test (REST Assured knows the test port only from then on). */
    @BeforeEach
    void fiftyAttendingsWithEverything() {
        if (ana != null) {
            return;
        }
        ana = Applicant.register();
        ana.request()
                .body(Map.of("targetSpecialty", "Internal Medicine"))
                .put("/api/v1/profile")
                .then()
                .statusCode(200);
        String first = Lor.rotation(ana, -60, -31);
        String second = Lor.rotation(ana, -30, -1);
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < ATTENDINGS; i++) {
            String attending = Lor.create(
                    ana,
                    "/api/v1/attendings",
                    Map.of(
                            "name",
                            "Dr " + i,
                            "role",
                            "CORE_FACULTY",
                            "specialty",
                            "Internal Medicine",
                            "hasSeenMePresent",
                            true,
                            "rotations",
                            List.of(Map.of("rotationId", first), Map.of("rotationId", second))));
            Lor.feedback(ana, attending, "SUMMATIVE", "POSITIVE", 5);
            Lor.create(
                    ana,
                    "/api/v1/stories",
                    Map.of(
                            "title",
                            "Story " + i,
                            "rotationId",
                            second,
                            "witnessAttendingIds",
                            List.of(attending),
                            "competencies",
                            List.of("PATIENT_CARE")));
            String letter = Lor.letter(ana, attending);
            letters.add(letter);
            ids.put("attendings", attending);
            ids.put("letters", letter);
        }
        for (int i = 0; i < ATTENDINGS / 2; i++) {
            String program = Lor.create(
                    ana, "/api/v1/programs", Map.of("name", "Program " + i, "specialty", "Internal Medicine"));
            ana.request()
                    .body(Map.of("letterIds", List.of(letters.get(2 * i), letters.get(2 * i + 1))))
                    .put("/api/v1/programs/" + program + "/letters")
                    .then()
                    .statusCode(200);
            ids.put("programs", program);
        }
        ids.put("rotations", second);
        // Letters with a history: the list reads every history in one statement.
        for (String letter : letters.subList(0, 10)) {
            Lor.moveLetter(ana, letter, "ASKED", "AGREED");
        }
    }

    @Test
    void fiftyRankedAttendingsCostAConstantHandfulOfStatements() {
        long statements = count(
                ana.request().queryParam("size", 100).queryParam("sort", "rank"), "/api/v1/attendings", ATTENDINGS);
        System.out.printf(
                "QueryBudget: GET /api/v1/attendings?sort=rank with %d attendings: %d statements%n",
                ATTENDINGS, statements);
        assertTrue(statements <= BUDGET, "ranked attendings took " + statements + " statements");
    }

    @Test
    void everyListOfTheContractCostsAConstantHandfulOfStatements() {
        Contract contract = Contract.served();
        List<String> lists = new ArrayList<>();
        for (ContractOperation op : contract.operations()) {
            if (!op.onApplicantData() || !op.method().equals("GET") || op.hasItemId() || !op.isList()) {
                continue;
            }
            long statements = count(ana.request().queryParam("size", 100), op.path(), -1);
            System.out.printf("QueryBudget: GET %s?size=100: %d statements%n", op.path(), statements);
            assertTrue(statements <= BUDGET, op.path() + " took " + statements + " statements");
            lists.add(op.path());
        }
        assertTrue(lists.size() >= 6, "walked only " + lists);
    }

    @Test
    void everySingleItemReadCostsAConstantHandfulOfStatements() {
        for (String collection : ids.keySet()) {
            long statements = count(ana.request(), "/api/v1/" + collection + "/" + ids.get(collection), -1);
            System.out.printf("QueryBudget: GET /api/v1/%s/{id}: %d statements%n", collection, statements);
            assertTrue(statements <= BUDGET, collection + " took " + statements + " statements");
        }
    }

    @Test
    void aPageShorterThanItsSizeProvesTheTotalSoItSendsNoCountQuery() {
        // 50 attendings: a page of 100 holds them all, a page of 10 is full and must ask how many there are.
        long shortPage = count(ana.request().queryParam("size", 100), "/api/v1/attendings", ATTENDINGS);
        long fullPage = count(ana.request().queryParam("size", 10), "/api/v1/attendings", 10);
        assertEquals(fullPage - 1, shortPage, "the short page should spare exactly the count query");
        for (int size : new int[] {100, 10}) {
            assertEquals(
                    ATTENDINGS,
                    ana.request()
                            .queryParam("size", size)
                            .get("/api/v1/attendings")
                            .jsonPath()
                            .getInt("total"));
        }
        // A part last page: with 15 a page, page 3 holds the last 5 and still says 50.
        assertEquals(
                ATTENDINGS,
                ana.request()
                        .queryParam("size", 15)
                        .queryParam("page", 3)
                        .get("/api/v1/attendings")
                        .jsonPath()
                        .getInt("total"));
    }

    private long count(io.restassured.specification.RequestSpecification request, String path, int expectedItems) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        Response answer = request.get(path);
        long statements = statistics.getPrepareStatementCount();
        assertEquals(200, answer.statusCode(), path + ": " + answer.asString());
        if (expectedItems >= 0) {
            assertEquals(expectedItems, answer.jsonPath().getList("items").size());
        }
        return statements;
    }
}
