package org.lorkit.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed contract is what the code serves; `make openapi` refreshes it. */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("..", "openapi", "openapi.yaml");

    @Test
    void theCommittedContractMatchesWhatTheServerServes() throws IOException {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(Files.exists(COMMITTED), "openapi/openapi.yaml is missing: run `make openapi`");
        // Compared as documents: key order differs between the build-time and the served rendering.
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        var committed = yaml.readTree(Files.readString(COMMITTED));
        var current = yaml.readTree(served);
        java.util.List<String> drifted = new java.util.ArrayList<>();
        for (String part : java.util.List.of("paths", "components", "tags", "info")) {
            var a = committed.path(part);
            var b = current.path(part);
            java.util.Set<String> names = new java.util.TreeSet<>();
            a.fieldNames().forEachRemaining(names::add);
            b.fieldNames().forEachRemaining(names::add);
            if (a.isArray() || b.isArray()) {
                if (!a.equals(b)) {
                    drifted.add(part);
                }
                continue;
            }
            names.stream().filter(n -> !a.path(n).equals(b.path(n))).forEach(n -> drifted.add(part + "." + n));
        }
        assertTrue(
                committed.equals(current),
                "openapi/openapi.yaml drifted from the code at " + drifted
                        + ": run `make openapi` and commit the result");
    }

    @Test
    void everyOperationHasAnIdASummaryAndProblemAnswers() {
        var doc = given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = doc.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            String where = method.toUpperCase() + " " + path;
            assertTrue(op.get("operationId") != null, where + " has no operationId");
            assertTrue(op.get("summary") != null, where + " has no summary");
            assertTrue(op.get("tags") != null, where + " has no tag");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> responses = (java.util.Map<String, Object>) op.get("responses");
            assertTrue(responses.containsKey("500"), where + " does not document its problem answers");
        }));
    }
}
