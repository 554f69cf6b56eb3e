package org.lorkit.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lorkit.common.Problem;
import org.lorkit.common.Stored;
import org.lorkit.common.Versioned;
import org.lorkit.support.contract.ContractOperation;
import org.lorkit.support.contract.OpenApiDocument;

/**
 * The headers of versioned records are documented by rule (RecordHeadersFilter), not per method: these
 * rules, read from the served document against the Java types, hold for every operation, also one
 * added tomorrow without a single header annotation.
 */
@QuarkusTest
class RecordHeadersRulesTest {

    private static Set<String> versioned;
    private static Set<String> stored;

    @BeforeAll
    static void schemaNamesOfTheRecordTypes() {
        var production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lorkit");
        versioned = schemaNames(production.stream()
                .filter(c -> !c.isInterface() && c.isAssignableTo(Versioned.class))
                .toList());
        stored = schemaNames(production.stream()
                .filter(c -> !c.isInterface() && c.isAssignableTo(Stored.class))
                .toList());
    }

    private static Set<String> schemaNames(List<JavaClass> classes) {
        return classes.stream()
                .map(c -> c.tryGetAnnotationOfType(Schema.class.getName())
                        .flatMap(schema -> schema.get("name"))
                        .map(Object::toString)
                        .filter(name -> !name.isEmpty())
                        .orElse(c.getSimpleName()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static OpenApiDocument served() {
        return OpenApiDocument.parse(given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void theSchemasWithAVersionAreExactlyTheVersionedRecords() {
        JsonNode schemas = served().root().path("components").path("schemas");
        Set<String> withVersion = names(schemas, s -> s.path("properties").has("version"));
        Set<String> withIdAndVersion = names(
                schemas,
                s -> s.path("properties").has("version") && s.path("properties").has("id"));
        assertEquals(versioned, withVersion, "the filter reads a schema with `version` as a Versioned record");
        assertTrue(
                withIdAndVersion.containsAll(stored),
                "a Stored record's schema has the `id` and `version` the filter looks for: " + stored);
    }

    @Test
    void everyVersionedGetAndConditionalWriteDocumentsItsEtag() {
        OpenApiDocument document = served();
        List<String> missing = new ArrayList<>();
        for (ContractOperation op : document.operations()) {
            boolean readOrConditional = op.method().equals("GET") || headerParameter(op, "If-Match") != null;
            JsonNode ok = op.node().path("responses").path("200");
            if (readOrConditional
                    && versioned.contains(jsonSchemaName(ok))
                    && !ok.path("headers").has("ETag")) {
                missing.add(op.describe());
            }
        }
        assertTrue(versioned.size() > 1, "the Versioned records were found");
        assertTrue(missing.isEmpty(), "200 of a versioned record without its ETag: " + missing);
    }

    @Test
    void everyCreateOfAStoredRecordDocumentsLocationThenEtag() {
        OpenApiDocument document = served();
        List<String> wrong = new ArrayList<>();
        int creates = 0;
        for (ContractOperation op : document.operations()) {
            JsonNode created = op.node().path("responses").path("201");
            if (created.path("headers").has("Location") && !stored.contains(jsonSchemaName(created))) {
                wrong.add(op.describe() + " answers no Stored record but documents a Location");
            }
            if (stored.contains(jsonSchemaName(created))) {
                creates++;
                List<String> headers = new ArrayList<>();
                created.path("headers").fieldNames().forEachRemaining(headers::add);
                if (!headers.equals(List.of("Location", "ETag"))) {
                    wrong.add(op.describe() + " " + headers);
                }
            }
        }
        assertTrue(creates > 1, "the creates were found");
        assertTrue(wrong.isEmpty(), "201 headers not by the rule: " + wrong);
    }

    @Test
    void everyIfMatchAndIdempotencyKeySaysWhatToSend() {
        OpenApiDocument document = served();
        List<String> silent = new ArrayList<>();
        int seen = 0;
        for (ContractOperation op : document.operations()) {
            for (String name : List.of("If-Match", "Idempotency-Key")) {
                JsonNode parameter = headerParameter(op, name);
                if (parameter != null) {
                    seen++;
                    if (parameter.path("description").asText("").isBlank()) {
                        silent.add(op.describe() + " " + name);
                    }
                }
            }
        }
        assertTrue(seen > 1, "the conditional and idempotent operations were found");
        assertTrue(silent.isEmpty(), "header parameters without a description: " + silent);
    }

    @Test
    void everyOperationTakingIfMatchDocumentsItsStaleAnswer() {
        List<ContractOperation> conditional = served().operations().stream()
                .filter(op -> headerParameter(op, "If-Match") != null)
                .toList();
        List<String> missing = conditional.stream()
                .filter(op ->
                        !op.node().path("responses").path("412").path("content").has(Problem.MEDIA_TYPE))
                .map(ContractOperation::describe)
                .toList();
        // Beyond the PUT/DELETE of one item: the target sheet, notification settings and a letter's moves.
        assertTrue(conditional.size() > 4, "the conditional operations were found");
        assertTrue(missing.isEmpty(), "takes If-Match but documents no 412 problem: " + missing);
    }

    private static Set<String> names(JsonNode schemas, Predicate<JsonNode> test) {
        Set<String> names = new TreeSet<>();
        schemas.fields().forEachRemaining(e -> {
            if (test.test(e.getValue())) {
                names.add(e.getKey());
            }
        });
        return names;
    }

    private static JsonNode headerParameter(ContractOperation op, String name) {
        for (JsonNode parameter : op.node().path("parameters")) {
            if ("header".equals(parameter.path("in").asText())
                    && name.equalsIgnoreCase(parameter.path("name").asText())) {
                return parameter;
            }
        }
        return null;
    }

    /** "Story" for a JSON answer of #/components/schemas/Story; "" otherwise. */
    private static String jsonSchemaName(JsonNode response) {
        String ref = response.path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText("");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
