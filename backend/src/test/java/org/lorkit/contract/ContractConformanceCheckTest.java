package org.lorkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lorkit.support.contract.ContractConformance;

/**
 * The conformance check that every test's traffic goes through (ContractConformanceFilter)
 * catches what it should, and names operation, status and violation: shown here on made-up
 * answers, so a silent checker cannot pass for a conforming API.
 */
class ContractConformanceCheckTest {

    private static final ContractConformance CONTRACT = ContractConformance.committed();
    private static final String PROBLEM = "application/problem+json";
    private static final String STORY = """
            {"id":"6f1c2d3e-0000-4000-8000-000000000001","title":"t","summary":null,"whatIDid":null,"whatItShows":null,
             "occurredOn":"2026-10-14","rotationId":null,"witnessAttendingIds":[],"competencies":[],"formFields":[],"kind":"CASE","includeInPacket":true,"createdAt":"2026-11-25T10:00:00Z",
             "updatedAt":"2026-11-25T10:00:00Z","version":0,"phiWarnings":[],"phiReviewed":false}""";

    @Test
    void aDocumentedAnswerWithAMatchingBodyPasses() {
        assertEquals(List.of(), CONTRACT.check("POST", "/api/v1/stories", 201, "application/json", STORY));
        assertEquals(
                List.of(),
                CONTRACT.check(
                        "GET",
                        "/api/v1/stories/123",
                        404,
                        PROBLEM,
                        "{\"type\":\"urn:lorkit:problem:not-found\",\"title\":\"Not found\",\"status\":404,\"detail\":\"x\"}"));
    }

    @Test
    void anUndocumentedStatusIsNamedWithItsOperation() {
        String violation = only(CONTRACT.check("GET", "/api/v1/me", 418, PROBLEM, "{}"));
        assertTrue(
                violation.startsWith("getMe (GET /api/v1/me) answered 418, which the contract does not document"),
                violation);
    }

    @Test
    void aBodyThatBreaksTheSchemaIsNamedWithTheField() {
        String violation = only(CONTRACT.check(
                "POST",
                "/api/v1/stories",
                201,
                "application/json",
                STORY.replace("\"2026-10-14\"", "\"-2026-10-14\"")));
        assertTrue(
                violation.contains("createStory") && violation.contains("201") && violation.contains("/occurredOn"),
                violation);
        String missing = only(CONTRACT.check(
                "GET",
                "/api/v1/stories/6f1c2d3e-0000-4000-8000-000000000001",
                200,
                "application/json",
                STORY.replace("\"version\":0,", "")));
        assertTrue(missing.contains("getStory") && missing.contains("version"), missing);
    }

    @Test
    void anErrorThatIsNotAProblemIsCaught() {
        assertTrue(only(CONTRACT.check("POST", "/api/v1/stories", 400, "text/plain", "Bad Request"))
                .contains("text/plain"));
        assertTrue(only(CONTRACT.check("POST", "/api/v1/stories", 400, PROBLEM, "{\"title\":\"x\"}"))
                .contains("status"));
    }

    @Test
    void aBodyWhereTheContractDocumentsNoneIsCaught() {
        assertTrue(only(CONTRACT.check(
                        "DELETE",
                        "/api/v1/stories/6f1c2d3e-0000-4000-8000-000000000001",
                        204,
                        "application/json",
                        "{}"))
                .contains("documents none"));
    }

    @Test
    void requestsOutsideTheContractAreNotItsBusiness() {
        assertEquals(List.of(), CONTRACT.check("GET", "/q/health", 200, "application/json", "{}"));
        assertEquals(List.of(), CONTRACT.check("DELETE", "/api/v1/auth/login", 405, PROBLEM, "{}"));
    }

    private static String only(List<String> violations) {
        assertEquals(1, violations.size(), violations.toString());
        return violations.get(0);
    }
}
